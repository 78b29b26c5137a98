// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audio/Recorder.h"
#include "domain/Encounter.h"
#include "jobs/Job.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QPushButton;
class QSettings;

namespace clinicdesk {

class AudioPlayer;
class EncounterController;
class EncounterService;
class InfoBar;
class JobsHost;
class NotePanel;
class NoteService;
class RecorderHost;
class RecordingTableModel;
class TranscriptModel;

// One patient's encounter: the layout of its panels (consent, recorder, recordings, transcript, job
// status, note) around an EncounterController that holds the state and talks to the services. The page
// itself only places the panels, shows the header and the info bar, and offers the shortcuts: Ctrl+R
// records, or pauses / resumes a recording; Ctrl+Shift+R stops it.
//
// With the AI job queue (setJobsHost()) the transcript, the job status and the note are shown too.
class EncounterPage : public QWidget {
    Q_OBJECT
public:
    EncounterPage(EncounterService& encounters, NoteService& notes, RecorderHost& recorder, QSettings* settings,
                  QWidget* parent = nullptr);
    ~EncounterPage() override;

    [[nodiscard]] EncounterController& controller() const { return *m_controller; }

    // Shows the patient's open encounter (a new one if there is none). Refused
    // (false) while a recording is running.
    bool openPatient(const QString& patientId, const QString& patientName);
    // The encounter of an appointment (Today), or one stored encounter (the patient record); refused
    // (false) while a recording is running.
    bool openAppointment(const QString& appointmentId, const QString& patientId, const QString& patientName);
    bool openEncounter(const QString& encounterId, const QString& patientId, const QString& patientName);
    [[nodiscard]] QString patientId() const;
    [[nodiscard]] const std::optional<Encounter>& encounter() const;
    [[nodiscard]] bool isRecordingActive() const;
    [[nodiscard]] Recorder::State recorderState() const;
    [[nodiscard]] RecordingTableModel* model() const;
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    // The selected recording's id (empty when none).
    [[nodiscard]] QString selectedRecordingId() const;

    // Connects the AI job queue and shows the AI parts of the page (hidden without it:
    // e.g. for roles without clinical access). Null: hides them again.
    void setJobsHost(JobsHost* jobs);
    [[nodiscard]] TranscriptModel* transcriptModel() const;
    [[nodiscard]] NotePanel* notePanel() const { return m_notePanel; }
    [[nodiscard]] AudioPlayer* player() const;
    // The job the job status shows (empty id when none).
    [[nodiscard]] const Job& shownJob() const;

    // The open encounter's note edits not saved yet (for UnsavedWork); restored by restoreNoteEdits().
    [[nodiscard]] std::optional<std::pair<QString, QJsonObject>> unsavedNoteEdits() const;
    // Opens the patient's encounter and puts the edits back into draft `noteId` once it is shown.
    void restoreNoteEdits(const QString& patientId, const QString& patientName, const QString& noteId,
                          const QJsonObject& content);

public slots:
    // Reads the patient's recordings again.
    void refreshRecordings();
    // Import / export without the file dialogs (the buttons ask for the path).
    void importFrom(const QString& path);
    void exportTo(const QString& path);

signals:
    void backRequested();
    void recordingActiveChanged(bool active);
    // The encounter arrived and is on screen (tests and status updates).
    void encounterShown();
    void recordingsShown(int rows);
    // The transcript of the selected recording is on screen (0 rows: none yet).
    void transcriptShown(int rows);

private:
    void showNotice(const QString& message, int kind);
    void updateHeader();

    EncounterController* m_controller;
    QPushButton* m_back;
    QLabel* m_patientLabel;
    QLabel* m_encounterLabel;
    InfoBar* m_infoBar;
    QList<QWidget*> m_aiWidgets; // shown only with a JobsHost
    NotePanel* m_notePanel = nullptr;
};

} // namespace clinicdesk
