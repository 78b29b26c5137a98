// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QTableView;

namespace clinicdesk {

class EncounterController;

// The patient's recordings: the list, playback of the selected one (play / pause, seek, position),
// Transcribe (with the AI job queue), Export (an unencrypted Ogg Opus file, at the user's request) and
// Import (an audio file into this encounter).
class RecordingsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit RecordingsPanel(EncounterController& controller, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }

private:
    void chooseImportFile();
    void chooseExportFile();
    void showImportError(const QString& message);
    void selectRow(const QString& recordingId);
    void setDuration(qint64 ms);
    void updatePosition(qint64 ms);
    void updateControls();

    EncounterController& m_controller;
    QTableView* m_view;
    QPushButton* m_play;
    QSlider* m_seek;
    QLabel* m_position;
    QPushButton* m_transcribe;
    QPushButton* m_export;
    QPushButton* m_import;
    QProgressBar* m_importBusy;
    bool m_selecting = false; // the controller's choice is being shown
};

} // namespace clinicdesk
