// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/JobRepository.h"

#include "domain/AccessPolicy.h"
#include "jobs/JobStates.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/DeniedAccess.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>
#include <QJsonDocument>
#include <QLockFile>
#include <QSet>

#include <tuple>

namespace clinicdesk {

namespace {

const char* const kColumns =
    "SELECT id, kind, payload, state, attempts, next_attempt_at, last_error, progress, result_id, subject_id, "
    "patient_id, runner, created_at, updated_at, created_by, dedupe_key, hold_reason FROM jobs ";

// Due now: queued, or waiting with its next attempt time reached (bind: now).
const char* const kDue = "(state = 'queued' OR (state = 'waiting_retry' AND coalesce(next_attempt_at, 0) <= ?))";

Job readJob(const Statement& stmt) {
    Job job;
    job.id = stmt.text(0);
    job.kind = stmt.text(1);
    job.payload = QJsonDocument::fromJson(stmt.text(2).toUtf8()).object();
    job.state = JobRepository::stateFromKey(stmt.text(3));
    job.attempts = static_cast<int>(stmt.int64(4));
    job.nextAttemptAt = stmt.optionalInt64(5);
    job.lastError = stmt.optionalText(6).value_or(QString());
    job.progress = static_cast<int>(stmt.int64(7));
    job.resultId = stmt.optionalText(8);
    job.subjectId = stmt.optionalText(9).value_or(QString());
    job.patientId = stmt.optionalText(10).value_or(QString());
    job.runner = stmt.optionalText(11);
    job.createdAt = stmt.int64(12);
    job.updatedAt = stmt.int64(13);
    job.createdBy = stmt.text(14);
    job.dedupeKey = stmt.optionalText(15).value_or(QString());
    job.holdReason = holdReasonFromKey(stmt.optionalText(16).value_or(QString()));
    return job;
}

std::optional<QString> nonEmpty(const QString& text) {
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

Error notFound() {
    return Error{ErrorCode::NotFound, JobRepository::tr("The job does not exist."), QStringLiteral("job not found")};
}

Error notHeld(const QString& id) {
    return Error{ErrorCode::Cancelled,
                 JobRepository::tr("The job was cancelled or taken over while it ran; its result was not kept."),
                 QStringLiteral("job %1 is no longer running for this runner").arg(id)};
}

QString lockPath(const QString& vaultDir, const QString& runner) {
    return QDir(vaultDir).filePath(QStringLiteral("runner-%1.lock").arg(runner));
}

} // namespace

QString JobRepository::stateKey(JobState state) {
    return jobStateKey(state);
}

JobState JobRepository::stateFromKey(const QString& key) {
    return jobStateFromKey(key);
}

Result<Job> JobRepository::enqueue(const NewJob& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    if (draft.kind.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A job needs a kind."), QStringLiteral("empty job kind"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    Job job;
    job.id = Clock::newId();
    job.kind = draft.kind;
    job.payload = draft.payload;
    job.subjectId = draft.subjectId;
    job.patientId = draft.patientId;
    job.dedupeKey = draft.dedupeKey;
    job.createdAt = Clock::nowMs();
    job.updatedAt = job.createdAt;
    job.createdBy = m_session.user.id;
    auto stmt = m_db.prepare("INSERT INTO jobs (id, kind, payload, state, attempts, progress, subject_id, patient_id, "
                             "dedupe_key, created_at, updated_at, created_by) VALUES (?,?,?,'queued',0,0,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(job.id, job.kind, QString::fromUtf8(QJsonDocument(job.payload).toJson(QJsonDocument::Compact)),
                  nonEmpty(job.subjectId), nonEmpty(job.patientId), nonEmpty(job.dedupeKey), job.createdAt,
                  job.updatedAt, job.createdBy);
    if (auto s = stmt->run(); !s) {
        // The unique index refused a second pending job for this input: the one already pending is the answer
        // (found after the refusal, in the same transaction, so it is the row that won).
        if (!job.dedupeKey.isEmpty() && s.error().code == ErrorCode::InvalidInput) {
            auto pending = pendingFor(job.kind, job.dedupeKey);
            if (!pending) {
                return std::unexpected(pending.error());
            }
            if (*pending) {
                qCInfo(lcJobs) << "job" << (*pending)->id << job.kind << "is already pending for this input";
                return **pending;
            }
        }
        return std::unexpected(s.error());
    }
    // The jobs table is local to this installation: audited, not in the change feed.
    Journal journal(m_db, m_session);
    if (auto s = journal.audit(QStringLiteral("create"), QStringLiteral("job"), job.id, job.kind); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    qCInfo(lcJobs) << "queued job" << job.id << job.kind;
    return job;
}

Result<Job> JobRepository::get(const QString& id) {
    // Every job is clinical work (enqueue() needs WriteClinical): which recording or encounter it is about
    // and why it failed are for roles that may read clinical data; a refusal is audited.
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("job"), id); !s) {
        return std::unexpected(s.error());
    }
    return load(id);
}

Result<Job> JobRepository::load(const QString& id) {
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE id = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto found = stmt->collect([&] { return readJob(*stmt); });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return std::unexpected(notFound());
    }
    return found->front();
}

Result<std::vector<Job>> JobRepository::list(const QString& subjectId, int limit) {
    if (!AccessPolicy::allows(m_session.user.role, Permission::ReadClinical)) {
        return std::vector<Job>(); // no job is a receptionist's to see (see get())
    }
    const std::string order = " ORDER BY created_at DESC, rowid DESC LIMIT ?";
    auto stmt = subjectId.isEmpty() ? m_db.prepare(std::string(kColumns) + order)
                                    : m_db.prepare(std::string(kColumns) + "WHERE subject_id = ?" + order);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (subjectId.isEmpty()) {
        stmt->bind(1, limit);
    } else {
        stmt->bindAll(subjectId, limit);
    }
    return stmt->collect([&] { return readJob(*stmt); });
}

Result<std::optional<Job>> JobRepository::pendingFor(const QString& kind, const QString& dedupeKey) {
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE kind = ? AND dedupe_key = ? AND state IN (" +
                             sqlStateList(isPending) + ") ORDER BY created_at, rowid LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(kind, dedupeKey);
    auto found = stmt->collect([&] { return readJob(*stmt); });
    if (!found) {
        return std::unexpected(found.error());
    }
    return found->empty() ? std::optional<Job>() : std::optional<Job>(found->front());
}

Result<std::vector<Job>> JobRepository::pending() {
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE state IN (" + sqlStateList(isPending) +
                             ") ORDER BY created_at, rowid");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    return stmt->collect([&] { return readJob(*stmt); });
}

Result<std::optional<Job>> JobRepository::claimNext(const QString& runnerId, std::int64_t nowMs) {
    // BEGIN IMMEDIATE holds the write lock from the choice of the job to its update, and the
    // update is guarded by the state again: two runners (two connections, two processes) never
    // take one job. (SQLite 3.15 has no RETURNING, so the id is chosen first, in the transaction.)
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto choose =
        m_db.prepare(std::string("SELECT id FROM jobs WHERE ") + kDue + " ORDER BY created_at, rowid LIMIT 1");
    if (!choose) {
        return std::unexpected(choose.error());
    }
    choose->bind(1, nowMs);
    auto chosen = choose->collect([&] { return choose->text(0); });
    if (!chosen) {
        return std::unexpected(chosen.error());
    }
    if (chosen->empty()) {
        return std::optional<Job>();
    }
    const QString id = chosen->front();
    auto update = m_db.prepare(std::string("UPDATE jobs SET state = 'running', runner = ?, attempts = attempts + 1, "
                                           "progress = 0, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND ") +
                               kDue);
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bindAll(runnerId, nowMs, id, nowMs);
    if (auto s = update->run(); !s) {
        return std::unexpected(s.error());
    }
    if (m_db.changes() != 1) {
        return std::optional<Job>();
    }
    auto job = load(id);
    if (!job) {
        return std::unexpected(job.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return std::optional<Job>(*job);
}

Result<Job> JobRepository::claim(const QString& id, const QString& runnerId) {
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    const std::int64_t now = Clock::nowMs();
    auto update = m_db.prepare("UPDATE jobs SET state = 'running', runner = ?, attempts = attempts + 1, "
                               "progress = 0, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state IN (" +
                               sqlStateList(canClaim) + ")");
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bindAll(runnerId, now, id);
    if (auto s = update->run(); !s) {
        return std::unexpected(s.error());
    }
    const bool taken = m_db.changes() == 1;
    auto job = load(id);
    if (!job) {
        return std::unexpected(job.error());
    }
    if (!taken) {
        switch (job->state) {
        case JobState::Running:
            return fail(ErrorCode::InvalidInput, tr("The job is already running."),
                        QStringLiteral("claim of running job %1").arg(id));
        case JobState::Done:
            return fail(ErrorCode::InvalidInput, tr("The job has already finished."),
                        QStringLiteral("claim of done job %1").arg(id));
        default:
            return fail(ErrorCode::InvalidInput, tr("The job is not waiting to run. Retry it first."),
                        QStringLiteral("claim of %1 job %2").arg(stateKey(job->state), id));
        }
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return job;
}

Result<std::optional<std::int64_t>> JobRepository::nextDueAt() {
    // Queued jobs are due at once (0); waiting ones at their next attempt.
    auto stmt = m_db.prepare("SELECT min(CASE WHEN state = 'queued' THEN 0 ELSE coalesce(next_attempt_at, 0) END) "
                             "FROM jobs WHERE state IN (" +
                             sqlStateList(canClaim) + ")");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    std::optional<std::int64_t> due = *row ? stmt->optionalInt64(0) : std::nullopt;
    stmt->reset();
    return due;
}

Status JobRepository::setProgress(const QString& id, int percent) {
    auto stmt = m_db.prepare("UPDATE jobs SET progress = ?, updated_at = ? WHERE id = ? AND state = 'running'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(std::clamp(percent, 0, 100), Clock::nowMs(), id);
    return stmt->run();
}

Status JobRepository::markDone(const QString& id, const QString& runnerId, const QString& resultId) {
    auto stmt = m_db.prepare("UPDATE jobs SET state = 'done', result_id = ?, progress = 100, last_error = NULL, "
                             "next_attempt_at = NULL, runner = NULL, updated_at = ? "
                             "WHERE id = ? AND state = 'running' AND runner = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(nonEmpty(resultId), Clock::nowMs(), id, runnerId);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return std::unexpected(notHeld(id));
    }
    return {};
}

namespace {

Status markEnd(Database& db, const QString& id, const QString& runnerId, const char* state,
               std::optional<std::int64_t> nextAttemptAt, const QString& reason, HoldReason hold = HoldReason::None) {
    auto stmt = db.prepare("UPDATE jobs SET state = ?, next_attempt_at = ?, last_error = ?, hold_reason = ?, "
                           "runner = NULL, updated_at = ? WHERE id = ? AND state = 'running' AND runner = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(QString::fromLatin1(state), nextAttemptAt, nonEmpty(reason), nonEmpty(holdReasonKey(hold)),
                  Clock::nowMs(), id, runnerId);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    if (db.changes() == 0) {
        return std::unexpected(notHeld(id));
    }
    qCInfo(lcJobs) << "job" << id << "->" << state;
    return {};
}

} // namespace

Status JobRepository::markWaitingRetry(const QString& id, const QString& runnerId, std::int64_t nextAttemptAt,
                                       const QString& reason) {
    return markEnd(m_db, id, runnerId, "waiting_retry", nextAttemptAt, reason);
}

Status JobRepository::markNeedsUser(const QString& id, const QString& runnerId, const QString& reason,
                                    HoldReason hold) {
    return markEnd(m_db, id, runnerId, "needs_user", std::nullopt, reason, hold);
}

Status JobRepository::markFailed(const QString& id, const QString& runnerId, const QString& reason) {
    return markEnd(m_db, id, runnerId, "failed", std::nullopt, reason);
}

Status JobRepository::userAction(const QString& id, const QString& action,
                                 const std::function<Result<bool>(const Job&)>& allowed, const std::string& update) {
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto job = load(id);
    if (!job) {
        return std::unexpected(job.error());
    }
    auto go = allowed(*job);
    if (!go) {
        return std::unexpected(go.error());
    }
    if (!*go) {
        return {}; // already in the state asked for: nothing to write
    }
    auto stmt = m_db.prepare(update);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(Clock::nowMs(), id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    if (auto s = Journal(m_db, m_session).audit(action, QStringLiteral("job"), id, job->kind); !s) {
        return s;
    }
    if (auto s = tx->commit(); !s) {
        return s;
    }
    qCInfo(lcJobs) << action << "job" << id << "was" << stateKey(job->state);
    return {};
}

Status JobRepository::cancel(const QString& id) {
    // A running job is cancelled here too: its runner's commit then finds it no longer
    // running and keeps nothing (JobRunner::cancelJob stops the transfer at once).
    return userAction(
        id, QStringLiteral("cancel"),
        [&](const Job& job) -> Result<bool> {
            if (job.state == JobState::Cancelled) {
                return false;
            }
            if (!canCancel(job.state)) {
                return fail(ErrorCode::InvalidInput, tr("The job has already finished and cannot be cancelled."),
                            QStringLiteral("cancel of %1 job %2").arg(stateKey(job.state), id));
            }
            return true;
        },
        "UPDATE jobs SET state = 'cancelled', runner = NULL, next_attempt_at = NULL, hold_reason = NULL, updated_at = "
        "? "
        "WHERE id = ? AND state IN (" +
            sqlStateList(canCancel) + ")");
}

Status JobRepository::retry(const QString& id) {
    // The user asked again: a fresh count of attempts, due at once.
    return userAction(
        id, QStringLiteral("retry"),
        [&](const Job& job) -> Result<bool> {
            if (canRetry(job.state) && !isPending(job.state) && !job.dedupeKey.isEmpty()) {
                // The unique index would refuse it; say why instead of "conflicts with data".
                auto other = pendingFor(job.kind, job.dedupeKey);
                if (!other) {
                    return std::unexpected(other.error());
                }
                if (*other) {
                    return fail(ErrorCode::AlreadyExists,
                                tr("Another job for the same recording or note is already waiting or running, so "
                                   "this one is not queued again."),
                                QStringLiteral("retry of %1 while %2 is pending").arg(id, (*other)->id));
                }
            }
            if (canRetry(job.state)) {
                return true;
            }
            switch (job.state) {
            case JobState::Queued:
                return false; // already waiting to run
            case JobState::Running:
                return fail(ErrorCode::InvalidInput, tr("The job is running now."),
                            QStringLiteral("retry of running job %1").arg(id));
            default:
                break;
            }
            return fail(ErrorCode::InvalidInput, tr("The job has already finished."),
                        QStringLiteral("retry of done job %1").arg(id));
        },
        "UPDATE jobs SET state = 'queued', attempts = 0, next_attempt_at = NULL, last_error = NULL, hold_reason = "
        "NULL, "
        "progress = 0, runner = NULL, updated_at = ? WHERE id = ?");
}

Status JobRepository::makeWaitingDue() {
    const std::int64_t now = Clock::nowMs();
    auto stmt = m_db.prepare("UPDATE jobs SET next_attempt_at = ?, updated_at = ? "
                             "WHERE state = 'waiting_retry' AND (next_attempt_at IS NULL OR next_attempt_at > ?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(now, now, now);
    return stmt->run();
}

Result<int> JobRepository::releaseHeld(const std::vector<HoldReason>& reasons) {
    QStringList keys;
    for (HoldReason reason : reasons) {
        if (reason != HoldReason::None) {
            keys << QLatin1Char('\'') + holdReasonKey(reason) + QLatin1Char('\'');
        }
    }
    if (keys.isEmpty()) {
        return 0;
    }
    const std::string held =
        "state = 'needs_user' AND hold_reason IN (" + keys.join(QStringLiteral(", ")).toStdString() + ")";
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto select = m_db.prepare("SELECT id, kind, hold_reason FROM jobs WHERE " + held + " ORDER BY created_at, rowid");
    if (!select) {
        return std::unexpected(select.error());
    }
    auto found = select->collect([&] { return std::tuple{select->text(0), select->text(1), select->text(2)}; });
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return 0;
    }
    auto update =
        m_db.prepare("UPDATE jobs SET state = 'queued', attempts = 0, next_attempt_at = NULL, last_error = NULL, "
                     "hold_reason = NULL, progress = 0, runner = NULL, updated_at = ? WHERE " +
                     held);
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bind(1, Clock::nowMs());
    if (auto s = update->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    for (const auto& [id, kind, reason] : *found) {
        if (auto s = journal.audit(QStringLiteral("retry"), QStringLiteral("job"), id,
                                   QStringLiteral("%1 released: %2").arg(kind, reason));
            !s) {
            return std::unexpected(s.error());
        }
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    qCInfo(lcJobs) << "released" << found->size() << "job(s) held for" << keys.join(QLatin1Char(' '));
    return static_cast<int>(found->size());
}

Result<int> JobRepository::requeueOrphans(const QString& vaultDir) {
    auto stmt = m_db.prepare("SELECT DISTINCT coalesce(runner, '') FROM jobs WHERE state = 'running'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto runners = stmt->collect([&] { return stmt->text(0); });
    if (!runners) {
        return std::unexpected(runners.error());
    }
    QStringList orphaned;
    for (const QString& runner : *runners) {
        if (runner.isEmpty()) {
            orphaned << runner;
            continue;
        }
        // A live runner holds its lock; a crashed one left a stale file (its pid is gone) or none.
        QLockFile lock(lockPath(vaultDir, runner));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock(); // removes the stale file too
            orphaned << runner;
        }
    }
    if (orphaned.isEmpty()) {
        return 0;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto update = m_db.prepare("UPDATE jobs SET state = 'queued', runner = NULL, progress = 0, updated_at = ? "
                               "WHERE state = 'running' AND coalesce(runner, '') = ?");
    if (!update) {
        return std::unexpected(update.error());
    }
    int count = 0;
    const std::int64_t now = Clock::nowMs();
    for (const QString& runner : orphaned) {
        update->bindAll(now, runner);
        if (auto s = update->run(); !s) {
            return std::unexpected(s.error());
        }
        count += static_cast<int>(m_db.changes());
        qCInfo(lcJobs) << "requeued jobs left running by runner" << runner;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return count;
}

} // namespace clinicdesk
