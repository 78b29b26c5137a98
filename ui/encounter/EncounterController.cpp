// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/EncounterController.h"

#include "encounter/EncounterJobs.h"
#include "encounter/EncounterPlayback.h"
#include "encounter/RecorderHost.h"
#include "encounter/RecordingTableModel.h"
#include "encounter/TranscriptModel.h"
#include "services/EncounterService.h"

#include <QDir>
#include <QJsonObject>

#include <algorithm>
#include <limits>

namespace clinicdesk {

EncounterController::EncounterController(EncounterService& encounters, NoteService& notes, RecorderHost& recorder,
                                         QObject* parent)
    : QObject(parent)
    , m_encounters(encounters)
    , m_notes(notes)
    , m_recorder(recorder)
    , m_recordings(new RecordingTableModel(this))
    , m_transcript(new TranscriptModel(this))
    , m_playback(new EncounterPlayback(encounters, this))
    , m_jobs(new EncounterJobs([this](const QString& id) { return m_recordings->rowOf(id) >= 0; }, this)) {
    connect(&m_recorder, &RecorderHost::started, this,
            [this](const QString& recordingId, const QString&) { onRecorderStarted(recordingId); });
    connect(&m_recorder, &RecorderHost::stateChanged, this, &EncounterController::onRecorderState);
    connect(&m_recorder, &RecorderHost::levels, this, &EncounterController::levels);
    connect(&m_recorder, &RecorderHost::elapsed, this, &EncounterController::onElapsed);
    connect(&m_recorder, &RecorderHost::silenceChanged, this, &EncounterController::silenceChanged);
    connect(&m_recorder, &RecorderHost::deviceLost, this, [this](const QString& device) {
        emit deviceLost(device);
        emit changed();
    });
    connect(&m_recorder, &RecorderHost::finished, this, &EncounterController::onRecorderFinished);
    connect(&m_recorder, &RecorderHost::discarded, this, &EncounterController::onRecorderDiscarded);
    connect(&m_recorder, &RecorderHost::failed, this, [this](const Error& error) {
        m_starting = false;
        notify(error.message, Notice::Error);
        updateActive();
    });

    connect(m_playback, &EncounterPlayback::changed, this, &EncounterController::changed);
    connect(m_playback, &EncounterPlayback::failed, this,
            [this](const QString& message) { notify(message, Notice::Error); });

    connect(m_jobs, &EncounterJobs::changed, this, &EncounterController::changed);
    connect(m_jobs, &EncounterJobs::noteFinished, this, &EncounterController::noteJobFinished);
    connect(m_jobs, &EncounterJobs::requestFailed, this,
            [this](const QString& message) { notify(message, Notice::Error); });
    connect(m_jobs, &EncounterJobs::transcriptionFinished, this, [this](const QString& recordingId) {
        if (recordingId == m_selectedId) {
            ensureTranscript(true);
        }
    });
}

EncounterController::~EncounterController() = default;

// --- patient, encounter and consent ---------------------------------------------------------------

bool EncounterController::openPatient(const QString& patientId, const QString& patientName) {
    if (!switchPatient(patientId, patientName)) {
        return false;
    }
    m_encounters.openForPatient(this, patientId, [this](const Result<EncounterView>& view) { onEncounter(view); });
    return true;
}

bool EncounterController::openAppointment(const QString& appointmentId, const QString& patientId,
                                          const QString& patientName) {
    if (!switchPatient(patientId, patientName)) {
        return false;
    }
    m_encounters.openForAppointment(this, appointmentId,
                                    [this](const Result<EncounterView>& view) { onEncounter(view); });
    return true;
}

bool EncounterController::openEncounter(const QString& encounterId, const QString& patientId,
                                        const QString& patientName) {
    if (!switchPatient(patientId, patientName)) {
        return false;
    }
    m_encounters.openEncounter(this, encounterId, [this](const Result<EncounterView>& view) { onEncounter(view); });
    return true;
}

bool EncounterController::switchPatient(const QString& patientId, const QString& patientName) {
    if (isRecordingActive()) {
        return false;
    }
    if (patientId != m_patientId) {
        m_playback->stop();
        m_selectedId.clear();
        m_recordings->setRecordings({});
        m_encounter.reset();
        m_consentByName.clear();
        m_transcript->clear();
        m_transcriptRecordingId.clear();
        m_transcriptLoading = false;
        m_transcriptNotice.clear();
        m_pendingEvidence.reset();
        m_jobs->setPatient(patientId);
        emit dismissNotice();
        emit elapsedChanged(0);
        emit patientChanged();
    }
    m_patientId = patientId;
    m_patientName = patientName;
    refreshRecordings();
    emit changed();
    return true;
}

void EncounterController::onEncounter(const Result<EncounterView>& view) {
    if (!view) {
        notify(view.error().message, Notice::Error);
        emit changed();
        return;
    }
    if (view->encounter.patientId != m_patientId) {
        return; // the user has moved on to another patient
    }
    m_encounter = view->encounter;
    m_consentByName = view->consentByName;
    m_jobs->setEncounter(m_encounter->id);
    emit encounterChanged();
    emit changed();
}

void EncounterController::recordConsent(Consent consent) {
    if (!m_encounter || m_savingConsent || m_encounter->consent == consent || isRecordingActive()) {
        return;
    }
    m_savingConsent = true;
    m_encounters.recordConsent(this, m_encounter->id, consent, [this](const Result<EncounterView>& view) {
        m_savingConsent = false;
        if (!view) {
            notify(view.error().message, Notice::Error);
            emit encounterChanged(); // the consent shown goes back to what is stored
            emit changed();
            return;
        }
        onEncounter(view);
    });
    emit changed();
}

// --- the recorder ---------------------------------------------------------------------------------

bool EncounterController::mayRecord() const {
    return m_recorder.isAvailable() && m_encounter && m_encounter->consent.has_value() && m_encounter->mayRecord() &&
           !m_savingConsent;
}

void EncounterController::startRecording(const QByteArray& deviceId) {
    if (!mayRecord() || isRecordingActive()) {
        return;
    }
    m_playback->stop();
    m_starting = true;
    emit dismissNotice();
    emit silenceChanged(false);
    emit elapsedChanged(0);
    m_recorder.start(m_encounter->id, deviceId);
    updateActive();
}

void EncounterController::pause() {
    if (m_state == Recorder::State::Recording) {
        m_recorder.pause();
    }
}

void EncounterController::resume(const QByteArray& deviceId) {
    if (m_state == Recorder::State::Paused || m_state == Recorder::State::DeviceLost) {
        m_recorder.resume(deviceId);
    }
}

void EncounterController::stopRecording() {
    if (m_state != Recorder::State::Idle) {
        m_recorder.stop();
    }
}

void EncounterController::onRecorderStarted(const QString& recordingId) {
    m_starting = false;
    m_currentRecordingId = recordingId;
    m_selectAfterList = recordingId;
    refreshRecordings();
    updateActive();
}

void EncounterController::onRecorderState(Recorder::State state) {
    m_state = state;
    if (state == Recorder::State::Idle) {
        emit silenceChanged(false);
    }
    updateActive();
}

void EncounterController::onElapsed(qint64 ms) {
    // The recording in progress shows its length so far in the list too.
    m_recordings->setLiveDuration(m_currentRecordingId, ms);
    emit elapsedChanged(ms);
}

void EncounterController::onRecorderFinished(const QString& recordingId, qint64 durationMs) {
    emit elapsedChanged(durationMs);
    m_currentRecordingId.clear();
    m_recordings->setLiveDuration({}, 0);
    m_selectAfterList = recordingId;
    refreshRecordings();
}

void EncounterController::onRecorderDiscarded(const QString& recordingId) {
    if (m_currentRecordingId == recordingId) {
        m_currentRecordingId.clear();
    }
    emit elapsedChanged(0);
    notify(tr("The recording was discarded."));
    refreshRecordings();
}

void EncounterController::updateActive() {
    const bool active = isRecordingActive();
    if (active != m_wasActive) {
        m_wasActive = active;
        emit recordingActiveChanged(active);
    }
    emit changed();
}

void EncounterController::discard(const QString& recordingId, bool inProgress) {
    if (inProgress) {
        // Only if it is still the same recording: it may have stopped meanwhile.
        if (m_state != Recorder::State::Idle && recordingId == m_currentRecordingId) {
            m_recorder.discard();
            return;
        }
        if (recordingId.isEmpty()) {
            return;
        }
    }
    if (m_discarding) {
        return;
    }
    if (m_playback->loadedId() == recordingId) {
        m_playback->stop();
    }
    m_discarding = true;
    m_encounters.discardRecording(this, recordingId, [this](Status discarded) {
        m_discarding = false;
        if (!discarded) {
            notify(discarded.error().message, Notice::Error);
            emit changed();
            return;
        }
        notify(tr("The recording was discarded."));
        refreshRecordings();
    });
    emit changed();
}

// --- the list -------------------------------------------------------------------------------------

const Recording* EncounterController::selectedRecording() const {
    return m_recordings->recordingAt(m_recordings->rowOf(m_selectedId));
}

bool EncounterController::isSelectedFinished() const {
    const Recording* selected = selectedRecording();
    return selected != nullptr && selected->state != RecordingState::Recording;
}

void EncounterController::refreshRecordings() {
    if (m_patientId.isEmpty()) {
        return;
    }
    m_encounters.listRecordings(this, m_patientId, [this](Result<std::vector<Recording>> recordings) {
        if (!recordings) {
            notify(recordings.error().message, Notice::Error);
            return;
        }
        onRecordingsListed(std::move(*recordings));
    });
}

void EncounterController::onRecordingsListed(std::vector<Recording> recordings) {
    const QString keep = m_selectAfterList.isEmpty() ? m_selectedId : m_selectAfterList;
    m_selectAfterList.clear();
    m_recordings->setRecordings(std::move(recordings));
    int row = m_recordings->rowOf(keep);
    if (row < 0 && m_recordings->rowCount() > 0) {
        row = 0;
    }
    const Recording* chosen = m_recordings->recordingAt(row);
    // The list was replaced: the panels select the row again, whether or not the id changed.
    m_selectedId.clear();
    selectRecording(chosen != nullptr ? chosen->id : QString());
    m_jobs->recordingsChanged();
    emit changed();
    emit recordingsShown(m_recordings->rowCount());
}

void EncounterController::selectRecording(const QString& recordingId) {
    if (recordingId != m_selectedId) {
        m_selectedId = recordingId;
        if (m_playback->loadedId() != recordingId) {
            m_playback->stop();
        }
        emit selectionChanged(recordingId);
    }
    ensureTranscript();
    emit changed();
}

// --- import and export ----------------------------------------------------------------------------

void EncounterController::importFrom(const QString& path) {
    if (!m_encounter || m_importing) {
        return;
    }
    m_importing = true;
    m_encounters.importFile(this, m_patientId, m_encounter->id, path, [this](Result<QString> recordingId) {
        m_importing = false;
        if (!recordingId) {
            emit importFailed(recordingId.error().message);
            emit changed();
            return;
        }
        notify(tr("The file was imported."));
        m_selectAfterList = *recordingId;
        refreshRecordings();
        emit changed();
    });
    emit changed();
}

void EncounterController::exportTo(const QString& path) {
    if (m_selectedId.isEmpty() || m_exporting) {
        return;
    }
    m_exporting = true;
    m_encounters.exportAudio(this, m_selectedId, path, [this, path](Status exported) {
        m_exporting = false;
        if (!exported) {
            notify(exported.error().message, Notice::Error);
        } else {
            notify(tr("The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when "
                      "done.")
                       .arg(QDir::toNativeSeparators(path)),
                   Notice::Warning);
        }
        emit changed();
    });
    emit changed();
}

// --- playback and the transcript ------------------------------------------------------------------

void EncounterController::togglePlayback() {
    if (m_playback->isPlaying()) {
        m_playback->toggle(m_selectedId);
        return;
    }
    if (m_selectedId.isEmpty() || !isSelectedFinished() || m_playback->isLoading() || isRecordingActive()) {
        return; // nothing selected, still being recorded, or a recording is running
    }
    m_playback->toggle(m_selectedId);
}

void EncounterController::ensureTranscript(bool force) {
    if (!isAiAvailable()) {
        return;
    }
    if (m_selectedId.isEmpty()) {
        if (!m_pendingEvidence) {
            requestTranscript({});
        }
        return;
    }
    if (force || m_transcriptRecordingId != m_selectedId) {
        requestTranscript(m_selectedId);
    }
}

void EncounterController::requestTranscript(const QString& recordingId, const QString& transcriptId) {
    m_transcriptRecordingId = recordingId;
    if (recordingId.isEmpty() && transcriptId.isEmpty()) {
        m_transcriptLoading = false;
        m_transcript->clear();
        m_transcriptNotice = tr("Select a recording to see its transcript.");
        emit changed();
        emit transcriptShown(0);
        return;
    }
    m_transcriptLoading = true;
    m_encounters.loadTranscript(this, recordingId, transcriptId, [this](Result<Transcript> transcript) {
        m_transcriptLoading = false;
        if (!transcript) {
            m_pendingEvidence.reset();
            notify(transcript.error().message, Notice::Error);
            emit changed();
            return;
        }
        onTranscript(*transcript);
    });
    emit changed();
}

void EncounterController::onTranscript(const Transcript& transcript) {
    m_transcriptRecordingId = transcript.recordingId;
    m_transcript->setTranscript(transcript);
    if (transcript.id.isEmpty()) {
        m_transcriptNotice = tr("No transcript yet: press Transcribe.");
    } else if (transcript.segments.empty()) {
        m_transcriptNotice = tr("The transcript has no timed segments.");
    } else {
        m_transcriptNotice.clear();
    }
    // Evidence from another recording: show that recording too (its transcript is already here).
    if (m_pendingEvidence && m_selectedId != transcript.recordingId &&
        m_recordings->rowOf(transcript.recordingId) >= 0) {
        selectRecording(transcript.recordingId);
    }
    applyPendingEvidence();
    emit changed();
    emit transcriptShown(m_transcript->rowCount());
}

void EncounterController::playSegment(int row) {
    const TranscriptSegmentRow* segment = m_transcript->segmentAt(row);
    if (segment != nullptr) {
        playFrom(m_transcript->transcript().recordingId, segment->startMs);
    }
}

void EncounterController::playFrom(const QString& recordingId, qint64 startMs) {
    if (recordingId.isEmpty() || isRecordingActive()) {
        return;
    }
    if (m_selectedId != recordingId) {
        if (m_recordings->rowOf(recordingId) < 0) {
            notify(tr("That recording is not in this patient's list."), Notice::Warning);
            return;
        }
        selectRecording(recordingId); // stops what was playing
    }
    m_playback->playFrom(recordingId, startMs);
}

void EncounterController::showEvidence(const QJsonArray& segments) {
    if (segments.isEmpty()) {
        return;
    }
    PendingEvidence evidence;
    evidence.transcriptId = segments.first().toObject().value(QStringLiteral("transcript")).toString();
    evidence.startMs = std::numeric_limits<qint64>::max();
    for (const QJsonValue& value : segments) {
        const QJsonObject segment = value.toObject();
        if (segment.value(QStringLiteral("transcript")).toString() != evidence.transcriptId) {
            continue; // the first transcript's segments: one recording plays at a time
        }
        evidence.indices << segment.value(QStringLiteral("index")).toInt();
        evidence.startMs =
            std::min<qint64>(evidence.startMs, qint64(segment.value(QStringLiteral("start_ms")).toDouble()));
    }
    m_pendingEvidence = evidence;
    if (m_transcript->transcript().id == evidence.transcriptId && !m_transcriptLoading) {
        applyPendingEvidence();
        return;
    }
    requestTranscript(QString(), evidence.transcriptId);
}

void EncounterController::applyPendingEvidence() {
    if (!m_pendingEvidence || m_transcript->transcript().id != m_pendingEvidence->transcriptId) {
        return;
    }
    const PendingEvidence evidence = *m_pendingEvidence;
    m_pendingEvidence.reset();
    QList<int> rows;
    for (int index : evidence.indices) {
        if (const int row = m_transcript->rowOfSegment(index); row >= 0) {
            rows << row;
        }
    }
    std::sort(rows.begin(), rows.end());
    emit transcriptRowsRequested(rows);
    playFrom(m_transcript->transcript().recordingId, evidence.startMs);
}

// --- AI jobs --------------------------------------------------------------------------------------

void EncounterController::setJobsHost(JobsHost* jobs) {
    m_jobs->setHost(jobs);
    if (jobs != nullptr) {
        ensureTranscript(true);
    } else {
        m_transcript->clear();
        m_transcriptRecordingId.clear();
    }
    emit encounterChanged(); // the note panel follows the AI's availability
    emit changed();
}

bool EncounterController::isAiAvailable() const {
    return m_jobs->isAvailable();
}

void EncounterController::transcribeSelected() {
    if (!isAiAvailable() || !isSelectedFinished() || m_jobs->isTranscribing(m_selectedId) ||
        m_jobs->isRequestPending()) {
        return;
    }
    m_jobs->transcribe(m_selectedId);
}

// --- notes ----------------------------------------------------------------------------------------

void EncounterController::listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done) {
    m_notes.listTemplates(context, std::move(done));
}

void EncounterController::loadNotes(QObject* context, std::function<void(Result<EncounterNotes>)> done) {
    if (m_encounter) {
        m_notes.loadNotes(context, m_encounter->id, std::move(done));
    }
}

void EncounterController::saveNote(QObject* context, const QString& noteId, const QJsonObject& content,
                                   std::function<void(Result<EncounterNotes>)> done) {
    m_notes.saveNote(context, noteId, content, std::move(done));
}

void EncounterController::signNote(QObject* context, const QString& noteId, const QJsonObject& content, bool saveFirst,
                                   std::function<void(Result<EncounterNotes>)> done) {
    m_notes.signNote(context, noteId, content, saveFirst, std::move(done));
}

void EncounterController::addAddendum(QObject* context, const QString& signedNoteId, const QJsonObject& content,
                                      std::function<void(Result<EncounterNotes>)> done) {
    m_notes.addAddendum(context, signedNoteId, content, std::move(done));
}

void EncounterController::exportNotePdf(QObject* context, const QString& noteId, const QString& path, bool replace,
                                        std::function<void(Status)> done) {
    m_notes.exportPdf(context, noteId, path, replace, std::move(done));
}

void EncounterController::notify(const QString& message, Notice kind) {
    emit notice(message, kind);
}

} // namespace clinicdesk
