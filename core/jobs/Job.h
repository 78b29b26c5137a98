#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

enum class JobState { Queued, Running, WaitingRetry, NeedsUser, Failed, Done, Cancelled };

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
    int progress = 0;                          // 0..100
    std::optional<QString> resultId;           // transcript or note id when done
    QString subjectId;                         // the recording or encounter it is about
    QString patientId;
    std::optional<QString> runner;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    QString createdBy;
};

} // namespace clinicdesk
