// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/EncounterJobs.h"

#include "jobs/JobStates.h"
#include "jobs/JobsHost.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace clinicdesk {

EncounterJobs::EncounterJobs(IsListed isListed, QObject* parent)
    : QObject(parent)
    , m_isListed(std::move(isListed))
    , m_openedAt(Clock::nowMs()) {}

void EncounterJobs::setHost(JobsHost* jobs) {
    for (const QMetaObject::Connection& c : m_connections) {
        disconnect(c);
    }
    m_connections.clear();
    m_jobs = jobs;
    m_own.clear();
    m_seen.clear();
    m_shownJob = Job{};
    m_requestPending = false;
    if (jobs != nullptr) {
        m_connections.push_back(connect(jobs, &JobsHost::jobsListed, this, &EncounterJobs::onListed));
        m_connections.push_back(connect(jobs, &JobsHost::enqueued, this, &EncounterJobs::onEnqueued));
        m_connections.push_back(connect(jobs, &JobsHost::progressChanged, this, &EncounterJobs::onProgress));
        m_connections.push_back(connect(jobs, &JobsHost::connectivityChanged, this, &EncounterJobs::changed));
        m_connections.push_back(connect(jobs, &JobsHost::failed, this, [this](const Error& error) {
            if (m_requestPending) {
                emit requestFailed(error.message);
                onListed(m_jobs->jobs()); // "generating" and the buttons as the queue has them
            }
        }));
        onListed(jobs->jobs());
    } else {
        setGenerating(false);
    }
    emit changed();
}

JobsHost* EncounterJobs::host() const {
    return m_jobs.data();
}

bool EncounterJobs::isAvailable() const {
    return !m_jobs.isNull();
}

void EncounterJobs::setPatient(const QString& patientId) {
    if (patientId != m_patientId) {
        m_own.clear();
        m_shownJob = Job{};
        m_openedAt = Clock::nowMs();
        m_encounterId.clear();
    }
    m_patientId = patientId;
    emit changed();
}

void EncounterJobs::setEncounter(const QString& encounterId) {
    m_encounterId = encounterId;
    if (m_jobs) {
        onListed(m_jobs->jobs());
    }
}

void EncounterJobs::recordingsChanged() {
    if (m_jobs) {
        onListed(m_jobs->jobs());
    }
}

// A job is this page's when it is about the open encounter or one of the listed recordings.
bool EncounterJobs::isOwn(const Job& job) const {
    if (job.patientId != m_patientId || m_patientId.isEmpty()) {
        return false;
    }
    if (job.kind == JobKind::Note) {
        return !m_encounterId.isEmpty() && job.subjectId == m_encounterId;
    }
    return job.kind == JobKind::Transcribe && m_isListed(job.subjectId);
}

bool EncounterJobs::isTranscribing(const QString& recordingId) const {
    return std::any_of(m_own.begin(), m_own.end(), [&](const Job& job) {
        return job.kind == JobKind::Transcribe && job.subjectId == recordingId && isActive(job.state);
    });
}

void EncounterJobs::transcribe(const QString& recordingId) {
    if (!m_jobs || recordingId.isEmpty()) {
        return;
    }
    m_requestPending = true;
    m_jobs->requestTranscription(recordingId);
    emit changed();
}

void EncounterJobs::generateNote(const QString& templateKey) {
    if (!m_jobs || m_encounterId.isEmpty()) {
        return;
    }
    m_requestPending = true;
    setGenerating(true);
    m_jobs->requestNote(m_encounterId, templateKey);
    emit changed();
}

void EncounterJobs::retryShown() {
    if (m_jobs && hasShownJob()) {
        m_requestPending = true;
        m_jobs->retry(m_shownJob.id);
        emit changed();
    }
}

void EncounterJobs::cancelShown() {
    if (m_jobs && hasShownJob()) {
        m_requestPending = true;
        m_jobs->cancel(m_shownJob.id);
        emit changed();
    }
}

void EncounterJobs::onEnqueued(const Job& job) {
    if (!isOwn(job)) {
        return;
    }
    m_requestPending = false;
    // Known from now on, so its finishing is noticed even if the next snapshot already shows it done.
    if (!m_seen.contains(job.id)) {
        m_seen.insert(job.id, job.state);
    }
    if (std::none_of(m_own.begin(), m_own.end(), [&](const Job& j) { return j.id == job.id; })) {
        m_own.insert(m_own.begin(), job);
    }
    pickShown();
    emit changed();
}

void EncounterJobs::onListed(const std::vector<Job>& jobs) {
    // The host reads the queue again after every enqueue, cancel and retry.
    m_requestPending = false;
    m_own.clear();
    QStringList transcribed;
    bool noteDone = false;
    bool notePending = false;
    for (const Job& job : jobs) { // newest first
        if (!isOwn(job)) {
            continue;
        }
        m_own.push_back(job);
        const auto seen = m_seen.constFind(job.id);
        const bool finishedNow = job.state == JobState::Done &&
                                 (seen != m_seen.constEnd() ? *seen != JobState::Done : job.updatedAt >= m_openedAt);
        m_seen.insert(job.id, job.state);
        if (finishedNow && job.kind == JobKind::Transcribe) {
            transcribed << job.subjectId;
        }
        if (finishedNow && job.kind == JobKind::Note) {
            noteDone = true;
        }
        if (job.kind == JobKind::Note && isPending(job.state)) {
            notePending = true;
        }
    }
    setGenerating(notePending);
    pickShown();
    for (const QString& recordingId : transcribed) {
        emit transcriptionFinished(recordingId);
    }
    if (noteDone) {
        emit noteFinished();
    }
    emit changed();
}

void EncounterJobs::onProgress(const QString& jobId, int percent) {
    if (jobId == m_shownJob.id && !jobId.isEmpty()) {
        m_shownJob.progress = percent;
        m_shownJob.state = JobState::Running;
        emit changed();
    }
}

void EncounterJobs::pickShown() {
    // The newest job still waiting or running, else the newest one.
    const Job* shown = nullptr;
    for (const Job& job : m_own) {
        if (isPending(job.state)) {
            shown = &job;
            break;
        }
    }
    if (shown == nullptr && !m_own.empty()) {
        shown = &m_own.front();
    }
    if (shown == nullptr) {
        m_shownJob = Job{};
        return;
    }
    if (shown->id != m_shownJob.id || shown->state != JobState::Running || shown->progress >= m_shownJob.progress) {
        m_shownJob = *shown;
    } else {
        // A progress signal was newer than the snapshot.
        const int progress = m_shownJob.progress;
        m_shownJob = *shown;
        m_shownJob.progress = progress;
    }
}

void EncounterJobs::setGenerating(bool generating) {
    if (generating != m_generating) {
        m_generating = generating;
        emit generatingChanged(generating);
    }
}

QString EncounterJobs::statusText() const {
    const Job& job = m_shownJob;
    const bool transcription = job.kind == JobKind::Transcribe;
    const QString what = transcription ? tr("Transcription") : tr("Note");
    const JobsHost::Connectivity connectivity = m_jobs ? m_jobs->connectivity() : JobsHost::Connectivity::Online;
    auto waiting = [&]() -> QString {
        if (connectivity == JobsHost::Connectivity::WorkingOffline) {
            return tr("Waiting: working offline — runs when you go back online");
        }
        if (connectivity == JobsHost::Connectivity::Offline) {
            return tr("Waiting: offline — runs by itself");
        }
        return {};
    };
    QString state;
    switch (job.state) {
    case JobState::Queued:
        state = waiting();
        if (state.isEmpty()) {
            state = tr("Waiting to start");
        }
        break;
    case JobState::Running:
        state = (transcription ? tr("Transcribing… %1%") : tr("Writing the note… %1%")).arg(job.progress);
        break;
    case JobState::WaitingRetry:
        state = waiting();
        if (state.isEmpty()) {
            const QString when = job.nextAttemptAt
                                     ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*job.nextAttemptAt).time(),
                                                          QLocale::ShortFormat)
                                     : QString();
            state = job.lastError.isEmpty() ? tr("Waiting: tries again at %1 by itself").arg(when)
                                            : tr("Waiting: tries again at %1 by itself — %2").arg(when, job.lastError);
        }
        break;
    case JobState::NeedsUser:
        state = tr("Needs you: %1").arg(job.lastError.isEmpty() ? tr("see the AI settings") : job.lastError);
        break;
    case JobState::Failed:
        state = tr("Failed: %1").arg(job.lastError.isEmpty() ? tr("no reason given") : job.lastError);
        break;
    case JobState::Done:
        state = transcription ? tr("Transcript ready") : tr("Note ready");
        break;
    case JobState::Cancelled:
        state = tr("Cancelled");
        break;
    }
    return tr("%1 · %2").arg(what, state);
}

} // namespace clinicdesk
