// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QGroupBox>

class QAction;
class QComboBox;
class QLabel;
class QMediaDevices;
class QPushButton;
class QSettings;

namespace clinicdesk {

class EncounterController;
class LevelMeter;

// Recording from a microphone: the device, Record / Pause / Resume / Stop / Discard, the level meter, the
// recorded time, and what stands in the way (no consent, the patient declined, no sound, the microphone
// was unplugged). The chosen microphone is remembered in QSettings under kInputDeviceKey.
//
// recordAction() (Ctrl+R: record, or pause / resume) and stopAction() (Ctrl+Shift+R) are for the page to
// add to itself, so they work wherever the focus is on it.
class RecorderPanel : public QGroupBox {
    Q_OBJECT
public:
    // The QSettings key that remembers the chosen microphone (its device id;
    // absent or empty: follow the system default).
    static constexpr const char* kInputDeviceKey = "audio/inputDevice";

    RecorderPanel(EncounterController& controller, QSettings* settings, QWidget* parent = nullptr);

    [[nodiscard]] QAction* recordAction() const { return m_recordAction; }
    [[nodiscard]] QAction* stopAction() const { return m_stopAction; }

public slots:
    // Ctrl+R: record, or pause / resume a recording.
    void toggleRecording();
    void startRecording();
    void pauseOrResume();
    // Asks for confirmation, then discards the recording in progress or, when
    // nothing is being recorded, the selected recording.
    void discardWithConfirmation();

private:
    void populateDevices();
    void onDeviceChosen(int index);
    // The device to start on: empty for the system default.
    [[nodiscard]] QByteArray chosenDeviceId() const;
    void setElapsed(qint64 ms);
    void updateControls();

    EncounterController& m_controller;
    QSettings* m_settings;
    QMediaDevices* m_mediaDevices;
    QComboBox* m_device;
    QPushButton* m_record;
    QPushButton* m_pause;
    QPushButton* m_stop;
    QPushButton* m_discard;
    QLabel* m_elapsed;
    LevelMeter* m_meter;
    QLabel* m_hint;
    QLabel* m_silence;
    QLabel* m_deviceLost;
    QAction* m_recordAction;
    QAction* m_stopAction;
};

} // namespace clinicdesk
