// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "JobsRunCommand.h"

#include "CliJobRunner.h"
#include "CommandContext.h"
#include "jobs/JobRepository.h"

namespace clinicdesk::cli {

JobsRunCommand::JobsRunCommand()
    : Command({.path = words("jobs", "run"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "runs every job that is due now; prints how many ran and how many still wait")}) {}

int JobsRunCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    CliJobRunner runner(session, context.vaultDir());
    auto ran = runner.drain();
    if (!ran) {
        return context.failWith(ran.error());
    }
    auto pending = JobRepository(session.db(), session.session()).pending();
    context.printLine(tr("%n job(s) ran.", nullptr, *ran));
    if (pending && !pending->empty()) {
        context.printLine(tr("%n job(s) still waiting.", nullptr, static_cast<int>(pending->size())));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
