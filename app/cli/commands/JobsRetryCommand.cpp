// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "JobsRetryCommand.h"

#include "CommandContext.h"
#include "jobs/JobRepository.h"

namespace clinicdesk::cli {

JobsRetryCommand::JobsRetryCommand()
    : Command({.path = words("jobs", "retry"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "queues a stopped job again, due now, with a fresh attempt count (audited)"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the job's id"))}}) {}

int JobsRetryCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    if (auto s = JobRepository(session.db(), session.session()).retry(context.argument()); !s) {
        return context.failWith(s.error());
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
