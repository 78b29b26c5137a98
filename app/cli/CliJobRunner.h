// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/AiPipeline.h"
#include "async/Worker.h"
#include "jobs/JobRunner.h"
#include "net/HttpClient.h"
#include "session/VaultSession.h"

#include <QCoreApplication>
#include <QObject>

namespace clinicdesk::cli {

// The job runner inside clinicdesk-cli: `jobs run` (every due job, then exit) and
// `--wait` (run the queue until one job has ended). The runner lives on its own
// thread with its own vault connection, as in the app; this object waits in an
// event loop on the CLI's thread.
class CliJobRunner : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        Job job;            // the job's row at the end
        bool ended = false; // done, failed, needs_user or cancelled (false: still waiting at the time limit)
    };

    CliJobRunner(VaultSession& session, QString vaultDir, QObject* parent = nullptr);
    ~CliJobRunner() override;

    // Runs due jobs until none is due; returns how many jobs ran.
    [[nodiscard]] Result<int> drain();
    // Runs the queue until `jobId` ends or `timeoutSeconds` pass.
    [[nodiscard]] Result<Outcome> waitFor(const QString& jobId, int timeoutSeconds);

private:
    [[nodiscard]] Status startRunner();

    VaultSession& m_session;
    QString m_vaultDir;
    HttpClient m_http;
    AiPipeline m_pipeline;
    Worker m_thread{QStringLiteral("jobs")};
    JobRunner* m_runner = nullptr;
};

} // namespace clinicdesk::cli
