// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/JobHandler.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>
#include <memory>

namespace clinicdesk {

// The JobContext a JobRunner gives a handler for one attempt of one job (runner thread only).
// progress() is stored at most every 250 ms (and always at 0 and 100) and reported to
// `onProgress`; commit() writes the result and marks the job done in one transaction, or
// writes nothing when the job is no longer running for this runner or its transfer was
// aborted (JobRunner::cancelJob).
class RunnerJobContext final : public JobContext {
    Q_DECLARE_TR_FUNCTIONS(RunnerJobContext)
public:
    using ProgressSink = std::function<void(int percent)>;

    RunnerJobContext(Job job, Database& db, const Session& session, HttpClient& http,
                     std::shared_ptr<const HttpCancel> cancel, QString runnerId, ProgressSink onProgress);

    [[nodiscard]] const Job& job() const override { return m_job; }
    [[nodiscard]] Database& db() override { return m_db; }
    [[nodiscard]] const Session& session() const override { return m_session; }
    [[nodiscard]] HttpClient& http() override { return m_http; }
    [[nodiscard]] const HttpCancel& cancel() const override { return *m_cancel; }
    void progress(int percent) override;
    [[nodiscard]] Result<QString> commit(const std::function<Result<QString>(Database&)>& write) override;

    // Whether commit() succeeded (the job is done).
    [[nodiscard]] bool committed() const { return m_committed; }

    static constexpr int kProgressIntervalMs = 250;

private:
    Job m_job;
    Database& m_db;
    const Session& m_session;
    HttpClient& m_http;
    std::shared_ptr<const HttpCancel> m_cancel;
    QString m_runnerId;
    ProgressSink m_onProgress;
    QElapsedTimer m_sinceProgress;
    int m_lastProgress = -1;
    bool m_committed = false;
};

} // namespace clinicdesk
