// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/JobRunner.h"
#include "session/VaultSession.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QThread>

#include <functional>

namespace clinicdesk::test {

// A JobRunner on a thread of its own with its own vault connection, as the app runs it,
// and what it signalled, recorded on the test's thread for QTRY_ checks.
class RunnerThread {
public:
    // `setup` registers handlers (and the probe URL) before the runner moves to its thread.
    RunnerThread(VaultSession& session, const QString& vaultDir, HttpClient& http, JobRunner::Options options,
                 const std::function<void(JobRunner&)>& setup);
    // Stops the runner and deletes it on its thread, then ends the thread.
    ~RunnerThread();
    RunnerThread(const RunnerThread&) = delete;
    RunnerThread& operator=(const RunnerThread&) = delete;

    // Runs `call` on the runner's thread, without waiting.
    void post(const std::function<void(JobRunner&)>& call);
    // Runs `call` on the runner's thread (between jobs) and waits for it.
    void onThread(const std::function<void(JobRunner&)>& call);
    void start() {
        post([](JobRunner& r) { r.start(); });
    }
    void wake() {
        post([](JobRunner& r) { r.wake(); });
    }
    // For connect() and the thread-safe calls (cancelJob) only.
    [[nodiscard]] JobRunner& runner() { return *m_runner; }
    [[nodiscard]] bool finishedWith(const QString& id, bool done) const {
        return finished.contains(qMakePair(id, done));
    }

    QList<QPair<QString, bool>> finished;
    QList<bool> onlineChanges;
    QHash<QString, QList<int>> progress;
    int idles = 0;

private:
    QThread m_thread;
    JobRunner* m_runner = nullptr;
    QObject m_recorder;
};

} // namespace clinicdesk::test
