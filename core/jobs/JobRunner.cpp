// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/JobRunner.h"

#include "jobs/JobRepository.h"
#include "jobs/RunnerJobContext.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>
#include <QLockFile>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace clinicdesk {

namespace {

// How long the timer sleeps at most before it looks at the queue again (and after a database error).
constexpr std::int64_t kMaxSleepMs = 3'600'000;
constexpr int kRecheckAfterErrorMs = 30'000;
// The offline probe is short: any HTTP answer means the network is back.
constexpr int kProbeConnectTimeoutMs = 3'000;
constexpr int kProbeTimeoutMs = 5'000;

const char* failureKindName(JobFailure::Kind kind) {
    switch (kind) {
    case JobFailure::Kind::Retry:
        return "retry";
    case JobFailure::Kind::NeedsUser:
        return "needs_user";
    case JobFailure::Kind::Fatal:
        return "fatal";
    }
    return "?";
}

} // namespace

JobRunner::JobRunner(Database db, Session session, QString vaultDir, HttpClient& http, Options options, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_vaultDir(std::move(vaultDir))
    , m_http(http)
    , m_options(options)
    , m_runnerId(Clock::newId())
    , m_timer(new QTimer(this))
    , m_probeTimer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &JobRunner::runNextDue);
    m_probeTimer->setInterval(std::max(options.probeIntervalMs, 1));
    connect(m_probeTimer, &QTimer::timeout, this, &JobRunner::probe);
}

JobRunner::~JobRunner() {
    if (m_lock) {
        m_lock->unlock();
    }
}

void JobRunner::registerHandler(const QString& kind, JobHandler handler) {
    m_handlers.emplace(kind, std::move(handler));
}

void JobRunner::setProbeUrl(const QUrl& url) {
    m_probeUrl = url;
}

std::int64_t JobRunner::backoffMs(int attempt, std::optional<std::int64_t> retryAfterMs) const {
    const double maxMs = std::max(m_options.backoffMaxMs, 0);
    const int doublings = std::max(attempt, 1) - 1;
    const double delay =
        doublings >= 62 ? maxMs : std::min(m_options.backoffBaseMs * std::ldexp(1.0, doublings), maxMs);
    const double jittered = delay * (1.0 - 0.25 * QRandomGenerator::global()->generateDouble());
    return std::max(static_cast<std::int64_t>(std::llround(jittered)), retryAfterMs.value_or(0));
}

void JobRunner::ensureStarted() {
    if (m_initialised) {
        return;
    }
    m_initialised = true;
    m_lock = std::make_unique<QLockFile>(QDir(m_vaultDir).filePath(QStringLiteral("runner-%1.lock").arg(m_runnerId)));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qCWarning(lcJobs) << "runner" << m_runnerId << "could not take its lock file:" << m_lock->error();
    }
    auto requeued = JobRepository(m_db, m_session).requeueOrphans(m_vaultDir);
    if (!requeued) {
        qCWarning(lcJobs) << "could not requeue interrupted jobs:" << requeued.error().detail;
    } else if (*requeued > 0) {
        qCInfo(lcJobs) << "requeued" << *requeued << "job(s) interrupted by a crash";
    }
}

void JobRunner::start() {
    ensureStarted();
    m_started = true;
    m_stopped = false;
    qCInfo(lcJobs) << "runner" << m_runnerId << "started";
    if (!m_online && !m_workOffline && m_probeUrl.isValid()) {
        m_probeTimer->start();
    }
    schedule();
}

void JobRunner::stop() {
    m_stopped = true;
    m_timer->stop();
    m_probeTimer->stop();
    qCInfo(lcJobs) << "runner" << m_runnerId << "stopped";
}

void JobRunner::wake() {
    schedule();
}

void JobRunner::setWorkOffline(bool offline) {
    if (offline == m_workOffline) {
        return;
    }
    const bool before = effectivelyOnline();
    m_workOffline = offline;
    if (offline) {
        m_timer->stop();
        m_probeTimer->stop();
    } else {
        // Back to work: assume the network is there; the first job will tell.
        m_online = true;
        if (auto s = JobRepository(m_db, m_session).makeWaitingDue(); !s) {
            qCWarning(lcJobs) << "could not make waiting jobs due:" << s.error().detail;
        }
    }
    qCInfo(lcJobs) << "work offline" << (offline ? "on" : "off");
    if (before != effectivelyOnline()) {
        emit onlineChanged(effectivelyOnline());
    }
    schedule();
}

void JobRunner::setNetworkOnline(bool online) {
    const bool before = effectivelyOnline();
    m_online = online;
    if (online) {
        m_probeTimer->stop();
    } else if (!m_workOffline && !m_stopped && m_probeUrl.isValid() && !m_probeTimer->isActive()) {
        m_probeTimer->start();
    }
    if (before != effectivelyOnline()) {
        qCInfo(lcJobs) << (effectivelyOnline() ? "online" : "offline");
        emit onlineChanged(effectivelyOnline());
    }
}

void JobRunner::schedule() {
    if (!m_started || m_stopped || m_busy) {
        return;
    }
    if (m_workOffline) {
        m_timer->stop();
        return;
    }
    auto next = JobRepository(m_db, m_session).nextDueAt();
    if (!next) {
        qCWarning(lcJobs) << "could not read the job queue:" << next.error().detail;
        m_timer->start(kRecheckAfterErrorMs);
        return;
    }
    // Nothing due before the next look at the queue: sleep until then (another connection may queue or
    // release a job meanwhile, and nobody wakes this runner for it).
    const std::int64_t idlePoll = std::clamp<std::int64_t>(m_options.idlePollMs, 1, kMaxSleepMs);
    const std::int64_t delay = *next ? std::clamp(**next - Clock::nowMs(), std::int64_t{0}, idlePoll) : idlePoll;
    m_timer->start(static_cast<int>(delay));
}

void JobRunner::runNextDue() {
    if (!m_started || m_stopped || m_busy || m_workOffline) {
        return;
    }
    {
        QMutexLocker locker(&m_currentMutex);
        if (m_interrupted) {
            return;
        }
    }
    // A look at the queue that finds nothing due reads only (no write lock is taken for it).
    if (auto next = JobRepository(m_db, m_session).nextDueAt(); next && (!*next || **next > Clock::nowMs())) {
        schedule();
        return;
    }
    auto claimed = JobRepository(m_db, m_session).claimNext(m_runnerId, Clock::nowMs());
    if (!claimed) {
        qCWarning(lcJobs) << "could not take a job:" << claimed.error().detail;
        m_timer->start(kRecheckAfterErrorMs);
        return;
    }
    if (*claimed) {
        runClaimed(std::move(**claimed));
    }
    schedule();
}

void JobRunner::drain() {
    ensureStarted();
    JobRepository jobs(m_db, m_session);
    while (!m_stopped && !m_workOffline && !m_busy) {
        auto claimed = jobs.claimNext(m_runnerId, Clock::nowMs());
        if (!claimed) {
            qCWarning(lcJobs) << "could not take a job:" << claimed.error().detail;
            break;
        }
        if (!*claimed) {
            break;
        }
        runClaimed(std::move(**claimed));
        if (!m_online) {
            break; // the network is gone: the rest waits for it
        }
    }
    emit idle();
    schedule();
}

void JobRunner::runOne(const QString& jobId) {
    ensureStarted();
    if (m_busy || m_workOffline) {
        qCInfo(lcJobs) << "not running job" << jobId << (m_workOffline ? "(working offline)" : "(busy)");
        emit jobFinished(jobId, false);
        return;
    }
    auto job = JobRepository(m_db, m_session).claim(jobId, m_runnerId);
    if (!job) {
        qCInfo(lcJobs) << "could not take job" << jobId << job.error().detail;
        emit jobFinished(jobId, false);
        return;
    }
    runClaimed(std::move(*job));
    schedule();
}

void JobRunner::cancelJob(const QString& jobId) {
    QMutexLocker locker(&m_currentMutex);
    if (m_currentCancel && m_currentJobId == jobId) {
        m_currentCancel->cancel();
        qCInfo(lcJobs) << "aborting job" << jobId;
    }
}

void JobRunner::interrupt() {
    QMutexLocker locker(&m_currentMutex);
    m_interrupted = true;
    if (m_currentCancel) {
        m_currentCancel->cancel();
        qCInfo(lcJobs) << "interrupting job" << m_currentJobId;
    }
}

bool JobRunner::runClaimed(Job job) {
    m_busy = true;
    const QString id = job.id;
    auto cancel = std::make_shared<HttpCancel>();
    {
        QMutexLocker locker(&m_currentMutex);
        m_currentCancel = cancel;
        m_currentJobId = id;
    }
    qCInfo(lcJobs) << "running job" << id << job.kind << "attempt" << job.attempts;
    emit jobChanged(id);

    JobRepository jobs(m_db, m_session);
    bool done = false;
    bool interrupted = false;
    const auto handler = m_handlers.constFind(job.kind);
    if (handler == m_handlers.constEnd()) {
        qCWarning(lcJobs) << "no handler for job" << id << "of kind" << job.kind;
        if (auto s = jobs.markFailed(
                id, m_runnerId, tr("This kind of job (%1) is not known to this version of ClinicDesk.").arg(job.kind));
            !s) {
            qCWarning(lcJobs) << "could not record the end of job" << id << s.error().detail;
        }
    } else {
        const int attempts = job.attempts;
        RunnerJobContext context(std::move(job), m_db, m_session, m_http, cancel, m_runnerId,
                                 [this, id](int percent) { emit progressChanged(id, percent); });
        auto outcome = (*handler)(context);
        {
            QMutexLocker locker(&m_currentMutex);
            m_currentCancel.reset();
            m_currentJobId.clear();
            interrupted = m_interrupted;
        }
        if (context.committed()) {
            done = true;
        } else if (cancel->isCancelled()) {
            // Aborted by cancelJob(): normally the caller has cancelled the row already (then
            // this is a no-op); otherwise it is cancelled here. Nothing of the attempt is kept.
            if (auto s = jobs.cancel(id); !s) {
                qCWarning(lcJobs) << "could not mark aborted job" << id << "cancelled:" << s.error().detail;
            }
            // Interrupted by a lock or the program ending, not cancelled by anyone: queued again.
            if (interrupted) {
                if (auto s = jobs.retry(id); !s) {
                    qCWarning(lcJobs) << "could not queue the interrupted job" << id << "again:" << s.error().detail;
                } else {
                    qCInfo(lcJobs) << "job" << id << "interrupted; queued again";
                }
            }
        } else if (outcome) {
            // The handler finished without commit(): done with the id it returned.
            auto tx = Transaction::begin(m_db);
            if (tx && jobs.markDone(id, m_runnerId, *outcome) && tx->commit()) {
                done = true;
            } else {
                qCInfo(lcJobs) << "job" << id << "finished but is no longer running for this runner";
            }
        } else {
            const JobFailure& failure = outcome.error();
            const QString reason =
                failure.error.message.isEmpty() ? tr("The request could not be completed.") : failure.error.message;
            qCInfo(lcJobs) << "job" << id << "attempt" << attempts << "ended:" << failureKindName(failure.kind)
                           << errorCodeName(failure.error.code) << (failure.offline ? "(offline)" : "");
            Status recorded;
            switch (failure.kind) {
            case JobFailure::Kind::Retry:
                // Being offline is not the job's fault: it waits as long as it takes.
                if (!failure.offline && attempts >= m_options.maxAttempts) {
                    recorded = jobs.markFailed(
                        id, m_runnerId,
                        tr("Gave up after %1 attempts. The last problem was: %2").arg(attempts).arg(reason));
                } else {
                    recorded = jobs.markWaitingRetry(
                        id, m_runnerId, Clock::nowMs() + backoffMs(attempts, failure.retryAfterMs), reason);
                }
                break;
            case JobFailure::Kind::NeedsUser:
                recorded = jobs.markNeedsUser(id, m_runnerId, reason, failure.hold);
                break;
            case JobFailure::Kind::Fatal:
                recorded = jobs.markFailed(id, m_runnerId, reason);
                break;
            }
            if (!recorded) {
                qCInfo(lcJobs) << "job" << id << "changed meanwhile:" << recorded.error().detail;
            }
            if (failure.kind == JobFailure::Kind::Retry && failure.offline) {
                setNetworkOnline(false);
            }
        }
    }
    {
        QMutexLocker locker(&m_currentMutex);
        m_currentCancel.reset();
        m_currentJobId.clear();
    }
    m_busy = false;
    if (done) {
        qCInfo(lcJobs) << "job" << id << "done";
        if (!m_online) {
            // It reached the server: the network is back for the others too.
            if (auto s = jobs.makeWaitingDue(); !s) {
                qCWarning(lcJobs) << "could not make waiting jobs due:" << s.error().detail;
            }
            setNetworkOnline(true);
        }
    }
    emit jobChanged(id);
    emit jobFinished(id, done);
    return done;
}

void JobRunner::probe() {
    if (m_online || m_stopped || m_workOffline || !m_probeUrl.isValid()) {
        m_probeTimer->stop();
        return;
    }
    HttpRequest request;
    request.method = "GET";
    request.url = m_probeUrl;
    request.connectTimeoutMs = std::min(kProbeConnectTimeoutMs, std::max(m_options.probeIntervalMs, 100));
    request.timeoutMs = kProbeTimeoutMs;
    auto response = m_http.send(request);
    if (!response) {
        qCDebug(lcJobs) << "still offline:" << errorCodeName(response.error().code);
        return;
    }
    // Any HTTP answer (even 401 or 404) means the server can be reached.
    qCInfo(lcJobs) << "the network is back";
    if (auto s = JobRepository(m_db, m_session).makeWaitingDue(); !s) {
        qCWarning(lcJobs) << "could not make waiting jobs due:" << s.error().detail;
    }
    setNetworkOnline(true);
    schedule();
}

} // namespace clinicdesk
