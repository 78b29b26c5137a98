// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "jobs/JobHandler.h"
#include "storage/Database.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <memory>

class QLockFile;
class QTimer;

namespace clinicdesk {

// Works through the jobs table on its own thread with its own vault connection:
// takes due jobs one at a time, runs the handler for their kind, and records the
// outcome (done, waiting_retry with backoff, needs_user, failed). Holds
// `runner-<id>.lock` in the vault folder while alive, so another runner can tell a
// crashed one's jobs (requeued on start) from live ones.
//
// Offline is a normal state: a network failure marks the runner offline and the
// job waiting; while offline the runner probes `probeUrl` now and then and, when
// it answers, makes waiting jobs due at once. "Work offline" stops it from taking
// jobs until switched off.
class JobRunner : public QObject {
    Q_OBJECT
public:
    struct Options {
        int backoffBaseMs = 5'000;    // first durable retry; doubles per attempt with jitter
        int backoffMaxMs = 3'600'000; // at most an hour between attempts
        int probeIntervalMs = 15'000; // while offline
        int maxAttempts = 50;         // then failed
        // How often the queue is read while nothing here is due, to see jobs another connection or
        // process queued or released (a held job released by saving the AI settings in the CLI or on the
        // settings page, a `jobs retry`): they run within this time without anyone calling wake().
        int idlePollMs = 10'000;
    };

    JobRunner(Database db, Session session, QString vaultDir, HttpClient& http, Options options,
              QObject* parent = nullptr);
    JobRunner(Database db, Session session, QString vaultDir, HttpClient& http, QObject* parent = nullptr)
        : JobRunner(std::move(db), std::move(session), std::move(vaultDir), http, Options{}, parent) {}
    ~JobRunner() override;

    void registerHandler(const QString& kind, JobHandler handler);
    // Where to check that the network is back (the provider's base URL); empty: none.
    void setProbeUrl(const QUrl& url);
    [[nodiscard]] QString runnerId() const { return m_runnerId; }

    // The delay before durable retry number `attempt` (1-based), with jitter; never below the
    // server's `retryAfterMs`.
    [[nodiscard]] std::int64_t backoffMs(int attempt, std::optional<std::int64_t> retryAfterMs) const;

public slots:
    // Takes the lock, requeues orphans, then keeps taking due jobs as they come.
    void start();
    void stop();
    // Something was queued or retried: look now.
    void wake();
    void setWorkOffline(bool offline);
    // Runs due jobs until none is due now, then emits idle() (CLI `jobs run`).
    void drain();
    // Runs this one job now if it can be claimed (CLI `--wait`).
    void runOne(const QString& jobId);
    // Stops the transfer of `jobId` if it is the job running now. Safe to call directly from ANY
    // thread (the runner's thread is busy inside the handler then). The caller first cancels the
    // row with JobRepository::cancel on its own connection (audited, as the user); if it did not,
    // the runner marks the aborted job cancelled itself when the handler returns.
    void cancelJob(const QString& jobId);
    // For shutting down (the vault locks, the program ends); safe from ANY thread. The runner takes no
    // more jobs, and the transfer in flight, if any, stops; its job goes back to the queue (nothing of
    // the attempt is kept) and runs again at the next start.
    void interrupt();

signals:
    void jobChanged(const QString& jobId);
    void progressChanged(const QString& jobId, int percent);
    void jobFinished(const QString& jobId, bool done);
    void onlineChanged(bool online);
    void idle();

private:
    // Takes the lock and requeues orphans, once.
    void ensureStarted();
    void schedule();
    void runNextDue();
    // Returns whether the job ended done.
    bool runClaimed(Job job);
    void probe();
    void setNetworkOnline(bool online);
    [[nodiscard]] bool effectivelyOnline() const { return m_online && !m_workOffline; }

    Database m_db;
    Session m_session;
    QString m_vaultDir;
    HttpClient& m_http;
    Options m_options;
    QString m_runnerId;
    QHash<QString, JobHandler> m_handlers;
    QUrl m_probeUrl;
    std::unique_ptr<QLockFile> m_lock;
    QTimer* m_timer = nullptr;
    QTimer* m_probeTimer = nullptr;
    bool m_online = true;
    bool m_workOffline = false;
    bool m_busy = false;
    bool m_stopped = false;
    bool m_started = false;     // start() was called: the runner schedules jobs by itself
    bool m_initialised = false; // lock taken, orphans requeued
    QMutex m_currentMutex;      // guards the two members below (cancelJob comes from any thread)
    std::shared_ptr<HttpCancel> m_currentCancel;
    QString m_currentJobId;
    bool m_interrupted = false; // guarded by m_currentMutex
};

} // namespace clinicdesk
