// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/JobsHost.h"

#include "ai/AiSettings.h"
#include "async/VaultWorker.h"
#include "jobs/JobRepository.h"
#include "util/Logging.h"

#include <QSettings>

namespace clinicdesk {

namespace {

// How often the panel's snapshot is read again without a signal (jobs queued by the CLI, the
// next-attempt times that come due).
constexpr int kPeriodicRefreshMs = 30'000;
constexpr int kSnapshotLimit = 200;

} // namespace

JobsHost::JobsHost(VaultWorker& queries, Database runnerConnection, QString vaultDir, QString vaultId, HttpClient& http,
                   QSettings* settings, JobRunner::Options options, QObject* parent)
    : QObject(parent)
    , m_queries(queries)
    , m_runnerThread(QStringLiteral("JobRunner"))
    , m_http(http)
    , m_settings(settings)
    , m_pipeline(std::move(vaultId)) {
    auto* runner = new JobRunner(std::move(runnerConnection), queries.session(), std::move(vaultDir), http, options);
    m_runnerId = runner->runnerId();
    m_pipeline.registerHandlers(*runner);
    m_runnerThread.adopt(runner);
    connect(runner, &JobRunner::jobChanged, this, [this](const QString& id) {
        emit jobChanged(id);
        refresh();
    });
    connect(runner, &JobRunner::progressChanged, this, &JobsHost::progressChanged);
    connect(runner, &JobRunner::onlineChanged, this, &JobsHost::onRunnerOnline);
    m_runner = runner;

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
    onRunner([offline](JobRunner& runner) { runner.setWorkOffline(offline); });
    applyProbeUrl(true);
    m_refreshTimer.start();
    refresh();
}

void JobsHost::applyProbeUrl(bool thenStart) {
    m_queries.post(
        this, [](VaultScope& vault) { return AiSettingsStore(vault.db, vault.session).load(); },
        [this, thenStart](const Result<AiSettings>& settings) {
            if (m_shutDown) {
                return;
            }
            QUrl probe;
            if (!settings) {
                qCWarning(lcJobs) << "could not read the AI settings:" << settings.error().detail;
            } else if (auto provider = settings->provider(AiTask::Transcription)) {
                probe = provider->endpoint(QStringLiteral("models"));
            }
            onRunner([probe, thenStart](JobRunner& runner) {
                runner.setProbeUrl(probe);
                if (thenStart) {
                    runner.start();
                }
            });
        });
}

void JobsHost::reloadSettings() {
    if (m_started && !m_shutDown) {
        applyProbeUrl(false);
        // Saving the settings releases the jobs held for them (a provider, a model, a key): the runner
        // looks at the queue now, and the panels show them waiting again.
        onRunner([](JobRunner& runner) { runner.wake(); });
        refresh();
    }
}

void JobsHost::shutdown() {
    if (m_shutDown) {
        return;
    }
    m_shutDown = true;
    m_refreshTimer.stop();
    if (JobRunner* runner = m_runner.data()) {
        // The runner's thread is busy inside a job's handler while one runs: interrupting aborts the
        // request in flight (within ~100 ms; the job goes back to the queue for the next session) and
        // stops the runner from taking another. Then the thread ends and deletes the runner, which
        // closes its connection and lets go of its lock file.
        runner->interrupt();
        m_runnerThread.post([runner] { runner->stop(); });
        m_runner = nullptr;
    }
    m_runnerThread.finish();
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
    if (m_started) {
        onRunner([offline](JobRunner& runner) { runner.setWorkOffline(offline); });
    }
    emitConnectivity();
    refresh();
}

void JobsHost::refresh() {
    if (m_shutDown) {
        return;
    }
    // One read at a time; a refresh asked for meanwhile reads once more when it answers.
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_queries.post(
        this, [](VaultScope& vault) { return JobRepository(vault.db, vault.session).list({}, kSnapshotLimit); },
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
    enqueue(QStringLiteral("transcription"), [recordingId](Database& db, const Session& session) {
        return AiPipeline::requestTranscription(db, session, recordingId);
    });
}

void JobsHost::requestNote(const QString& encounterId, const QString& templateKey) {
    enqueue(QStringLiteral("note"), [encounterId, templateKey](Database& db, const Session& session) {
        return AiPipeline::requestNote(db, session, encounterId, templateKey);
    });
}

void JobsHost::enqueue(const QString& what, std::function<Result<Job>(Database&, const Session&)> request) {
    if (m_shutDown) {
        return;
    }
    m_queries.post(
        this, [request = std::move(request)](VaultScope& vault) { return request(vault.db, vault.session); },
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
            onRunner([](JobRunner& runner) { runner.wake(); });
            refresh();
        });
}

void JobsHost::cancel(const QString& jobId) {
    if (m_shutDown) {
        return;
    }
    m_queries.post(
        this, [jobId](VaultScope& vault) { return JobRepository(vault.db, vault.session).cancel(jobId); },
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
    m_queries.post(
        this, [jobId](VaultScope& vault) { return JobRepository(vault.db, vault.session).retry(jobId); },
        [this](const Status& retried) {
            if (m_shutDown) {
                return;
            }
            if (!retried) {
                emit failed(retried.error());
            } else {
                onRunner([](JobRunner& runner) { runner.wake(); });
            }
            refresh();
        });
}

} // namespace clinicdesk
