#pragma once

#include "audio/Recorder.h"
#include "domain/Encounter.h"
#include "domain/Recording.h"
#include "encounter/EncounterBackend.h"
#include "jobs/Job.h"
#include "util/Error.h"

#include <QHash>
#include <QJsonArray>
#include <QPointer>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QMediaDevices;
class QProgressBar;
class QPushButton;
class QSettings;
class QSlider;
class QTableView;

namespace clinicdesk {

class AudioPlayer;
class InfoBar;
class JobsHost;
class LevelMeter;
class NotePanel;
class RecorderHost;
class RecordingTableModel;
class TranscriptModel;

// One patient's encounter: consent, recording from a microphone, and the
// patient's recordings (play, export, import, discard).
//
// With the AI job queue (setJobsHost()), also: Transcribe for the selected
// recording, the progress of this encounter's newest job (with Retry / Cancel),
// the selected recording's transcript (clicking a segment plays from there), and
// the note (NotePanel: generate, edit, sign, addenda, PDF). When a job of this
// encounter finishes, its transcript or note is shown by itself.
//
// Nothing here waits on the disk, an encoder or a query: encounter and
// recording reads and writes go to the EncounterBackend's thread, capture and
// encoding happen on the Recorder's thread (RecorderHost), and the page only
// sends requests and shows answers and signals.
//
// Shortcuts (while the page is shown): Ctrl+R records, or pauses / resumes a
// recording; Ctrl+Shift+R stops it.
class EncounterPage : public QWidget {
    Q_OBJECT
public:
    // The QSettings key that remembers the chosen microphone (its device id;
    // absent or empty: follow the system default).
    static constexpr const char* kInputDeviceKey = "audio/inputDevice";

    EncounterPage(EncounterBackend& backend, RecorderHost& recorder, QSettings* settings, QWidget* parent = nullptr);
    ~EncounterPage() override;

    // Shows the patient's open encounter (a new one if there is none). Refused
    // (false) while a recording is running.
    bool openPatient(const QString& patientId, const QString& patientName);
    [[nodiscard]] QString patientId() const { return m_patientId; }
    [[nodiscard]] const std::optional<Encounter>& encounter() const { return m_encounter; }
    // A recording is being started, captured, paused or stopped.
    [[nodiscard]] bool isRecordingActive() const;
    [[nodiscard]] Recorder::State recorderState() const { return m_state; }

    [[nodiscard]] RecordingTableModel* model() const { return m_model; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    // The selected recording's id (empty when none).
    [[nodiscard]] QString selectedRecordingId() const;

    // Connects the AI job queue and shows the AI parts of the page (hidden without it:
    // e.g. for roles without clinical access). Null: hides them again.
    void setJobsHost(JobsHost* jobs);
    [[nodiscard]] TranscriptModel* transcriptModel() const { return m_transcriptModel; }
    [[nodiscard]] NotePanel* notePanel() const { return m_notePanel; }
    [[nodiscard]] AudioPlayer* player() const { return m_player; }
    // The job the progress area shows (empty id when none).
    [[nodiscard]] const Job& shownJob() const { return m_shownJob; }

public slots:
    // Ctrl+R: record, or pause / resume a recording.
    void toggleRecording();
    void startRecording();
    void pauseOrResume();
    void stopRecording();
    // Asks for confirmation, then discards the recording in progress or, when
    // nothing is being recorded, the selected recording.
    void discardWithConfirmation();
    void refreshRecordings();
    // Import / export without the file dialogs (the buttons ask for the path).
    void importFrom(const QString& path);
    void exportTo(const QString& path);
    void togglePlayback();
    // Queues a transcription of the selected recording.
    void transcribeSelected();
    // Plays the selected recording from the segment in `row` of the transcript.
    void playSegment(int row);
    // Selects the cited segments ({transcript, index, start_ms, end_ms}) in the transcript
    // and plays from the first.
    void showEvidence(const QJsonArray& segments);

signals:
    void backRequested();
    void recordingActiveChanged(bool active);
    // The answers arrived and are on screen (tests and status updates).
    void encounterShown();
    void recordingsShown(int rows);
    // To the backend (queued: it lives on its own thread).
    void openRequested(const QString& patientId, quint64 token);
    void consentRequested(const QString& encounterId, clinicdesk::Consent consent, quint64 token);
    void listRequested(const QString& patientId, quint64 token);
    void discardRequested(const QString& recordingId, quint64 token);
    void audioRequested(const QString& recordingId, quint64 token);
    void exportRequested(const QString& recordingId, const QString& path, quint64 token);
    void importRequested(const QString& patientId, const QString& encounterId, const QString& path, quint64 token);
    void transcriptRequested(const QString& recordingId, const QString& transcriptId, quint64 token);
    // The transcript of the selected recording is on screen (0 rows: none yet).
    void transcriptShown(int rows);

private:
    void buildUi();
    void connectBackend(EncounterBackend& backend);
    void connectRecorder();
    void populateDevices();
    void onDeviceChosen(int index);
    // The device to start on: empty for the system default.
    [[nodiscard]] QByteArray chosenDeviceId() const;
    void onConsentChosen(int index);
    void showConsent();

    void onEncounterReady(quint64 token, const EncounterView& view);
    void onRecordingsListed(quint64 token, const std::vector<Recording>& recordings);
    void onRecordingDiscarded(quint64 token, const QString& id);
    void onAudioLoaded(quint64 token, const QString& id, const QByteArray& ogg);
    void onExported(quint64 token, const QString& path);
    void onImported(quint64 token, const QString& recordingId);
    void onFailed(quint64 token, const Error& error);

    void onRecorderStarted(const QString& recordingId, const QString& deviceName);
    void onRecorderState(Recorder::State state);
    void onRecorderFinished(const QString& recordingId, qint64 durationMs);
    void onRecorderDiscarded(const QString& recordingId);
    void onRecorderFailed(const Error& error);
    void onDeviceLost(const QString& deviceName);
    void setElapsed(qint64 ms);

    void chooseImportFile();
    void chooseExportFile();
    void discardNow(const QString& recordingId, bool inProgress);
    void stopPlayback();
    void updatePosition(qint64 ms);
    void updateControls();

    // --- AI: transcripts and jobs
    void buildAiUi();
    void requestTranscript(const QString& recordingId, const QString& transcriptId = {});
    void onTranscriptLoaded(quint64 token, const Transcript& transcript);
    void applyPendingEvidence();
    void playFrom(const QString& recordingId, qint64 startMs);
    void onJobsListed(const std::vector<Job>& jobs);
    void onJobEnqueued(const Job& job);
    void onJobProgress(const QString& jobId, int percent);
    [[nodiscard]] bool isOwnJob(const Job& job) const;
    [[nodiscard]] bool isPending(const Job& job) const;
    void showJob();
    [[nodiscard]] QString jobStatusText(const Job& job) const;
    void generateNote(const QString& encounterId, const QString& templateKey);

    QPointer<Recorder> m_recorder;
    QSettings* m_settings;
    QMediaDevices* m_mediaDevices;
    AudioPlayer* m_player;

    QString m_patientId;
    QString m_patientName;
    std::optional<Encounter> m_encounter;
    QString m_consentByName;
    Recorder::State m_state = Recorder::State::Idle;
    bool m_starting = false;
    bool m_wasActive = false;
    QString m_currentRecordingId;
    QString m_selectAfterList;
    QString m_loadedAudioId;

    quint64 m_lastToken = 0;
    quint64 m_openToken = 0;
    quint64 m_consentToken = 0;
    quint64 m_listToken = 0;
    quint64 m_discardToken = 0;
    quint64 m_audioToken = 0;
    quint64 m_exportToken = 0;
    quint64 m_importToken = 0;
    quint64 m_transcriptToken = 0;

    QPointer<JobsHost> m_jobs;
    std::vector<QMetaObject::Connection> m_jobConnections;
    std::vector<Job> m_ownJobs;           // this encounter's jobs in the last snapshot, newest first
    QHash<QString, JobState> m_jobStates; // as last seen, to notice a job finishing
    Job m_shownJob;
    bool m_jobRequestPending = false; // an enqueue / cancel / retry the page asked for
    std::int64_t m_openedAt = 0;
    QString m_transcriptRecordingId; // whose transcript the view shows or is loading
    std::optional<qint64> m_pendingSeekMs;
    struct PendingEvidence {
        QString transcriptId;
        QList<int> indices;
        qint64 startMs = 0;
    };
    std::optional<PendingEvidence> m_pendingEvidence;

    QPushButton* m_back = nullptr;
    QLabel* m_patientLabel = nullptr;
    QLabel* m_encounterLabel = nullptr;
    InfoBar* m_infoBar = nullptr;
    QComboBox* m_consent = nullptr;
    QLabel* m_consentInfo = nullptr;
    QComboBox* m_device = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_discard = nullptr;
    QLabel* m_elapsed = nullptr;
    LevelMeter* m_meter = nullptr;
    QLabel* m_recordHint = nullptr;
    QLabel* m_silence = nullptr;
    QLabel* m_deviceLost = nullptr;
    QTableView* m_view = nullptr;
    RecordingTableModel* m_model = nullptr;
    QPushButton* m_play = nullptr;
    QSlider* m_seek = nullptr;
    QLabel* m_position = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QProgressBar* m_importBusy = nullptr;
    QAction* m_recordAction = nullptr;
    QAction* m_stopAction = nullptr;
    QList<QWidget*> m_aiWidgets; // shown only with a JobsHost
    QWidget* m_transcriptBox = nullptr;
    QWidget* m_noteBox = nullptr;
    QPushButton* m_transcribe = nullptr;
    QWidget* m_jobRow = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QLabel* m_jobStatus = nullptr;
    QPushButton* m_jobRetry = nullptr;
    QPushButton* m_jobCancel = nullptr;
    QTableView* m_transcriptView = nullptr;
    TranscriptModel* m_transcriptModel = nullptr;
    QLabel* m_transcriptEmpty = nullptr;
    NotePanel* m_notePanel = nullptr;
};

} // namespace clinicdesk
