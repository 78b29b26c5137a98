// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "CliJobRunner.h"

#include "ai/AiSettings.h"
#include "jobs/JobRepository.h"
#include "jobs/JobStates.h"

#include <QEventLoop>
#include <QTimer>

namespace clinicdesk::cli {

namespace {

constexpr int kPollMs = 1'000; // how often --wait reads the job's row

} // namespace

CliJobRunner::CliJobRunner(VaultSession& session, QString vaultDir, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_vaultDir(std::move(vaultDir))
    , m_pipeline(session.vault().vaultId()) {}

CliJobRunner::~CliJobRunner() {
    if (m_runner != nullptr) {
        m_thread.post([runner = m_runner] {
            runner->stop();
            delete runner;
        });
        m_runner = nullptr;
    }
    m_thread.finish();
}

Status CliJobRunner::startRunner() {
    if (m_runner != nullptr) {
        return {};
    }
    auto db = m_session.vault().openConnection();
    if (!db) {
        return std::unexpected(db.error());
    }
    m_runner = new JobRunner(std::move(*db), m_session.session(), m_vaultDir, m_http);
    m_pipeline.registerHandlers(*m_runner);
    // As in the app: while offline the runner checks the provider now and then, so a job waiting for
    // the network runs as soon as the provider answers again instead of at its next backoff.
    if (auto settings = AiSettingsStore(m_session.db(), m_session.session()).load(); settings) {
        if (auto provider = settings->provider(AiTask::Transcription)) {
            m_runner->setProbeUrl(provider->endpoint(QStringLiteral("models")));
        }
    }
    m_thread.adopt(m_runner);
    return {};
}

Result<int> CliJobRunner::drain() {
    if (auto s = startRunner(); !s) {
        return std::unexpected(s.error());
    }
    int finished = 0;
    QEventLoop loop;
    connect(m_runner, &JobRunner::jobFinished, &loop, [&finished] { ++finished; });
    connect(m_runner, &JobRunner::idle, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(m_runner, &JobRunner::drain, Qt::QueuedConnection);
    loop.exec();
    return finished;
}

Result<CliJobRunner::Outcome> CliJobRunner::waitFor(const QString& jobId, int timeoutSeconds) {
    if (auto s = startRunner(); !s) {
        return std::unexpected(s.error());
    }
    JobRepository jobs(m_session.db(), m_session.session());
    // --wait ends when the job stops going on by itself (done, failed, cancelled or needing the user).
    auto isEnded = [](JobState state) { return !isActive(state); };
    QEventLoop loop;
    std::optional<Error> readError;
    auto check = [&] {
        auto job = jobs.get(jobId);
        if (!job) {
            readError = job.error();
            loop.quit();
            return;
        }
        if (isEnded(job->state)) {
            loop.quit();
        }
    };
    connect(m_runner, &JobRunner::jobFinished, &loop, check);
    connect(m_runner, &JobRunner::jobChanged, &loop, check);
    // Another runner (the app, another `jobs run`) may hold the job: this runner then never signals it,
    // so the row is also looked at now and then.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, check);
    poll.start(kPollMs);
    QTimer limit;
    limit.setSingleShot(true);
    connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(std::max(1, timeoutSeconds) * 1000);
    QMetaObject::invokeMethod(m_runner, &JobRunner::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_runner, tsan::handOff(m_runner->thread(), [runner = m_runner] { runner->wake(); }),
                              Qt::QueuedConnection);
    check();
    if (!readError) {
        auto before = jobs.get(jobId);
        if (before && !isEnded(before->state)) {
            loop.exec();
        }
    }
    if (readError) {
        return std::unexpected(*readError);
    }
    auto job = jobs.get(jobId);
    if (!job) {
        return std::unexpected(job.error());
    }
    return Outcome{*job, isEnded(job->state)};
}

} // namespace clinicdesk::cli
