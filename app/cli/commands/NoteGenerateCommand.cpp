// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "NoteGenerateCommand.h"

#include "CommandContext.h"
#include "JobWait.h"
#include "ai/AiPipeline.h"

namespace clinicdesk::cli {

NoteGenerateCommand::NoteGenerateCommand()
    : Command({.path = words("note", "generate"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "queues a note from an encounter's transcripts; prints the job id (--wait: the note id)"),
               .arguments = {argument("ENCOUNTER_ID", QT_TRANSLATE_NOOP("CliHelp", "the encounter's id"))},
               .options = {required("template", "KEY",
                                    QT_TRANSLATE_NOOP("CliHelp", "dental-exam, dental-treatment, soap, dap, birp, "
                                                                 "free or the clinic's own")),
                           flag("wait", QT_TRANSLATE_NOOP("CliHelp", "runs the queue until the job ends")),
                           option("timeout", "SECONDS",
                                  QT_TRANSLATE_NOOP("CliHelp", "how long --wait waits (default 900)"))}}) {}

int NoteGenerateCommand::run(CommandContext& context) const {
    const QString templateKey = context.option(QStringLiteral("template"));
    if (templateKey.isEmpty()) {
        return context.usage(
            tr("note generate needs --template NAME (dental-exam, dental-treatment, soap, dap, birp, free)."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto job = AiPipeline::requestNote(session.db(), session.session(), context.argument(), templateKey);
    if (!job) {
        return context.failWith(job.error());
    }
    return JobWait::queuedOrWait(context, session, *job);
}

} // namespace clinicdesk::cli
