// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "jobs/Job.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace clinicdesk {

struct NewJob {
    QString kind;
    QJsonObject payload;
    QString subjectId;
    QString patientId;
    // The input the job is about, when at most one job of this kind may be pending for it (AiPipeline:
    // the recording id, "<encounter id>/<template key>"); empty: no such rule.
    QString dedupeKey = {};
};

// The only code that writes SQL for `jobs`.
//
// State machine: queued -> running -> done | waiting_retry | needs_user | failed;
// waiting_retry -> running when due; needs_user/failed/cancelled -> queued by retry();
// queued/running/waiting_retry/needs_user -> cancelled by cancel() (a running job's
// runner then keeps nothing: its commit finds the job no longer running). A job is claimed by one
// runner at a time (an UPDATE guarded by its state), so two runners (the GUI and
// `clinicdesk-cli jobs run`) never run the same job. Enqueue, cancel and retry are audited.
class JobRepository {
    Q_DECLARE_TR_FUNCTIONS(JobRepository)
public:
    JobRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // With a dedupe key, a job of that kind and key that is still pending (isPending()) is returned
    // instead, and nothing is written: the unique index `jobs_one_pending` refuses the second row inside
    // the transaction, so two connections racing to queue the same input end with one job.
    [[nodiscard]] Result<Job> enqueue(const NewJob& draft);
    // Jobs are clinical work: get() refuses (and audits) a role without ReadClinical, list() gives it none.
    [[nodiscard]] Result<Job> get(const QString& id);
    // Newest first; every job when `subjectId` is empty.
    [[nodiscard]] Result<std::vector<Job>> list(const QString& subjectId = {}, int limit = 500);
    // Jobs not yet done, failed or cancelled.
    [[nodiscard]] Result<std::vector<Job>> pending();

    // Takes the oldest due job (queued, or waiting_retry with next_attempt_at <= now) for `runnerId`:
    // state running, attempts + 1. Empty when nothing is due.
    [[nodiscard]] Result<std::optional<Job>> claimNext(const QString& runnerId, std::int64_t nowMs);
    // Takes this job now (for `--wait`), if it is queued or waiting_retry; refuses otherwise.
    [[nodiscard]] Result<Job> claim(const QString& id, const QString& runnerId);
    // When the next job is due: the earliest next_attempt_at of waiting jobs, 0 when a job is
    // queued (due at once), nullopt when none waits.
    [[nodiscard]] Result<std::optional<std::int64_t>> nextDueAt();

    [[nodiscard]] Status setProgress(const QString& id, int percent);
    // Inside the caller's transaction: marks a job this runner holds as done with its result.
    // Fails (and the caller rolls back) when the job is no longer running for `runnerId`.
    [[nodiscard]] Status markDone(const QString& id, const QString& runnerId, const QString& resultId);
    [[nodiscard]] Status markWaitingRetry(const QString& id, const QString& runnerId, std::int64_t nextAttemptAt,
                                          const QString& reason);
    // `hold` says what ends the wait by itself (releaseHeld); None: only a retry does.
    [[nodiscard]] Status markNeedsUser(const QString& id, const QString& runnerId, const QString& reason,
                                       HoldReason hold = HoldReason::None);
    [[nodiscard]] Status markFailed(const QString& id, const QString& runnerId, const QString& reason);

    // Cancelling a cancelled job is a no-op; a done or failed one is refused.
    [[nodiscard]] Status cancel(const QString& id);
    // needs_user, failed, cancelled or waiting_retry -> queued and due now. Refused (AlreadyExists) while
    // another job for the same input is pending.
    [[nodiscard]] Status retry(const QString& id);
    // Waiting jobs become due now (the network came back).
    [[nodiscard]] Status makeWaitingDue();
    // needs_user jobs held for one of `reasons` -> queued and due now, with a fresh count of attempts, as a
    // retry by the session's user (audited per job): what was missing has just been saved. Returns how many.
    // A job whose problem is still there goes back to needs_user at its next attempt, before anything is sent.
    [[nodiscard]] Result<int> releaseHeld(const std::vector<HoldReason>& reasons);

    // Jobs left `running` by runners that no longer hold their lock file in `vaultDir`
    // go back to queued (a crash mid-request); returns how many.
    [[nodiscard]] Result<int> requeueOrphans(const QString& vaultDir);

    [[nodiscard]] static QString stateKey(JobState state);
    [[nodiscard]] static JobState stateFromKey(const QString& key);

private:
    // get() without the role check, for the queue's own transitions (a runner claims whatever is due).
    [[nodiscard]] Result<Job> load(const QString& id);
    // A user's cancel or retry, in one transaction: checks the role, asks `allowed` about the job's state
    // (an error, false: nothing to do, true: go), runs `update` (binding now and the id) and audits `action`.
    // The pending job of `kind` for `dedupeKey`, if there is one.
    [[nodiscard]] Result<std::optional<Job>> pendingFor(const QString& kind, const QString& dedupeKey);
    [[nodiscard]] Status userAction(const QString& id, const QString& action,
                                    const std::function<Result<bool>(const Job&)>& allowed, const std::string& update);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
