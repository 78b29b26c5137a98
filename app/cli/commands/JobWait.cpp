// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "JobWait.h"

#include "CliJobRunner.h"
#include "CommandContext.h"
#include "jobs/JobRepository.h"

namespace clinicdesk::cli {

int JobWait::queuedOrWait(CommandContext& context, VaultSession& session, const Job& job) {
    if (!context.flag(QStringLiteral("wait"))) {
        context.printLine(job.id);
        return ExitOk;
    }
    int timeout = 900;
    if (const QString t = context.option(QStringLiteral("timeout")); !t.isEmpty()) {
        bool ok = false;
        timeout = t.toInt(&ok);
        if (!ok || timeout <= 0) {
            return context.usage(tr("--timeout needs a number of seconds."));
        }
    }
    CliJobRunner runner(session, context.vaultDir());
    auto outcome = runner.waitFor(job.id, timeout);
    if (!outcome) {
        return context.failWith(outcome.error());
    }
    const Job& end = outcome->job;
    if (end.state == JobState::Done && end.resultId) {
        context.printLine(*end.resultId);
        return ExitOk;
    }
    if (!outcome->ended) {
        return context.failWith(Error{ErrorCode::Network,
                                      tr("Job %1 is still waiting (%2). It runs by itself in ClinicDesk or with "
                                         "clinicdesk-cli jobs run.")
                                          .arg(end.id, end.lastError.isEmpty() ? tr("not yet due") : end.lastError),
                                      QStringLiteral("wait timed out")});
    }
    const QString reason = end.lastError.isEmpty() ? JobRepository::stateKey(end.state) : end.lastError;
    return context.failWith(Error{end.state == JobState::Cancelled ? ErrorCode::Cancelled : ErrorCode::Remote,
                                  tr("Job %1 ended %2: %3").arg(end.id, JobRepository::stateKey(end.state), reason),
                                  QStringLiteral("job ended without result")});
}

} // namespace clinicdesk::cli
