// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/Job.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <vector>

namespace clinicdesk {

class JobsHost;

// The AI jobs of the encounter on screen: its note jobs and the transcriptions of the patient's listed
// recordings. Follows the queue's snapshots (JobsHost), notices a job finishing, and picks the job the
// page shows (the newest one still waiting or running, else the newest one). Owned by the
// EncounterController; the panels read it through the controller.
class EncounterJobs : public QObject {
    Q_OBJECT
public:
    // Whether a recording id is one of the patient's listed recordings.
    using IsListed = std::function<bool(const QString& recordingId)>;

    EncounterJobs(IsListed isListed, QObject* parent = nullptr);

    // Connects the queue (null: none, e.g. without the AI pipeline).
    void setHost(JobsHost* jobs);
    [[nodiscard]] JobsHost* host() const;
    [[nodiscard]] bool isAvailable() const;

    // Another patient (forgets the jobs shown), or the encounter opened.
    void setPatient(const QString& patientId);
    void setEncounter(const QString& encounterId);
    // The recordings listed changed: which transcriptions are this page's is decided again.
    void recordingsChanged();

    [[nodiscard]] const Job& shownJob() const { return m_shownJob; }
    [[nodiscard]] bool hasShownJob() const { return !m_shownJob.id.isEmpty(); }
    // An enqueue, cancel or retry asked for and not answered yet.
    [[nodiscard]] bool isRequestPending() const { return m_requestPending; }
    // A transcription of `recordingId` is queued or running.
    [[nodiscard]] bool isTranscribing(const QString& recordingId) const;
    // A note job of this encounter waits, runs or needs the user: Generate waits.
    [[nodiscard]] bool isGenerating() const { return m_generating; }
    // The shown job's state in plain words ("Transcription · Waiting: offline — runs by itself").
    [[nodiscard]] QString statusText() const;

    void transcribe(const QString& recordingId);
    void generateNote(const QString& templateKey);
    void retryShown();
    void cancelShown();

signals:
    // The shown job, its state or progress, or what may be asked changed.
    void changed();
    void generatingChanged(bool generating);
    // A transcription of this page finished (load its transcript).
    void transcriptionFinished(const QString& recordingId);
    // A note job of this encounter finished (load the notes again).
    void noteFinished();
    // An enqueue, cancel or retry the page asked for did not happen.
    void requestFailed(const QString& message);

private:
    [[nodiscard]] bool isOwn(const Job& job) const;
    void onListed(const std::vector<Job>& jobs);
    void onEnqueued(const Job& job);
    void onProgress(const QString& jobId, int percent);
    void pickShown();
    void setGenerating(bool generating);

    IsListed m_isListed;
    QPointer<JobsHost> m_jobs;
    std::vector<QMetaObject::Connection> m_connections;
    QString m_patientId;
    QString m_encounterId;
    std::vector<Job> m_own;          // this encounter's jobs in the last snapshot, newest first
    QHash<QString, JobState> m_seen; // as last seen, to notice a job finishing
    Job m_shownJob;
    bool m_requestPending = false;
    bool m_generating = false;
    std::int64_t m_openedAt = 0;
};

} // namespace clinicdesk
