#include "jobs/JobsHost.h"

#include "AsyncTask.h"
#include "ai/AiSettings.h"
#include "jobs/JobRepository.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSemaphore>
#include <QSettings>

namespace clinicdesk {

namespace {

// How often the panel's snapshot is read again without a signal (jobs queued by the CLI, the
// next-attempt times that come due).
constexpr int kPeriodicRefreshMs = 30'000;
// How long shutdown() waits for the runner between two attempts to abort its request.
constexpr int kShutdownPollMs = 100;
constexpr int kSnapshotLimit = 200;

} // namespace

// The query connection and the session, shared with the tasks on m_tasks.
struct JobsHost::Worker {
    Database db;
    Session session;
};

JobsHost::JobsHost(Database runnerConnection, Database queryConnection, Session session, QString vaultDir,
                   QString vaultId, HttpClient& http, QSettings* settings, JobRunner::Options options, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_shared<Worker>(Worker{std::move(queryConnection), session}))
    , m_http(http)
    , m_settings(settings)
    , m_pipeline(std::move(vaultId)) {
    m_tasks.setObjectName(QStringLiteral("JobsQueries"));
    m_tasks.setMaxThreadCount(1);
    m_tasks.setExpiryTimeout(-1);

    auto* runner = new JobRunner(std::move(runnerConnection), std::move(session), std::move(vaultDir), http, options);
    m_runnerId = runner->runnerId();
    m_pipeline.registerHandlers(*runner);
    runner->moveToThread(&m_thread);
    // Deleted on its own thread once the thread's event loop has stopped.
    connect(&m_thread, &QThread::finished, runner, &QObject::deleteLater);
    connect(runner, &JobRunner::jobChanged, this, [this](const QString& id) {
        emit jobChanged(id);
        refresh();
    });
    connect(runner, &JobRunner::progressChanged, this, &JobsHost::progressChanged);
    connect(runner, &JobRunner::onlineChanged, this, &JobsHost::onRunnerOnline);
    m_runner = runner;
    m_thread.setObjectName(QStringLiteral("JobRunner"));
    m_thread.start();

    if (m_settings != nullptr) {
        m_workOffline = m_settings->value(QString::fromLatin1(kWorkOfflineKey), false).toBool();
    }
    m_lastConnectivity = connectivity();
    m_refreshTimer.setInterval(kPeriodicRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JobsHost::refresh);
}

JobsHost::~JobsHost() {
    shutdown();
}

void JobsHost::start() {
    if (m_started || m_shutDown) {
        return;
    }
    m_started = true;
    const bool offline = m_workOffline;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner.data(), offline] { runner->setWorkOffline(offline); }, Qt::QueuedConnection);
    applyProbeUrl(true);
    m_refreshTimer.start();
    refresh();
}

void JobsHost::applyProbeUrl(bool thenStart) {
    runAsync(
        m_tasks, this, [worker = m_worker] { return AiSettingsStore(worker->db, worker->session).load(); },
        [this, thenStart](const Result<AiSettings>& settings) {
            if (m_shutDown || !m_runner) {
                return;
            }
            QUrl probe;
            if (!settings) {
                qCWarning(lcJobs) << "could not read the AI settings:" << settings.error().detail;
            } else if (auto provider = settings->provider(AiTask::Transcription)) {
                probe = provider->endpoint(QStringLiteral("models"));
            }
            QMetaObject::invokeMethod(
                m_runner,
                [runner = m_runner.data(), probe, thenStart] {
                    runner->setProbeUrl(probe);
                    if (thenStart) {
                        runner->start();
                    }
                },
                Qt::QueuedConnection);
        });
}

void JobsHost::reloadSettings() {
    if (m_started && !m_shutDown) {
        applyProbeUrl(false);
    }
}

QStringList JobsHost::runningJobsOfRunner() {
    QStringList ids;
    auto pending = JobRepository(m_worker->db, m_worker->session).pending();
    if (!pending) {
        qCWarning(lcJobs) << "could not read the running jobs:" << pending.error().detail;
        return ids;
    }
    for (const Job& job : *pending) {
        if (job.state == JobState::Running && job.runner == m_runnerId) {
            ids << job.id;
        }
    }
    return ids;
}

void JobsHost::shutdown() {
    if (m_shutDown) {
        return;
    }
    m_shutDown = true;
    m_refreshTimer.stop();
    m_tasks.waitForDone();
    QStringList aborted;
    if (m_thread.isRunning() && m_runner) {
        // The runner stops on its own thread, which is free only between two jobs. Until it gets
        // there, the request in flight is aborted (a transfer stops within ~100 ms).
        auto stopped = std::make_shared<QSemaphore>();
        QMetaObject::invokeMethod(
            m_runner,
            [runner = m_runner.data(), stopped] {
                runner->stop();
                stopped->release();
            },
            Qt::QueuedConnection);
        while (!stopped->tryAcquire(1, kShutdownPollMs)) {
            for (const QString& id : runningJobsOfRunner()) {
                if (!aborted.contains(id)) {
                    aborted << id;
                }
                m_runner->cancelJob(id);
            }
        }
        m_thread.quit();
        m_thread.wait();
    } else if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    // Locking is not cancelling: an aborted job goes back to the queue for the next session.
    JobRepository jobs(m_worker->db, m_worker->session);
    for (const QString& id : aborted) {
        auto job = jobs.get(id);
        if (job && job->state == JobState::Cancelled) {
            if (auto s = jobs.retry(id); !s) {
                qCWarning(lcJobs) << "could not queue the interrupted job" << id << "again:" << s.error().detail;
            } else {
                qCInfo(lcJobs) << "job" << id << "interrupted by the lock; queued again";
            }
        }
    }
    if (m_worker->db.isOpen()) {
        m_worker->db.close();
    }
    qCDebug(lcUi) << "job runner stopped";
}

JobsHost::Connectivity JobsHost::connectivity() const {
    if (m_workOffline) {
        return Connectivity::WorkingOffline;
    }
    return m_networkOnline ? Connectivity::Online : Connectivity::Offline;
}

void JobsHost::emitConnectivity() {
    const Connectivity now = connectivity();
    if (now != m_lastConnectivity) {
        m_lastConnectivity = now;
        emit connectivityChanged(now);
    }
}

void JobsHost::onRunnerOnline(bool online) {
    // While working offline the runner reports "offline" because of the switch, not the network.
    if (!m_workOffline) {
        m_networkOnline = online;
    }
    emitConnectivity();
}

void JobsHost::setWorkOffline(bool offline) {
    if (m_shutDown || offline == m_workOffline) {
        return;
    }
    m_workOffline = offline;
    if (!offline) {
        m_networkOnline = true; // the runner assumes so too; the first request tells
    }
    if (m_settings != nullptr) {
        m_settings->setValue(QString::fromLatin1(kWorkOfflineKey), offline);
    }
    qCInfo(lcJobs) << "work offline" << (offline ? "on" : "off");
    if (m_started && m_runner) {
        QMetaObject::invokeMethod(
            m_runner, [runner = m_runner.data(), offline] { runner->setWorkOffline(offline); }, Qt::QueuedConnection);
    }
    emitConnectivity();
    refresh();
}

void JobsHost::refresh() {
    if (m_shutDown) {
        return;
    }
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    runAsync(
        m_tasks, this,
        [worker = m_worker] { return JobRepository(worker->db, worker->session).list({}, kSnapshotLimit); },
        [this](Result<std::vector<Job>> jobs) {
            m_refreshing = false;
            if (m_shutDown) {
                return;
            }
            if (!jobs) {
                qCWarning(lcJobs) << "could not list the jobs:" << jobs.error().detail;
            } else {
                m_jobs = std::move(*jobs);
                emit jobsListed(m_jobs);
            }
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
            }
        });
}

void JobsHost::requestTranscription(const QString& recordingId) {
    enqueue(QStringLiteral("transcription"), [recordingId](Worker& worker) {
        return AiPipeline::requestTranscription(worker.db, worker.session, recordingId);
    });
}

void JobsHost::requestNote(const QString& encounterId, const QString& templateKey) {
    enqueue(QStringLiteral("note"), [encounterId, templateKey](Worker& worker) {
        return AiPipeline::requestNote(worker.db, worker.session, encounterId, templateKey);
    });
}

void JobsHost::enqueue(const QString& what, std::function<Result<Job>(Worker&)> request) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, this, [worker = m_worker, request = std::move(request)] { return request(*worker); },
        [this, what](const Result<Job>& job) {
            if (m_shutDown) {
                return;
            }
            if (!job) {
                qCInfo(lcJobs) << what << "not queued:" << job.error().detail;
                emit failed(job.error());
                return;
            }
            emit enqueued(*job);
            if (m_runner) {
                QMetaObject::invokeMethod(m_runner, &JobRunner::wake, Qt::QueuedConnection);
            }
            refresh();
        });
}

void JobsHost::cancel(const QString& jobId) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, this, [worker = m_worker, jobId] { return JobRepository(worker->db, worker->session).cancel(jobId); },
        [this, jobId](const Status& cancelled) {
            if (m_shutDown) {
                return;
            }
            if (!cancelled) {
                emit failed(cancelled.error());
            } else if (m_runner) {
                // Safe from any thread; a no-op unless this job is the one in flight.
                m_runner->cancelJob(jobId);
            }
            refresh();
        });
}

void JobsHost::retry(const QString& jobId) {
    if (m_shutDown) {
        return;
    }
    runAsync(
        m_tasks, this, [worker = m_worker, jobId] { return JobRepository(worker->db, worker->session).retry(jobId); },
        [this](const Status& retried) {
            if (m_shutDown) {
                return;
            }
            if (!retried) {
                emit failed(retried.error());
            } else if (m_runner) {
                QMetaObject::invokeMethod(m_runner, &JobRunner::wake, Qt::QueuedConnection);
            }
            refresh();
        });
}

} // namespace clinicdesk
