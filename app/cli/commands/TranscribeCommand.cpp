// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "TranscribeCommand.h"

#include "CommandContext.h"
#include "JobWait.h"
#include "ai/AiPipeline.h"

namespace clinicdesk::cli {

TranscribeCommand::TranscribeCommand()
    : Command({.path = words("transcribe"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "queues a recording's transcription; prints the job id (--wait: the transcript id)"),
               .arguments = {argument("RECORDING_ID", QT_TRANSLATE_NOOP("CliHelp", "the recording's id"))},
               .options = {flag("wait", QT_TRANSLATE_NOOP("CliHelp", "runs the queue until the job ends")),
                           option("timeout", "SECONDS",
                                  QT_TRANSLATE_NOOP("CliHelp", "how long --wait waits (default 900)"))}}) {}

int TranscribeCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto job = AiPipeline::requestTranscription(session.db(), session.session(), context.argument());
    if (!job) {
        return context.failWith(job.error());
    }
    return JobWait::queuedOrWait(context, session, *job);
}

} // namespace clinicdesk::cli
