// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteExportCommand.h"

#include "CommandContext.h"
#include "export/NotePdfExporter.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"

namespace clinicdesk::cli {

NoteExportCommand::NoteExportCommand()
    : Command({.path = words("note", "export"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "writes a note as a PDF (audited)"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the note's id"))},
               .options = {required("pdf", "FILE",
                                    QT_TRANSLATE_NOOP("CliHelp", "the file to write; an existing one is refused"))},
               .needsGui = true}) {}

int NoteExportCommand::run(CommandContext& context) const {
    const auto outFile = context.newOutputFile(QStringLiteral("pdf"), tr("note export needs --pdf FILE."));
    if (!outFile) {
        return outFile.error();
    }
    const QString& out = *outFile;
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& s = *signedIn;
    NoteRepository notes(s.db(), s.session());
    auto note = notes.get(context.argument());
    if (!note) {
        return context.failWith(note.error());
    }
    auto noteTemplate = NoteTemplateRepository(s.db(), s.session()).get(note->templateId);
    if (!noteTemplate) {
        return context.failWith(noteTemplate.error());
    }
    auto patient = s.patients().get(note->patientId);
    if (!patient) {
        return context.failWith(patient.error());
    }
    NotePdfContext pdf;
    // The letterhead; a vault whose clinic settings cannot be read still exports the note, without it.
    if (auto clinic = ClinicSettingsStore(s.db(), s.session()).load(); clinic) {
        pdf.clinic = clinic->profile;
    }
    pdf.templateName = noteTemplate->name;
    pdf.patientName = patient->fullName();
    pdf.patientDateOfBirth = patient->dateOfBirth;
    if (auto author = s.users().get(note->createdBy); author) {
        pdf.clinicianName = author->displayName;
        pdf.clinicianLicence = author->licenceNumber;
    }
    if (note->signedBy) {
        if (auto signer = s.users().get(*note->signedBy); signer) {
            pdf.signerName = signer->displayName;
        }
    }
    if (note->amendsNoteId) {
        if (auto amended = notes.get(*note->amendsNoteId); amended) {
            pdf.amendedSignedAt = amended->signedAt;
            pdf.amendedContentHash = amended->contentHash;
        }
    }
    if (auto st = NotePdfExporter::exportPdf(*note, noteTemplate->schema, pdf, out); !st) {
        return context.failWith(st.error());
    }
    if (auto st = notes.recordExport(note->id, QStringLiteral("pdf")); !st) {
        return context.failWith(st.error());
    }
    context.printLine(out);
    return ExitOk;
}

} // namespace clinicdesk::cli
