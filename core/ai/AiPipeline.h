// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/AiSettings.h"
#include "ai/OpenAiClient.h"
#include "jobs/JobRepository.h"
#include "jobs/JobRunner.h"

#include <QCoreApplication>

namespace clinicdesk {

// From a finished recording to a draft note, as durable jobs:
//   requestTranscription(recording) -> job `transcribe` -> a transcript (job_id set)
//   requestNote(encounter, template) -> job `note` -> a draft note (job_id set)
// The handlers run on the JobRunner's thread with its vault connection. Every HTTP
// request is written to the egress log as it completes, successful ones to usage; a
// user's monthly budget, once reached, holds further jobs (needs_user). Results are
// written in the same transaction that marks the job done, so a retry or a crash
// never leaves two transcripts or notes for one job.
class AiPipeline {
    Q_DECLARE_TR_FUNCTIONS(AiPipeline)
public:
    // `vaultId` names the keychain entries that hold the API keys.
    explicit AiPipeline(QString vaultId)
        : m_vaultId(std::move(vaultId)) {}

    void registerHandlers(JobRunner& runner) const;

    // Queues a transcription (or returns the one already pending for this recording: the unique index on
    // pending jobs makes that so even when two connections ask at once).
    [[nodiscard]] static Result<Job> requestTranscription(Database& db, const Session& session,
                                                          const QString& recordingId);
    // Queues a note from the encounter's transcripts with a template key (dental-exam, soap, ...), or returns
    // the one already pending for this encounter and template.
    [[nodiscard]] static Result<Job> requestNote(Database& db, const Session& session, const QString& encounterId,
                                                 const QString& templateKey);

    [[nodiscard]] std::expected<QString, JobFailure> runTranscription(JobContext& context) const;
    [[nodiscard]] std::expected<QString, JobFailure> runNote(JobContext& context) const;

    // "Test connection" for a task: the key, the models list and the configured model.
    // Logged in the egress log (purpose test-connection). Blocks: call from a worker thread.
    [[nodiscard]] std::expected<QStringList, JobFailure> testConnection(HttpClient& http, Database& db,
                                                                        const Session& session,
                                                                        const ProviderConfig& provider,
                                                                        AiTask task) const;

private:
    QString m_vaultId;
};

} // namespace clinicdesk
