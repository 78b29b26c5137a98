// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RunnerThread.h"

#include "async/ThreadSanitizer.h"

namespace clinicdesk::test {

RunnerThread::RunnerThread(VaultSession& session, const QString& vaultDir, HttpClient& http, JobRunner::Options options,
                           const std::function<void(JobRunner&)>& setup) {
    auto db = session.vault().openConnection();
    if (!db) {
        qFatal("no connection for the job runner: %s", qPrintable(db.error().detail));
    }
    m_runner = new JobRunner(std::move(*db), session.session(), vaultDir, http, options);
    setup(*m_runner);
    QObject::connect(
        m_runner, &JobRunner::jobFinished, &m_recorder,
        [this](const QString& id, bool done) { finished.append(qMakePair(id, done)); }, Qt::QueuedConnection);
    QObject::connect(
        m_runner, &JobRunner::onlineChanged, &m_recorder, [this](bool online) { onlineChanges.append(online); },
        Qt::QueuedConnection);
    QObject::connect(
        m_runner, &JobRunner::progressChanged, &m_recorder,
        [this](const QString& id, int percent) { progress[id].append(percent); }, Qt::QueuedConnection);
    QObject::connect(
        m_runner, &JobRunner::idle, &m_recorder, [this] { ++idles; }, Qt::QueuedConnection);
    m_runner->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("jobs"));
    m_thread.start();
}

RunnerThread::~RunnerThread() {
    onThread([](JobRunner& runner) {
        runner.stop();
        delete &runner;
    });
    m_thread.quit();
    m_thread.wait();
}

void RunnerThread::post(const std::function<void(JobRunner&)>& call) {
    JobRunner* runner = m_runner;
    QMetaObject::invokeMethod(runner, tsan::handOff(runner->thread(), [runner, call] { call(*runner); }),
                              Qt::QueuedConnection);
}

void RunnerThread::onThread(const std::function<void(JobRunner&)>& call) {
    JobRunner* runner = m_runner;
    QThread* thread = runner->thread(); // `call` may delete the runner (the destructor's does)
    QMetaObject::invokeMethod(runner, tsan::handOff(thread, [runner, call] { call(*runner); }),
                              Qt::BlockingQueuedConnection);
    tsan::returned(thread);
}

} // namespace clinicdesk::test
