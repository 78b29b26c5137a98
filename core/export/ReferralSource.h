// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "export/ReferralLetter.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace clinicdesk {

// Where a referral letter's data comes from and where its export is recorded, for the GUI (on the vault
// workers) and the CLI alike: the signed note, its patient, the practitioner who signed it, the clinic's
// profile and template.
class ReferralSource {
    Q_DECLARE_TR_FUNCTIONS(ReferralSource)
public:
    // The letter for note `noteId` in `language`, dated today, with the summary taken from the note and
    // no recipient or reason yet. The note must be signed (InvalidInput otherwise) and readable by the
    // session's role (PermissionDenied for a receptionist, audited by the repository).
    [[nodiscard]] static Result<ReferralLetter> load(Database& db, const Session& session, const QString& noteId,
                                                     const QString& language);

    // Writes `letter` to `path` (ReferralPdfExporter) and audits it as an export of its note
    // ("referral_pdf"; no patient values in the audit).
    [[nodiscard]] static Status exportPdf(Database& db, const Session& session, const ReferralLetter& letter,
                                          const QString& path);
};

} // namespace clinicdesk
