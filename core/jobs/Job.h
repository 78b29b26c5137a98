// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

enum class JobState { Queued, Running, WaitingRetry, NeedsUser, Failed, Done, Cancelled };

// Why a needs_user job waits, when a change of settings can end the wait (the `jobs.hold_reason`
// column): such a job is queued again by itself when the thing it waits for is saved
// (JobRepository::releaseHeld, called by AiSettingsStore::save and AiKeyStore::write).
enum class HoldReason {
    None,          // no machine-readable reason: only `jobs retry` (or the jobs panel) queues it again
    Configuration, // no provider, model or key for the task, a provider URL or header that is not valid,
                   // a model or deployment the server does not know
    Auth,          // the provider refused the key (401, 403)
    Budget,        // the user's monthly AI budget is used up
    Quota,         // the provider account is out of credit (429 insufficient_quota): billing, outside ClinicDesk
};

// Job kinds (the `jobs.kind` column).
namespace JobKind {
inline const QString Transcribe = QStringLiteral("transcribe"); // payload: recording_id
inline const QString Note = QStringLiteral("note");             // payload: encounter_id, template, ...
} // namespace JobKind

// One AI request waiting, running or finished: a row of `jobs` (the offline outbox).
struct Job {
    QString id;
    QString kind;
    QJsonObject payload; // ids and options, never patient text
    JobState state = JobState::Queued;
    int attempts = 0;
    std::optional<std::int64_t> nextAttemptAt; // UTC ms; due when <= now
    QString lastError;                         // a sentence for the user, no patient data
    HoldReason holdReason = HoldReason::None;  // needs_user only: what ends the wait by itself
    int progress = 0;                          // 0..100
    std::optional<QString> resultId;           // transcript or note id when done
    QString subjectId;                         // the recording or encounter it is about
    QString dedupeKey;                         // the input it is the one pending job for (NewJob::dedupeKey)
    QString patientId;
    std::optional<QString> runner;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    QString createdBy;
};

} // namespace clinicdesk
