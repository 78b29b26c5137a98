// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audio/Recorder.h"
#include "domain/Encounter.h"
#include "domain/Recording.h"
#include "services/NoteService.h"
#include "util/Error.h"

#include <QJsonArray>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace clinicdesk {

class EncounterJobs;
class EncounterPlayback;
class EncounterService;
class JobsHost;
class RecorderHost;
class RecordingTableModel;
class TranscriptModel;
struct EncounterView;
struct Transcript;

// The state of one patient's encounter on screen, and the only thing its panels talk to: the patient and
// the open encounter, consent, the recorder (through RecorderHost), the patient's recordings and the
// selected one, playback, the selected recording's transcript, the encounter's AI jobs and the calls the
// note panel makes. Reads and writes go through the EncounterService and NoteService to the vault
// workers; nothing here waits on the disk, an encoder or a query. Panels call its methods and redraw on
// changed() and the more specific signals.
class EncounterController : public QObject {
    Q_OBJECT
public:
    enum class Notice { Information, Warning, Error };
    Q_ENUM(Notice)

    EncounterController(EncounterService& encounters, NoteService& notes, RecorderHost& recorder,
                        QObject* parent = nullptr);
    ~EncounterController() override;

    // --- patient, encounter and consent
    // Shows the patient's open encounter (a new one if there is none). Refused (false) while a
    // recording is running.
    bool openPatient(const QString& patientId, const QString& patientName);
    // Shows the encounter of an appointment (opened the first time; the appointment becomes in progress).
    // Refused (false) while a recording is running.
    bool openAppointment(const QString& appointmentId, const QString& patientId, const QString& patientName);
    // Shows one stored encounter of the patient. Refused (false) while a recording is running.
    bool openEncounter(const QString& encounterId, const QString& patientId, const QString& patientName);
    [[nodiscard]] QString patientId() const { return m_patientId; }
    [[nodiscard]] QString patientName() const { return m_patientName; }
    [[nodiscard]] const std::optional<Encounter>& encounter() const { return m_encounter; }
    [[nodiscard]] QString consentByName() const { return m_consentByName; }
    [[nodiscard]] bool isSavingConsent() const { return m_savingConsent; }
    void recordConsent(Consent consent);

    // --- the recorder
    [[nodiscard]] Recorder::State recorderState() const { return m_state; }
    // A recording is being started, captured, paused or stopped.
    [[nodiscard]] bool isRecordingActive() const { return m_starting || m_state != Recorder::State::Idle; }
    [[nodiscard]] bool isStarting() const { return m_starting; }
    [[nodiscard]] QString currentRecordingId() const { return m_currentRecordingId; }
    // Consent is recorded, the patient agreed, and the recorder is there.
    [[nodiscard]] bool mayRecord() const;
    // `deviceId` empty: the system default.
    void startRecording(const QByteArray& deviceId);
    void pause();
    void resume(const QByteArray& deviceId);
    void stopRecording();
    // The recording in progress (when `inProgress` and it is still `recordingId`) or a stored one.
    void discard(const QString& recordingId, bool inProgress);

    // --- the patient's recordings
    [[nodiscard]] RecordingTableModel* recordings() const { return m_recordings; }
    [[nodiscard]] QString selectedRecordingId() const { return m_selectedId; }
    [[nodiscard]] const Recording* selectedRecording() const;
    // The selected recording is finished (it can be played, exported, transcribed, discarded).
    [[nodiscard]] bool isSelectedFinished() const;
    void selectRecording(const QString& recordingId);
    void refreshRecordings();
    [[nodiscard]] bool isDiscarding() const { return m_discarding; }
    [[nodiscard]] bool isImporting() const { return m_importing; }
    [[nodiscard]] bool isExporting() const { return m_exporting; }
    void importFrom(const QString& path);
    void exportTo(const QString& path);

    // --- playback and the transcript
    [[nodiscard]] EncounterPlayback& playback() const { return *m_playback; }
    void togglePlayback();
    [[nodiscard]] TranscriptModel* transcript() const { return m_transcript; }
    [[nodiscard]] bool isTranscriptLoading() const { return m_transcriptLoading; }
    // What the transcript area says instead of segments (empty when it shows them).
    [[nodiscard]] QString transcriptNotice() const { return m_transcriptNotice; }
    // Plays the selected recording from the segment in `row` of the transcript.
    void playSegment(int row);
    // Selects the cited segments ({transcript, index, start_ms, end_ms}) and plays from the first.
    void showEvidence(const QJsonArray& segments);

    // --- AI jobs
    // Connects the AI job queue (null: none; the AI parts of the page are hidden).
    void setJobsHost(JobsHost* jobs);
    [[nodiscard]] EncounterJobs& jobs() const { return *m_jobs; }
    [[nodiscard]] bool isAiAvailable() const;
    void transcribeSelected();

    // --- the note panel's reads and writes (its own view state stays in the panel)
    void listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done);
    void loadNotes(QObject* context, std::function<void(Result<EncounterNotes>)> done);
    void saveNote(QObject* context, const QString& noteId, const QJsonObject& content,
                  std::function<void(Result<EncounterNotes>)> done);
    void signNote(QObject* context, const QString& noteId, const QJsonObject& content, bool saveFirst,
                  std::function<void(Result<EncounterNotes>)> done);
    void addAddendum(QObject* context, const QString& signedNoteId, const QJsonObject& content,
                     std::function<void(Result<EncounterNotes>)> done);
    void exportNotePdf(QObject* context, const QString& noteId, const QString& path, bool replace,
                       std::function<void(Status)> done);
    // For dialogs opened from the note panel (the referral letter).
    [[nodiscard]] NoteService& noteService() const { return m_notes; }
    // Shows a message in the page's info bar.
    void notify(const QString& message, clinicdesk::EncounterController::Notice kind = Notice::Information);

signals:
    // Whatever the panels' buttons depend on may have changed.
    void changed();
    // Another patient was opened (panels clear what they show).
    void patientChanged();
    // The encounter (or its consent) arrived.
    void encounterChanged();
    void recordingsShown(int rows);
    void selectionChanged(const QString& recordingId);
    void transcriptShown(int rows);
    // Rows of the transcript to select (evidence), the first to scroll to.
    void transcriptRowsRequested(const QList<int>& rows);
    void levels(float peakDb, float rmsDb);
    void elapsedChanged(qint64 ms);
    void silenceChanged(bool silent);
    void deviceLost(const QString& deviceName);
    void recordingActiveChanged(bool active);
    void notice(const QString& message, clinicdesk::EncounterController::Notice kind);
    void dismissNotice();
    void importFailed(const QString& message);
    // A note job of this encounter finished: the note panel reads the notes again.
    void noteJobFinished();

private:
    // Clears what belonged to the previous patient; false while a recording is running.
    bool switchPatient(const QString& patientId, const QString& patientName);
    void onEncounter(const Result<EncounterView>& view);
    void onRecordingsListed(std::vector<Recording> recordings);
    void onRecorderStarted(const QString& recordingId);
    void onRecorderState(Recorder::State state);
    void onRecorderFinished(const QString& recordingId, qint64 durationMs);
    void onRecorderDiscarded(const QString& recordingId);
    void onElapsed(qint64 ms);
    // Loads the selected recording's transcript unless it is shown or on its way (`force`: again).
    void ensureTranscript(bool force = false);
    void requestTranscript(const QString& recordingId, const QString& transcriptId = {});
    void onTranscript(const Transcript& transcript);
    void applyPendingEvidence();
    void playFrom(const QString& recordingId, qint64 startMs);
    void updateActive();

    EncounterService& m_encounters;
    NoteService& m_notes;
    RecorderHost& m_recorder;
    RecordingTableModel* m_recordings;
    TranscriptModel* m_transcript;
    EncounterPlayback* m_playback;
    EncounterJobs* m_jobs;

    QString m_patientId;
    QString m_patientName;
    std::optional<Encounter> m_encounter;
    QString m_consentByName;
    bool m_savingConsent = false;

    Recorder::State m_state = Recorder::State::Idle;
    bool m_starting = false;
    bool m_wasActive = false;
    QString m_currentRecordingId;

    QString m_selectedId;
    QString m_selectAfterList;
    bool m_discarding = false;
    bool m_importing = false;
    bool m_exporting = false;

    QString m_transcriptRecordingId; // whose transcript is shown or loading
    bool m_transcriptLoading = false;
    QString m_transcriptNotice;
    struct PendingEvidence {
        QString transcriptId;
        QList<int> indices;
        qint64 startMs = 0;
    };
    std::optional<PendingEvidence> m_pendingEvidence;
};

} // namespace clinicdesk
