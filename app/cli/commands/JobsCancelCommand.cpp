// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "JobsCancelCommand.h"

#include "CommandContext.h"
#include "jobs/JobRepository.h"

namespace clinicdesk::cli {

JobsCancelCommand::JobsCancelCommand()
    : Command({.path = words("jobs", "cancel"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "cancels a job that has not ended; a running job's result is not kept (audited)"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the job's id"))}}) {}

int JobsCancelCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    if (auto s = JobRepository(session.db(), session.session()).cancel(context.argument()); !s) {
        return context.failWith(s.error());
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
