// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/ReferralSource.h"

#include "export/ReferralPdfExporter.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/PatientRepository.h"
#include "repo/UserRepository.h"

namespace clinicdesk {

Result<ReferralLetter> ReferralSource::load(Database& db, const Session& session, const QString& noteId,
                                            const QString& language) {
    auto note = NoteRepository(db, session).get(noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    if (note->status != NoteStatus::Signed) {
        return fail(ErrorCode::InvalidInput,
                    tr("A referral letter is written from a signed note. Sign the note first."),
                    QStringLiteral("referral from a draft note"));
    }
    auto noteTemplate = NoteTemplateRepository(db, session).get(note->templateId);
    if (!noteTemplate) {
        return std::unexpected(noteTemplate.error());
    }
    auto patient = PatientRepository(db, session).get(note->patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    auto settings = ClinicSettingsStore(db, session).load();
    if (!settings) {
        return std::unexpected(settings.error());
    }
    ReferralLetter letter;
    letter.noteId = note->id;
    letter.language = language;
    letter.patientName = patient->fullName();
    letter.patientDateOfBirth = patient->dateOfBirth;
    letter.nationalId = patient->nationalId.value_or(QString());
    // The letter speaks for the clinician who signed the note (its findings are theirs).
    UserRepository users(db, session);
    if (auto signer = users.get(note->signedBy.value_or(note->createdBy)); signer) {
        letter.practitioner = signer->displayName;
        letter.licence = signer->licenceNumber.value_or(QString());
    }
    letter.clinic = settings->profile;
    letter.templateText = settings->referralTemplate;
    letter.date = QDate::currentDate();
    letter.summary = ReferralLetter::summaryOf(*note, noteTemplate->schema, language);
    return letter;
}

Status ReferralSource::exportPdf(Database& db, const Session& session, const ReferralLetter& letter,
                                 const QString& path) {
    NoteRepository notes(db, session);
    // Refused (and audited) before anything is written for a role that may not read the note.
    if (auto note = notes.get(letter.noteId); !note) {
        return std::unexpected(note.error());
    }
    if (auto written = ReferralPdfExporter::exportPdf(letter, path); !written) {
        return written;
    }
    return notes.recordExport(letter.noteId, QStringLiteral("referral_pdf"));
}

} // namespace clinicdesk
