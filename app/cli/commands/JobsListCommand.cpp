// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "JobsListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "jobs/JobRepository.h"

namespace clinicdesk::cli {

JobsListCommand::JobsListCommand()
    : Command({.path = words("jobs", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists the jobs, newest first: id, kind, state, progress, last "
                                                       "error"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int JobsListCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto jobs = JobRepository(session.db(), session.session()).list();
    if (!jobs) {
        return context.failWith(jobs.error());
    }
    context.printList(*jobs, json::job, [](const Job& j) {
        return QStringLiteral("%1\t%2\t%3\t%4%\t%5")
            .arg(j.id, j.kind, JobRepository::stateKey(j.state))
            .arg(j.progress)
            .arg(j.lastError);
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
