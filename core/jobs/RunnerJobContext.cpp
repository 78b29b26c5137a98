// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/RunnerJobContext.h"

#include "jobs/JobRepository.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <algorithm>

namespace clinicdesk {

RunnerJobContext::RunnerJobContext(Job job, Database& db, const Session& session, HttpClient& http,
                                   std::shared_ptr<const HttpCancel> cancel, QString runnerId, ProgressSink onProgress)
    : m_job(std::move(job))
    , m_db(db)
    , m_session(session)
    , m_http(http)
    , m_cancel(std::move(cancel))
    , m_runnerId(std::move(runnerId))
    , m_onProgress(std::move(onProgress)) {}

void RunnerJobContext::progress(int percent) {
    percent = std::clamp(percent, 0, 100);
    if (percent == m_lastProgress) {
        return;
    }
    const bool edge = percent == 0 || percent == 100;
    if (!edge && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs) {
        return;
    }
    m_sinceProgress.start();
    m_lastProgress = percent;
    if (auto s = JobRepository(m_db, m_session).setProgress(m_job.id, percent); !s) {
        qCWarning(lcJobs) << "could not store the progress of job" << m_job.id << s.error().detail;
    }
    m_job.progress = percent;
    if (m_onProgress) {
        m_onProgress(percent);
    }
}

Result<QString> RunnerJobContext::commit(const std::function<Result<QString>(Database&)>& write) {
    if (m_committed) {
        return fail(ErrorCode::Usage, tr("The job's result was already saved."),
                    QStringLiteral("second commit of job %1").arg(m_job.id));
    }
    if (m_cancel->isCancelled()) {
        return fail(ErrorCode::Cancelled, tr("The job was cancelled; its result was not kept."),
                    QStringLiteral("commit of aborted job %1").arg(m_job.id));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    // Still ours? A job cancelled (or requeued and taken by another runner) meanwhile keeps nothing.
    auto held = m_db.prepare("SELECT count(*) FROM jobs WHERE id = ? AND state = 'running' AND runner = ?");
    if (!held) {
        return std::unexpected(held.error());
    }
    held->bindAll(m_job.id, m_runnerId);
    auto count = held->collect([&] { return held->int64(0); });
    if (!count) {
        return std::unexpected(count.error());
    }
    if (count->empty() || count->front() != 1) {
        qCInfo(lcJobs) << "job" << m_job.id << "is no longer running for this runner; result not kept";
        return fail(ErrorCode::Cancelled,
                    tr("The job was cancelled or taken over while it ran; its result was not kept."),
                    QStringLiteral("commit of job %1 not held by runner %2").arg(m_job.id, m_runnerId));
    }
    auto resultId = write(m_db);
    if (!resultId) {
        return resultId; // the transaction rolls back
    }
    if (auto s = JobRepository(m_db, m_session).markDone(m_job.id, m_runnerId, *resultId); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    m_committed = true;
    m_job.state = JobState::Done;
    m_job.resultId = *resultId;
    m_job.progress = 100;
    m_lastProgress = 100;
    if (m_onProgress) {
        m_onProgress(100);
    }
    return resultId;
}

} // namespace clinicdesk
