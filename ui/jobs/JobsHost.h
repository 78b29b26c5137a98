// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/AiPipeline.h"
#include "async/Worker.h"
#include "domain/Session.h"
#include "jobs/Job.h"
#include "jobs/JobRunner.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QSettings;

namespace clinicdesk {

class HttpClient;
class VaultWorker;

// The GUI's side of the durable AI job queue. AppController makes one per signed-in session
// (for roles with clinical access):
//  - the JobRunner lives on a Worker thread of its own with its own vault connection (a job waits on
//    the network for minutes and then writes its result; nothing else should wait for it). It runs
//    AiPipeline's handlers; its requests go through the application's one HttpClient;
//  - the queries and writes the UI asks for (list, enqueue, cancel, retry) go to the session's vault
//    worker, like every other UI request.
// The runner's signals arrive here queued, on the UI thread. Everything this class emits is
// emitted on the UI thread.
//
// "Work offline" is remembered in QSettings (`ai/workOffline`). shutdown() must run before the
// vault locks: it aborts a request in flight (the job goes back to the queue) and joins the thread.
class JobsHost : public QObject {
    Q_OBJECT
public:
    enum class Connectivity {
        Online,         // the runner takes jobs as they come
        Offline,        // the network or the provider cannot be reached: jobs wait and run by themselves
        WorkingOffline, // the user's switch: nothing leaves this computer until it is off
    };
    Q_ENUM(Connectivity)

    static constexpr const char* kWorkOfflineKey = "ai/workOffline";

    JobsHost(VaultWorker& queries, Database runnerConnection, QString vaultDir, QString vaultId, HttpClient& http,
             QSettings* settings, JobRunner::Options options = JobRunner::Options{}, QObject* parent = nullptr);
    // Calls shutdown().
    ~JobsHost() override;
    JobsHost(const JobsHost&) = delete;
    JobsHost& operator=(const JobsHost&) = delete;

    // Reads the AI settings (for the offline probe), then starts the runner. Call once, after sign-in.
    void start();
    // Aborts the job running now (it is queued again, nothing of the attempt is kept), stops the
    // runner, joins its thread and closes its connection. Idempotent.
    void shutdown();

    [[nodiscard]] Connectivity connectivity() const;
    [[nodiscard]] bool workOffline() const { return m_workOffline; }
    // The last snapshot of the queue (newest first), as jobsListed() delivered it.
    [[nodiscard]] const std::vector<Job>& jobs() const { return m_jobs; }
    [[nodiscard]] HttpClient& http() const { return m_http; }

public slots:
    void requestTranscription(const QString& recordingId);
    void requestNote(const QString& encounterId, const QString& templateKey);
    // Cancels the job in the vault (audited), then stops its transfer if it is the one running.
    void cancel(const QString& jobId);
    // Queues a job that needs the user, failed, was cancelled or waits for a retry, due now.
    void retry(const QString& jobId);
    void setWorkOffline(bool offline);
    // Reads the queue again (off the UI thread); jobsListed() follows.
    void refresh();
    // The AI settings changed: the runner probes the new provider while offline and looks at the
    // queue again (jobs held for the settings are released when they are saved).
    void reloadSettings();

signals:
    void jobsListed(const std::vector<clinicdesk::Job>& jobs);
    void jobChanged(const QString& jobId);
    void progressChanged(const QString& jobId, int percent);
    void connectivityChanged(clinicdesk::JobsHost::Connectivity connectivity);
    void enqueued(const clinicdesk::Job& job);
    // An action the user asked for (enqueue, cancel, retry) did not happen; the message says why.
    void failed(const clinicdesk::Error& error);

private:
    // Queues a job through `request` on the vault worker, then wakes the runner.
    void enqueue(const QString& what, std::function<Result<Job>(Database&, const Session&)> request);
    void onRunnerOnline(bool online);
    void applyProbeUrl(bool thenStart);
    void emitConnectivity();
    // Runs `call` on the runner's thread.
    template <typename Call>
    void onRunner(Call call) {
        if (JobRunner* runner = m_runner.data()) {
            m_runnerThread.post([runner, call = std::move(call)] { call(*runner); });
        }
    }

    VaultWorker& m_queries;
    Worker m_runnerThread;
    QPointer<JobRunner> m_runner;
    QString m_runnerId;
    HttpClient& m_http;
    QSettings* m_settings;
    AiPipeline m_pipeline;
    QTimer m_refreshTimer;
    std::vector<Job> m_jobs;
    bool m_workOffline = false;
    bool m_networkOnline = true;
    bool m_started = false;
    bool m_shutDown = false;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    Connectivity m_lastConnectivity = Connectivity::Online;
};

} // namespace clinicdesk
