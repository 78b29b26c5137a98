// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "export/ReferralLetter.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace clinicdesk {

// A referral letter as a PDF on the clinic's letterhead (LetterheadPdf): the letter's heading, then its
// text (the template filled) with the paragraphs and line breaks as written, and in every footer the
// patient and "Page 1 of 2". The same process rules as the note PDF: a QGuiApplication, no existing file
// replaced, nothing left behind on failure; the caller audits the export.
class ReferralPdfExporter {
    Q_DECLARE_TR_FUNCTIONS(ReferralPdfExporter)
public:
    [[nodiscard]] static Status exportPdf(const ReferralLetter& letter, const QString& path);

    // The HTML laid out on the pages (text escaped).
    [[nodiscard]] static QString toHtml(const ReferralLetter& letter);
};

} // namespace clinicdesk
