// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/RecorderPanel.h"

#include "encounter/EncounterController.h"
#include "encounter/LevelMeter.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace clinicdesk {

namespace {

QString hhmmss(qint64 ms) {
    const qint64 total = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600, 2, 10, QLatin1Char('0'))
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

QLabel* messageLabel(const QString& objectName, const QString& style, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { %1 color: #1f1f1f; border-radius: 4px; padding: 6px; }").arg(style));
    label->hide();
    return label;
}

} // namespace

RecorderPanel::RecorderPanel(EncounterController& controller, QSettings* settings, QWidget* parent)
    : QGroupBox(tr("Recording"), parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_mediaDevices(new QMediaDevices(this))
    , m_device(new QComboBox(this))
    , m_record(new QPushButton(QIcon::fromTheme(QStringLiteral("media-record")), tr("Record"), this))
    , m_pause(new QPushButton(tr("Pause"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_discard(new QPushButton(tr("Discard…"), this))
    , m_elapsed(new QLabel(hhmmss(0), this))
    , m_meter(new LevelMeter(this))
    , m_hint(new QLabel(this))
    , m_recordAction(new QAction(tr("Record / Pause / Resume"), this))
    , m_stopAction(new QAction(tr("Stop recording"), this)) {
    setObjectName(QStringLiteral("recorderPanel"));
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setAccessibleName(tr("Microphone"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setAccessibleName(tr("Recorded time"));
    QFont timeFont = m_elapsed->font();
    timeFont.setFamily(QStringLiteral("monospace"));
    timeFont.setStyleHint(QFont::Monospace);
    timeFont.setPointSizeF(timeFont.pointSizeF() * 1.3);
    m_elapsed->setFont(timeFont);

    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString recordKeys = m_recordAction->shortcut().toString(QKeySequence::NativeText);
    m_record->setToolTip(tr("Start recording (%1)").arg(recordKeys));
    m_pause->setToolTip(tr("Pause or resume the recording (%1)").arg(recordKeys));
    m_stop->setToolTip(
        tr("Stop and save the recording (%1)").arg(m_stopAction->shortcut().toString(QKeySequence::NativeText)));
    m_discard->setToolTip(tr("Delete the recording in progress or the selected recording"));

    m_hint->setObjectName(QStringLiteral("recordHintLabel"));
    m_hint->setWordWrap(true);
    m_silence = messageLabel(QStringLiteral("silenceWarning"),
                             QStringLiteral("background: #fff4d6; border: 1px solid #e0b84a;"), this);
    m_silence->setText(tr("No sound: check the microphone"));
    m_deviceLost = messageLabel(QStringLiteral("deviceLostMessage"),
                                QStringLiteral("background: #fbe6e6; border: 1px solid #dc8c8c;"), this);
    m_deviceLost->setText(tr("The microphone was disconnected. The recording so far is saved; choose another "
                             "microphone and press Resume."));

    auto* deviceRow = new QHBoxLayout;
    auto* deviceLabel = new QLabel(tr("&Microphone:"), this);
    deviceLabel->setBuddy(m_device);
    deviceRow->addWidget(deviceLabel);
    deviceRow->addWidget(m_device, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_elapsed);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(deviceRow);
    layout->addLayout(buttons);
    layout->addWidget(m_meter);
    layout->addWidget(m_hint);
    layout->addWidget(m_silence);
    layout->addWidget(m_deviceLost);

    connect(m_device, &QComboBox::currentIndexChanged, this, &RecorderPanel::onDeviceChosen);
    connect(m_record, &QPushButton::clicked, this, &RecorderPanel::startRecording);
    connect(m_pause, &QPushButton::clicked, this, &RecorderPanel::pauseOrResume);
    connect(m_stop, &QPushButton::clicked, &m_controller, &EncounterController::stopRecording);
    connect(m_discard, &QPushButton::clicked, this, &RecorderPanel::discardWithConfirmation);
    connect(m_recordAction, &QAction::triggered, this, &RecorderPanel::toggleRecording);
    connect(m_stopAction, &QAction::triggered, &m_controller, &EncounterController::stopRecording);
    connect(m_mediaDevices, &QMediaDevices::audioInputsChanged, this, &RecorderPanel::populateDevices);

    connect(&m_controller, &EncounterController::levels, m_meter, &LevelMeter::setLevels);
    connect(&m_controller, &EncounterController::elapsedChanged, this, &RecorderPanel::setElapsed);
    connect(&m_controller, &EncounterController::silenceChanged, m_silence, &QWidget::setVisible);
    connect(&m_controller, &EncounterController::deviceLost, this, [this] {
        m_deviceLost->show();
        populateDevices();
    });
    connect(&m_controller, &EncounterController::changed, this, &RecorderPanel::updateControls);
    populateDevices();
    updateControls();
}

void RecorderPanel::populateDevices() {
    const QSignalBlocker blocker(m_device);
    const QByteArray wanted =
        m_settings ? m_settings->value(QLatin1String(kInputDeviceKey)).toByteArray() : QByteArray();
    m_device->clear();
    const QAudioDevice fallback = QMediaDevices::defaultAudioInput();
    m_device->addItem(fallback.isNull() ? tr("System default") : tr("System default (%1)").arg(fallback.description()),
                      QByteArray());
    const auto inputs = QMediaDevices::audioInputs();
    for (const QAudioDevice& device : inputs) {
        m_device->addItem(device.description(), device.id());
    }
    // A remembered microphone that is unplugged now: show the default, keep the choice for later.
    const int index = wanted.isEmpty() ? 0 : m_device->findData(wanted);
    m_device->setCurrentIndex(std::max(0, index));
    if (inputs.isEmpty()) {
        m_device->setToolTip(tr("No microphone found. Connect one to record."));
    } else {
        m_device->setToolTip(tr("The microphone to record from; “System default” follows the system's choice."));
    }
}

void RecorderPanel::onDeviceChosen(int index) {
    if (m_settings && index >= 0) {
        m_settings->setValue(QLatin1String(kInputDeviceKey), m_device->itemData(index).toByteArray());
    }
}

QByteArray RecorderPanel::chosenDeviceId() const {
    return m_device->currentData().toByteArray();
}

void RecorderPanel::toggleRecording() {
    if (m_record->isEnabled()) {
        startRecording();
    } else if (m_pause->isEnabled()) {
        pauseOrResume();
    }
}

void RecorderPanel::startRecording() {
    if (!m_controller.mayRecord() || m_controller.isRecordingActive()) {
        return;
    }
    m_silence->hide();
    m_deviceLost->hide();
    m_meter->reset();
    m_controller.startRecording(chosenDeviceId());
}

void RecorderPanel::pauseOrResume() {
    const Recorder::State state = m_controller.recorderState();
    if (state == Recorder::State::Recording) {
        m_controller.pause();
    } else if (state == Recorder::State::Paused || state == Recorder::State::DeviceLost) {
        // "System default" follows the system's current choice; a named microphone stays put.
        QByteArray device = chosenDeviceId();
        if (device.isEmpty()) {
            device = QMediaDevices::defaultAudioInput().id();
        }
        m_controller.resume(device);
    }
}

void RecorderPanel::discardWithConfirmation() {
    const bool inProgress = m_controller.recorderState() != Recorder::State::Idle;
    const QString target = inProgress ? m_controller.currentRecordingId() : m_controller.selectedRecordingId();
    if (!inProgress && target.isEmpty()) {
        return;
    }
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Discard recording"),
        inProgress ? tr("Discard the recording in progress? Its audio is deleted and cannot be recovered.")
                   : tr("Discard the selected recording? Its audio is deleted and cannot be recovered."),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardConfirmBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, target, inProgress] {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            m_controller.discard(target, inProgress);
        }
    });
    box->open(); // not exec(): nothing here waits for the user
}

void RecorderPanel::setElapsed(qint64 ms) {
    m_elapsed->setText(hhmmss(ms));
}

void RecorderPanel::updateControls() {
    const auto& encounter = m_controller.encounter();
    const Recorder::State state = m_controller.recorderState();
    const bool consentGiven = encounter && encounter->consent.has_value();
    const bool active = m_controller.isRecordingActive();
    const bool idle = !active;
    const bool paused = state == Recorder::State::Paused || state == Recorder::State::DeviceLost;

    m_record->setEnabled(idle && m_controller.mayRecord());
    if (!encounter) {
        m_hint->setText(m_controller.patientId().isEmpty() ? QString() : tr("Opening the encounter…"));
    } else if (!consentGiven) {
        m_hint->setText(tr("Record the patient's consent above before recording."));
    } else if (!encounter->mayRecord()) {
        m_hint->setText(tr("The patient declined: this consultation cannot be recorded."));
    } else {
        m_hint->clear();
    }
    m_hint->setVisible(!m_hint->text().isEmpty() && idle);
    m_record->setToolTip(
        m_hint->text().isEmpty()
            ? tr("Start recording (%1)").arg(m_recordAction->shortcut().toString(QKeySequence::NativeText))
            : m_hint->text());
    m_pause->setEnabled(!m_controller.isStarting() && state != Recorder::State::Idle);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_stop->setEnabled(!m_controller.isStarting() && state != Recorder::State::Idle);
    m_discard->setEnabled(active ? !m_controller.isStarting() && !m_controller.currentRecordingId().isEmpty()
                                 : m_controller.isSelectedFinished() && !m_controller.isDiscarding());
    if (state != Recorder::State::DeviceLost) {
        m_deviceLost->hide();
    }
    if (state != Recorder::State::Recording) {
        m_meter->reset();
    }
}

} // namespace clinicdesk
