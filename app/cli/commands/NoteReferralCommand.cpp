// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteReferralCommand.h"

#include "CommandContext.h"
#include "export/ReferralSource.h"

namespace clinicdesk::cli {

NoteReferralCommand::NoteReferralCommand()
    : Command(
          {.path = words("note", "referral"),
           .summary = QT_TRANSLATE_NOOP("CliHelp", "writes a referral letter from a signed note as a PDF (audited)"),
           .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the signed note's id"))},
           .options = {required("pdf", "FILE",
                                QT_TRANSLATE_NOOP("CliHelp", "the file to write; an existing one is refused")),
                       option("recipient", "R", QT_TRANSLATE_NOOP("CliHelp", "to whom the letter is addressed")),
                       option("reason", "R", QT_TRANSLATE_NOOP("CliHelp", "the reason for the referral"))},
           .needsGui = true}) {}

int NoteReferralCommand::run(CommandContext& context) const {
    const auto outFile = context.newOutputFile(QStringLiteral("pdf"), tr("note referral needs --pdf FILE."));
    if (!outFile) {
        return outFile.error();
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& s = *signedIn;
    auto letter = ReferralSource::load(s.db(), s.session(), context.argument(), ReferralLetter::languageOf(QLocale()));
    if (!letter) {
        return context.failWith(letter.error());
    }
    letter->recipient = context.option(QStringLiteral("recipient")).trimmed();
    letter->reason = context.option(QStringLiteral("reason")).trimmed();
    if (auto written = ReferralSource::exportPdf(s.db(), s.session(), *letter, *outFile); !written) {
        return context.failWith(written.error());
    }
    context.printLine(*outFile);
    return ExitOk;
}

} // namespace clinicdesk::cli
