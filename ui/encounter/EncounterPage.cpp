#include "encounter/EncounterPage.h"

#include "audio/AudioPlayer.h"
#include "encounter/LevelMeter.h"
#include "encounter/NotePanel.h"
#include "encounter/RecorderHost.h"
#include "encounter/RecordingTableModel.h"
#include "encounter/TranscriptModel.h"
#include "jobs/JobsHost.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "widgets/InfoBar.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMediaDevices>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace clinicdesk {

namespace {

constexpr int kNoConsent = -1;

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

EncounterPage::EncounterPage(EncounterBackend& backend, RecorderHost& recorder, QSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_recorder(recorder.recorder())
    , m_settings(settings)
    , m_mediaDevices(new QMediaDevices(this))
    , m_player(new AudioPlayer(QMediaDevices::defaultAudioOutput(), this)) {
    setObjectName(QStringLiteral("encounterPage"));
    buildUi();
    connectBackend(backend);
    connectRecorder();
    connect(m_mediaDevices, &QMediaDevices::audioInputsChanged, this, &EncounterPage::populateDevices);
    populateDevices();
    updateControls();
}

EncounterPage::~EncounterPage() = default;

void EncounterPage::buildUi() {
    m_back = new QPushButton(tr("← &Patients"), this);
    m_back->setObjectName(QStringLiteral("backToPatientsButton"));
    m_back->setToolTip(tr("Back to the patient list"));
    connect(m_back, &QPushButton::clicked, this, &EncounterPage::backRequested);

    m_patientLabel = new QLabel(this);
    m_patientLabel->setObjectName(QStringLiteral("encounterPatientLabel"));
    QFont titleFont = m_patientLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_patientLabel->setFont(titleFont);
    m_patientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_encounterLabel = new QLabel(this);
    m_encounterLabel->setObjectName(QStringLiteral("encounterStartedLabel"));
    m_encounterLabel->setEnabled(false);

    m_infoBar = new InfoBar(this);
    m_infoBar->setObjectName(QStringLiteral("encounterInfoBar"));

    // Consent.
    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    m_consent->setAccessibleName(tr("Consent to record"));
    m_consent->addItem(tr("Not asked yet"), kNoConsent);
    m_consent->addItem(tr("Verbal consent"), int(Consent::Verbal));
    m_consent->addItem(tr("Written consent"), int(Consent::Written));
    m_consent->addItem(tr("Declined"), int(Consent::Declined));
    if (auto* items = qobject_cast<QStandardItemModel*>(m_consent->model())) {
        // "Not asked yet" is shown, never chosen: a recorded answer is replaced, not undone.
        items->item(0)->setFlags(items->item(0)->flags() & ~Qt::ItemIsEnabled);
    }
    m_consentInfo = new QLabel(this);
    m_consentInfo->setObjectName(QStringLiteral("consentInfoLabel"));
    m_consentInfo->setWordWrap(true);
    connect(m_consent, &QComboBox::currentIndexChanged, this, &EncounterPage::onConsentChosen);

    auto* consentBox = new QGroupBox(tr("Consent"), this);
    auto* consentForm = new QFormLayout(consentBox);
    consentForm->addRow(tr("&Recording consent:"), m_consent);
    consentForm->addRow(QString(), m_consentInfo);

    // Recording.
    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setAccessibleName(tr("Microphone"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_device, &QComboBox::currentIndexChanged, this, &EncounterPage::onDeviceChosen);

    m_record = new QPushButton(QIcon::fromTheme(QStringLiteral("media-record")), tr("Record"), this);
    m_record->setObjectName(QStringLiteral("recordButton"));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_discard = new QPushButton(tr("Discard…"), this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_elapsed = new QLabel(hhmmss(0), this);
    m_elapsed->setObjectName(QStringLiteral("elapsedLabel"));
    m_elapsed->setAccessibleName(tr("Recorded time"));
    QFont timeFont = m_elapsed->font();
    timeFont.setFamily(QStringLiteral("monospace"));
    timeFont.setStyleHint(QFont::Monospace);
    timeFont.setPointSizeF(timeFont.pointSizeF() * 1.3);
    m_elapsed->setFont(timeFont);
    connect(m_record, &QPushButton::clicked, this, &EncounterPage::startRecording);
    connect(m_pause, &QPushButton::clicked, this, &EncounterPage::pauseOrResume);
    connect(m_stop, &QPushButton::clicked, this, &EncounterPage::stopRecording);
    connect(m_discard, &QPushButton::clicked, this, &EncounterPage::discardWithConfirmation);

    m_recordAction = new QAction(tr("Record / Pause / Resume"), this);
    m_recordAction->setObjectName(QStringLiteral("recordAction"));
    m_recordAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recordAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_recordAction, &QAction::triggered, this, &EncounterPage::toggleRecording);
    addAction(m_recordAction);
    m_stopAction = new QAction(tr("Stop recording"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_stopAction, &QAction::triggered, this, &EncounterPage::stopRecording);
    addAction(m_stopAction);
    const QString recordKeys = m_recordAction->shortcut().toString(QKeySequence::NativeText);
    m_record->setToolTip(tr("Start recording (%1)").arg(recordKeys));
    m_pause->setToolTip(tr("Pause or resume the recording (%1)").arg(recordKeys));
    m_stop->setToolTip(
        tr("Stop and save the recording (%1)").arg(m_stopAction->shortcut().toString(QKeySequence::NativeText)));
    m_discard->setToolTip(tr("Delete the recording in progress or the selected recording"));

    m_meter = new LevelMeter(this);
    m_recordHint = new QLabel(this);
    m_recordHint->setObjectName(QStringLiteral("recordHintLabel"));
    m_recordHint->setWordWrap(true);
    m_silence = messageLabel(QStringLiteral("silenceWarning"),
                             QStringLiteral("background: #fff4d6; border: 1px solid #e0b84a;"), this);
    m_silence->setText(tr("No sound: check the microphone"));
    m_deviceLost = messageLabel(QStringLiteral("deviceLostMessage"),
                                QStringLiteral("background: #fbe6e6; border: 1px solid #dc8c8c;"), this);
    m_deviceLost->setText(tr("The microphone was disconnected. The recording so far is saved; choose another "
                             "microphone and press Resume."));

    auto* recordBox = new QGroupBox(tr("Recording"), this);
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
    auto* recordLayout = new QVBoxLayout(recordBox);
    recordLayout->addLayout(deviceRow);
    recordLayout->addLayout(buttons);
    recordLayout->addWidget(m_meter);
    recordLayout->addWidget(m_recordHint);
    recordLayout->addWidget(m_silence);
    recordLayout->addWidget(m_deviceLost);

    // The patient's recordings.
    m_model = new RecordingTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recordingsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setColumnWidth(RecordingTableModel::Date, 170);
    m_view->setColumnWidth(RecordingTableModel::Duration, 90);
    m_view->setColumnWidth(RecordingTableModel::State, 180);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString selected = selectedRecordingId();
        if (m_loadedAudioId != selected) {
            stopPlayback();
        }
        if (m_jobs && selected != m_transcriptRecordingId) {
            requestTranscript(selected);
        }
        updateControls();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &EncounterPage::updateControls);
    connect(m_view, &QTableView::doubleClicked, this, &EncounterPage::togglePlayback);

    m_play = new QPushButton(tr("Play"), this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setToolTip(tr("Play or pause the selected recording"));
    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Playback position"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("playbackPositionLabel"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the selected recording as an Ogg Opus file"));
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter"));
    m_importBusy = new QProgressBar(this);
    m_importBusy->setObjectName(QStringLiteral("importProgress"));
    m_importBusy->setRange(0, 0); // busy: the import reports no progress
    m_importBusy->setMaximumWidth(140);
    m_importBusy->setTextVisible(false);
    m_importBusy->setAccessibleName(tr("Importing"));
    m_importBusy->hide();
    connect(m_play, &QPushButton::clicked, this, &EncounterPage::togglePlayback);
    connect(m_export, &QPushButton::clicked, this, &EncounterPage::chooseExportFile);
    connect(m_import, &QPushButton::clicked, this, &EncounterPage::chooseImportFile);
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) {
        m_position->setText(tr("%1 / %2").arg(RecordingTableModel::formatDuration(ms),
                                              RecordingTableModel::formatDuration(m_seek->maximum())));
    });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { m_player->seek(m_seek->value()); });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_seek->isSliderDown()) {
            m_player->seek(m_seek->sliderPosition());
        }
    });

    connect(m_player, &AudioPlayer::positionChanged, this, &EncounterPage::updatePosition);
    connect(m_player, &AudioPlayer::stateChanged, this, &EncounterPage::updateControls);
    connect(m_player, &AudioPlayer::errorOccurred, this,
            [this](const Error& error) { m_infoBar->showMessage(error.message, InfoBar::Kind::Error); });

    buildAiUi();

    auto* recordingsBox = new QGroupBox(tr("Recordings of this patient"), this);
    auto* playRow = new QHBoxLayout;
    playRow->addWidget(m_play);
    playRow->addWidget(m_seek, 1);
    playRow->addWidget(m_position);
    playRow->addSpacing(12);
    playRow->addWidget(m_transcribe);
    playRow->addWidget(m_export);
    playRow->addWidget(m_import);
    playRow->addWidget(m_importBusy);
    auto* recordingsLayout = new QVBoxLayout(recordingsBox);
    recordingsLayout->addWidget(m_view, 1);
    recordingsLayout->addLayout(playRow);
    recordingsLayout->addWidget(m_jobRow);

    auto* leftColumn = new QSplitter(Qt::Vertical, this);
    leftColumn->setObjectName(QStringLiteral("encounterLeftSplitter"));
    leftColumn->setChildrenCollapsible(false);
    leftColumn->addWidget(recordingsBox);
    leftColumn->addWidget(m_transcriptBox);
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("encounterSplitter"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(leftColumn);
    columns->addWidget(m_noteBox);
    columns->setStretchFactor(0, 1);
    columns->setStretchFactor(1, 1);

    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addSpacing(8);
    header->addWidget(m_patientLabel);
    header->addStretch(1);
    header->addWidget(m_encounterLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addLayout(header);
    layout->addWidget(m_infoBar);
    layout->addWidget(consentBox);
    layout->addWidget(recordBox);
    layout->addWidget(columns, 1);
    // Focus lands in the page, so its shortcuts (Ctrl+R) work as soon as it is shown.
    setFocusProxy(m_view);
    updatePosition(0);
}

void EncounterPage::connectBackend(EncounterBackend& backend) {
    connect(this, &EncounterPage::openRequested, &backend, &EncounterBackend::openForPatient);
    connect(this, &EncounterPage::consentRequested, &backend, &EncounterBackend::recordConsent);
    connect(this, &EncounterPage::listRequested, &backend, &EncounterBackend::listRecordings);
    connect(this, &EncounterPage::discardRequested, &backend, &EncounterBackend::discardRecording);
    connect(this, &EncounterPage::audioRequested, &backend, &EncounterBackend::loadAudio);
    connect(this, &EncounterPage::exportRequested, &backend, &EncounterBackend::exportAudio);
    connect(this, &EncounterPage::importRequested, &backend, &EncounterBackend::importFile);
    connect(&backend, &EncounterBackend::encounterReady, this, &EncounterPage::onEncounterReady);
    connect(&backend, &EncounterBackend::recordingsListed, this, &EncounterPage::onRecordingsListed);
    connect(&backend, &EncounterBackend::recordingDiscarded, this, &EncounterPage::onRecordingDiscarded);
    connect(&backend, &EncounterBackend::audioLoaded, this, &EncounterPage::onAudioLoaded);
    connect(&backend, &EncounterBackend::exported, this, &EncounterPage::onExported);
    connect(&backend, &EncounterBackend::imported, this, &EncounterPage::onImported);
    connect(&backend, &EncounterBackend::failed, this, &EncounterPage::onFailed);
    connect(this, &EncounterPage::transcriptRequested, &backend, &EncounterBackend::loadTranscript);
    connect(&backend, &EncounterBackend::transcriptLoaded, this, &EncounterPage::onTranscriptLoaded);
    m_notePanel = new NotePanel(backend, m_settings, m_infoBar, m_noteBox);
    m_noteBox->layout()->addWidget(m_notePanel);
    connect(m_notePanel, &NotePanel::generateRequested, this, &EncounterPage::generateNote);
    connect(m_notePanel, &NotePanel::evidenceRequested, this, &EncounterPage::showEvidence);
}

void EncounterPage::connectRecorder() {
    if (!m_recorder) {
        return;
    }
    // The recorder lives on its own thread: these are queued connections.
    connect(m_recorder, &Recorder::started, this, &EncounterPage::onRecorderStarted);
    connect(m_recorder, &Recorder::stateChanged, this, &EncounterPage::onRecorderState);
    connect(m_recorder, &Recorder::levels, m_meter, &LevelMeter::setLevels);
    connect(m_recorder, &Recorder::elapsed, this, &EncounterPage::setElapsed);
    connect(m_recorder, &Recorder::silenceChanged, m_silence, &QWidget::setVisible);
    connect(m_recorder, &Recorder::deviceLost, this, &EncounterPage::onDeviceLost);
    connect(m_recorder, &Recorder::finished, this, &EncounterPage::onRecorderFinished);
    connect(m_recorder, &Recorder::discarded, this, &EncounterPage::onRecorderDiscarded);
    connect(m_recorder, &Recorder::failed, this, &EncounterPage::onRecorderFailed);
}

// --- patient and encounter ------------------------------------------------------------------------

bool EncounterPage::openPatient(const QString& patientId, const QString& patientName) {
    if (isRecordingActive()) {
        return false;
    }
    if (patientId != m_patientId) {
        stopPlayback();
        m_model->setRecordings({});
        m_encounter.reset();
        m_consentByName.clear();
        m_infoBar->dismiss();
        setElapsed(0);
        m_transcriptModel->clear();
        m_transcriptRecordingId.clear();
        m_transcriptToken = 0;
        m_pendingEvidence.reset();
        m_notePanel->setEncounter({});
        m_ownJobs.clear();
        m_shownJob = Job{};
        m_openedAt = Clock::nowMs();
    }
    m_patientId = patientId;
    m_patientName = patientName;
    m_patientLabel->setText(patientName);
    m_openToken = ++m_lastToken;
    emit openRequested(patientId, m_openToken);
    refreshRecordings();
    showConsent();
    updateControls();
    return true;
}

void EncounterPage::onEncounterReady(quint64 token, const EncounterView& view) {
    if (token != m_openToken && token != m_consentToken) {
        return;
    }
    if (view.encounter.patientId != m_patientId) {
        return; // the user has moved on to another patient
    }
    if (token == m_consentToken) {
        m_consentToken = 0;
    } else {
        m_openToken = 0;
    }
    m_encounter = view.encounter;
    m_consentByName = view.consentByName;
    m_encounterLabel->setText(
        tr("Encounter started %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_encounter->startedAt), QLocale::ShortFormat)));
    showConsent();
    if (m_jobs) {
        m_notePanel->setEncounter(m_encounter->id);
        onJobsListed(m_jobs->jobs());
    }
    updateControls();
    emit encounterShown();
}

void EncounterPage::showConsent() {
    const QSignalBlocker blocker(m_consent);
    if (!m_encounter || !m_encounter->consent) {
        m_consent->setCurrentIndex(m_consent->findData(kNoConsent));
        m_consentInfo->setText(m_encounter ? tr("Ask the patient whether this consultation may be recorded.")
                                           : QString());
        return;
    }
    m_consent->setCurrentIndex(m_consent->findData(int(*m_encounter->consent)));
    const QString when =
        m_encounter->consentAt
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*m_encounter->consentAt), QLocale::ShortFormat)
            : QString();
    m_consentInfo->setText(tr("Recorded by %1 on %2.").arg(m_consentByName, when));
}

void EncounterPage::onConsentChosen(int index) {
    const int value = m_consent->itemData(index).toInt();
    if (!m_encounter || value == kNoConsent) {
        showConsent();
        return;
    }
    const auto consent = static_cast<Consent>(value);
    if (m_encounter->consent == consent) {
        return;
    }
    m_consentToken = ++m_lastToken;
    emit consentRequested(m_encounter->id, consent, m_consentToken);
    m_consentInfo->setText(tr("Saving…"));
    updateControls();
}

// --- devices --------------------------------------------------------------------------------------

void EncounterPage::populateDevices() {
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

void EncounterPage::onDeviceChosen(int index) {
    if (m_settings && index >= 0) {
        m_settings->setValue(QLatin1String(kInputDeviceKey), m_device->itemData(index).toByteArray());
    }
}

QByteArray EncounterPage::chosenDeviceId() const {
    return m_device->currentData().toByteArray();
}

// --- recording ------------------------------------------------------------------------------------

bool EncounterPage::isRecordingActive() const {
    return m_starting || m_state != Recorder::State::Idle;
}

void EncounterPage::toggleRecording() {
    if (m_record->isEnabled()) {
        startRecording();
    } else if (m_pause->isEnabled()) {
        pauseOrResume();
    }
}

void EncounterPage::startRecording() {
    if (!m_recorder || !m_encounter || !m_encounter->consent || !m_encounter->mayRecord() || isRecordingActive()) {
        return;
    }
    stopPlayback();
    m_starting = true;
    m_infoBar->dismiss();
    m_silence->hide();
    m_deviceLost->hide();
    m_meter->reset();
    setElapsed(0);
    Recorder* recorder = m_recorder;
    QMetaObject::invokeMethod(
        recorder, [recorder, id = m_encounter->id, device = chosenDeviceId()] { recorder->start(id, device); },
        Qt::QueuedConnection);
    updateControls();
}

void EncounterPage::pauseOrResume() {
    if (!m_recorder) {
        return;
    }
    if (m_state == Recorder::State::Recording) {
        QMetaObject::invokeMethod(m_recorder.data(), &Recorder::pause, Qt::QueuedConnection);
    } else if (m_state == Recorder::State::Paused || m_state == Recorder::State::DeviceLost) {
        // "System default" follows the system's current choice; a named microphone stays put.
        QByteArray device = chosenDeviceId();
        if (device.isEmpty()) {
            device = QMediaDevices::defaultAudioInput().id();
        }
        Recorder* recorder = m_recorder;
        QMetaObject::invokeMethod(
            recorder, [recorder, device] { recorder->resume(device); }, Qt::QueuedConnection);
    }
}

void EncounterPage::stopRecording() {
    if (m_recorder && m_state != Recorder::State::Idle) {
        QMetaObject::invokeMethod(m_recorder.data(), &Recorder::stop, Qt::QueuedConnection);
    }
}

void EncounterPage::onRecorderStarted(const QString& recordingId, const QString&) {
    m_starting = false;
    m_currentRecordingId = recordingId;
    m_selectAfterList = recordingId;
    refreshRecordings();
    updateControls();
}

void EncounterPage::onRecorderState(Recorder::State state) {
    m_state = state;
    if (state != Recorder::State::DeviceLost) {
        m_deviceLost->hide();
    }
    if (state != Recorder::State::Recording) {
        m_meter->reset();
    }
    if (state == Recorder::State::Idle) {
        m_silence->hide();
    }
    updateControls();
}

void EncounterPage::onRecorderFinished(const QString& recordingId, qint64 durationMs) {
    setElapsed(durationMs);
    m_currentRecordingId.clear();
    m_selectAfterList = recordingId;
    refreshRecordings();
}

void EncounterPage::onRecorderDiscarded(const QString& recordingId) {
    if (m_currentRecordingId == recordingId) {
        m_currentRecordingId.clear();
    }
    setElapsed(0);
    m_infoBar->showMessage(tr("The recording was discarded."));
    refreshRecordings();
}

void EncounterPage::onRecorderFailed(const Error& error) {
    m_starting = false;
    m_infoBar->showMessage(error.message, InfoBar::Kind::Error);
    updateControls();
}

void EncounterPage::onDeviceLost(const QString&) {
    m_deviceLost->show();
    populateDevices();
    updateControls();
}

void EncounterPage::setElapsed(qint64 ms) {
    m_elapsed->setText(hhmmss(ms));
}

// --- discard --------------------------------------------------------------------------------------

void EncounterPage::discardWithConfirmation() {
    const bool inProgress = m_state != Recorder::State::Idle;
    const QString target = inProgress ? m_currentRecordingId : selectedRecordingId();
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
            discardNow(target, inProgress);
        }
    });
    box->open(); // not exec(): nothing here waits for the user
}

void EncounterPage::discardNow(const QString& recordingId, bool inProgress) {
    if (inProgress) {
        // Only if it is still the same recording: it may have stopped meanwhile.
        if (m_recorder && m_state != Recorder::State::Idle && recordingId == m_currentRecordingId) {
            QMetaObject::invokeMethod(m_recorder.data(), &Recorder::discard, Qt::QueuedConnection);
            return;
        }
        if (recordingId.isEmpty()) {
            return;
        }
    }
    if (m_loadedAudioId == recordingId) {
        stopPlayback();
    }
    m_discardToken = ++m_lastToken;
    emit discardRequested(recordingId, m_discardToken);
    updateControls();
}

void EncounterPage::onRecordingDiscarded(quint64 token, const QString&) {
    if (token != m_discardToken) {
        return;
    }
    m_discardToken = 0;
    m_infoBar->showMessage(tr("The recording was discarded."));
    refreshRecordings();
}

// --- the list -------------------------------------------------------------------------------------

QString EncounterPage::selectedRecordingId() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RecordingTableModel::IdRole).toString();
}

void EncounterPage::refreshRecordings() {
    if (m_patientId.isEmpty()) {
        return;
    }
    m_listToken = ++m_lastToken;
    emit listRequested(m_patientId, m_listToken);
}

void EncounterPage::onRecordingsListed(quint64 token, const std::vector<Recording>& recordings) {
    if (token != m_listToken) {
        return;
    }
    m_listToken = 0;
    QString keep = m_selectAfterList.isEmpty() ? selectedRecordingId() : m_selectAfterList;
    m_selectAfterList.clear();
    m_model->setRecordings(recordings);
    int row = m_model->rowOf(keep);
    if (row < 0 && m_model->rowCount() > 0) {
        row = 0;
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    updateControls();
    emit recordingsShown(m_model->rowCount());
}

// --- playback -------------------------------------------------------------------------------------

void EncounterPage::togglePlayback() {
    if (m_player->state() == AudioPlayer::State::Playing) {
        m_player->pause();
        return;
    }
    const QString id = selectedRecordingId();
    if (id.isEmpty() || !m_play->isEnabled()) {
        return; // nothing selected, still being recorded, or a recording is running
    }
    if (id == m_loadedAudioId && m_player->isLoaded()) {
        m_player->play();
        return;
    }
    m_audioToken = ++m_lastToken;
    emit audioRequested(id, m_audioToken);
    updateControls();
}

void EncounterPage::onAudioLoaded(quint64 token, const QString& id, const QByteArray& ogg) {
    if (token != m_audioToken) {
        return;
    }
    m_audioToken = 0;
    if (id != selectedRecordingId()) {
        updateControls();
        return; // the user selected another recording meanwhile
    }
    if (auto loaded = m_player->load(ogg); !loaded) {
        m_loadedAudioId.clear();
        m_infoBar->showMessage(loaded.error().message, InfoBar::Kind::Error);
        updateControls();
        return;
    }
    m_loadedAudioId = id;
    m_seek->setRange(0, int(m_player->duration()));
    updatePosition(0);
    if (m_pendingSeekMs) {
        m_player->seek(*m_pendingSeekMs);
        updatePosition(m_player->position());
        m_pendingSeekMs.reset();
    }
    m_player->play();
    updateControls();
}

void EncounterPage::stopPlayback() {
    m_player->stop();
    m_loadedAudioId.clear();
    m_audioToken = 0;
    m_pendingSeekMs.reset();
    m_seek->setRange(0, 0);
    updatePosition(0);
}

void EncounterPage::updatePosition(qint64 ms) {
    if (!m_seek->isSliderDown()) {
        const QSignalBlocker blocker(m_seek);
        m_seek->setValue(int(ms));
    }
    m_position->setText(tr("%1 / %2").arg(RecordingTableModel::formatDuration(ms),
                                          RecordingTableModel::formatDuration(m_seek->maximum())));
}

// --- import and export ----------------------------------------------------------------------------

void EncounterPage::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a recording"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
        tr("Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)"));
    if (!path.isEmpty()) {
        importFrom(path);
    }
}

void EncounterPage::importFrom(const QString& path) {
    if (!m_encounter || m_importToken != 0) {
        return;
    }
    m_importToken = ++m_lastToken;
    emit importRequested(m_patientId, m_encounter->id, path, m_importToken);
    m_importBusy->show();
    updateControls();
}

void EncounterPage::onImported(quint64 token, const QString& recordingId) {
    if (token != m_importToken) {
        return;
    }
    m_importToken = 0;
    m_importBusy->hide();
    m_infoBar->showMessage(tr("The file was imported."));
    m_selectAfterList = recordingId;
    refreshRecordings();
    updateControls();
}

void EncounterPage::chooseExportFile() {
    const Recording* recording = m_model->recordingAt(m_model->rowOf(selectedRecordingId()));
    if (!recording) {
        return;
    }
    const QString name =
        QStringLiteral("recording-%1.ogg")
            .arg(QDateTime::fromMSecsSinceEpoch(recording->startedAt).toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export recording"), folder + QLatin1Char('/') + name,
                                                      tr("Ogg Opus audio (*.ogg *.opus)"));
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

void EncounterPage::exportTo(const QString& path) {
    const QString id = selectedRecordingId();
    if (id.isEmpty() || m_exportToken != 0) {
        return;
    }
    m_exportToken = ++m_lastToken;
    emit exportRequested(id, path, m_exportToken);
    updateControls();
}

void EncounterPage::onExported(quint64 token, const QString& path) {
    if (token != m_exportToken) {
        return;
    }
    m_exportToken = 0;
    m_infoBar->showMessage(
        tr("The recording was saved to “%1”. That file is not encrypted: keep it safe and delete it when done.")
            .arg(QDir::toNativeSeparators(path)),
        InfoBar::Kind::Warning);
    updateControls();
}

// --- errors and state -----------------------------------------------------------------------------

void EncounterPage::onFailed(quint64 token, const Error& error) {
    if (token == 0) {
        return;
    }
    if (token == m_importToken) {
        m_importToken = 0;
        m_importBusy->hide();
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Import failed"),
                            tr("The file could not be imported: %1").arg(error.message), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("importErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        updateControls();
        return;
    }
    if (token == m_consentToken) {
        m_consentToken = 0;
        showConsent();
    } else if (token == m_openToken) {
        m_openToken = 0;
    } else if (token == m_listToken) {
        m_listToken = 0;
    } else if (token == m_discardToken) {
        m_discardToken = 0;
    } else if (token == m_audioToken) {
        m_audioToken = 0;
    } else if (token == m_exportToken) {
        m_exportToken = 0;
    } else if (token == m_transcriptToken) {
        m_transcriptToken = 0;
        m_pendingEvidence.reset();
    } else {
        return; // an answer to a request the page no longer waits for
    }
    m_infoBar->showMessage(error.message, InfoBar::Kind::Error);
    updateControls();
}

void EncounterPage::updateControls() {
    const bool haveEncounter = m_encounter.has_value();
    const bool consentGiven = haveEncounter && m_encounter->consent.has_value();
    const bool mayRecord = consentGiven && m_encounter->mayRecord();
    const bool active = isRecordingActive();
    const bool idle = !active;
    const bool paused = m_state == Recorder::State::Paused || m_state == Recorder::State::DeviceLost;

    m_record->setEnabled(idle && mayRecord && m_recorder && m_consentToken == 0);
    if (!haveEncounter) {
        m_recordHint->setText(m_patientId.isEmpty() ? QString() : tr("Opening the encounter…"));
    } else if (!consentGiven) {
        m_recordHint->setText(tr("Record the patient's consent above before recording."));
    } else if (!mayRecord) {
        m_recordHint->setText(tr("The patient declined: this consultation cannot be recorded."));
    } else {
        m_recordHint->clear();
    }
    m_recordHint->setVisible(!m_recordHint->text().isEmpty() && idle);
    m_record->setToolTip(
        m_recordHint->text().isEmpty()
            ? tr("Start recording (%1)").arg(m_recordAction->shortcut().toString(QKeySequence::NativeText))
            : m_recordHint->text());

    m_pause->setEnabled(!m_starting && m_state != Recorder::State::Idle);
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_stop->setEnabled(!m_starting && m_state != Recorder::State::Idle);
    const QString selected = selectedRecordingId();
    const Recording* selectedRecording = m_model->recordingAt(m_model->rowOf(selected));
    const bool selectedFinished = selectedRecording && selectedRecording->state != RecordingState::Recording;
    m_discard->setEnabled(active ? !m_starting && !m_currentRecordingId.isEmpty()
                                 : selectedFinished && m_discardToken == 0);
    m_consent->setEnabled(haveEncounter && idle && m_consentToken == 0);
    m_back->setEnabled(idle);
    m_back->setToolTip(idle ? tr("Back to the patient list") : tr("Stop the recording before leaving this patient"));

    const bool playing = m_player->state() == AudioPlayer::State::Playing;
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setEnabled(playing || (selectedFinished && m_audioToken == 0 && idle));
    m_seek->setEnabled(m_player->isLoaded() && !m_loadedAudioId.isEmpty());
    m_export->setEnabled(selectedFinished && m_exportToken == 0);
    m_import->setEnabled(haveEncounter && m_importToken == 0);

    bool transcribing = false;
    for (const Job& job : m_ownJobs) {
        transcribing = transcribing || (job.kind == JobKind::Transcribe && job.subjectId == selected && isPending(job));
    }
    const bool hasTranscript = !m_transcriptModel->isEmpty() && m_transcriptModel->transcript().recordingId == selected;
    m_transcribe->setText(hasTranscript ? tr("Transcribe again") : tr("Transcribe"));
    m_transcribe->setEnabled(m_jobs && selectedFinished && !transcribing && !m_jobRequestPending);
    m_transcribe->setToolTip(transcribing ? tr("This recording is being transcribed")
                                          : tr("Turn the selected recording into text with the AI provider"));

    if (active != m_wasActive) {
        m_wasActive = active;
        emit recordingActiveChanged(active);
    }
}

// --- AI: transcripts, jobs and the note ------------------------------------------------------------

void EncounterPage::buildAiUi() {
    m_transcribe = new QPushButton(tr("Transcribe"), this);
    m_transcribe->setObjectName(QStringLiteral("transcribeButton"));
    connect(m_transcribe, &QPushButton::clicked, this, &EncounterPage::transcribeSelected);

    // The progress of this encounter's newest job.
    m_jobRow = new QWidget(this);
    m_jobRow->setObjectName(QStringLiteral("jobRow"));
    m_jobProgress = new QProgressBar(m_jobRow);
    m_jobProgress->setObjectName(QStringLiteral("jobProgress"));
    m_jobProgress->setRange(0, 100);
    m_jobProgress->setMaximumWidth(160);
    m_jobProgress->setAccessibleName(tr("Progress of the AI job"));
    m_jobStatus = new QLabel(m_jobRow);
    m_jobStatus->setObjectName(QStringLiteral("jobStatusLabel"));
    m_jobStatus->setWordWrap(true);
    m_jobStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jobRetry = new QPushButton(tr("Retry"), m_jobRow);
    m_jobRetry->setObjectName(QStringLiteral("jobRetryButton"));
    m_jobRetry->setToolTip(tr("Try this job again now"));
    m_jobCancel = new QPushButton(tr("Cancel"), m_jobRow);
    m_jobCancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_jobCancel->setToolTip(tr("Cancel this job; nothing of it is kept"));
    connect(m_jobRetry, &QPushButton::clicked, this, [this] {
        if (m_jobs && !m_shownJob.id.isEmpty()) {
            m_jobRequestPending = true;
            m_jobs->retry(m_shownJob.id);
            updateControls();
        }
    });
    connect(m_jobCancel, &QPushButton::clicked, this, [this] {
        if (m_jobs && !m_shownJob.id.isEmpty()) {
            m_jobRequestPending = true;
            m_jobs->cancel(m_shownJob.id);
            updateControls();
        }
    });
    auto* jobLayout = new QHBoxLayout(m_jobRow);
    jobLayout->setContentsMargins(0, 0, 0, 0);
    jobLayout->addWidget(m_jobProgress);
    jobLayout->addWidget(m_jobStatus, 1);
    jobLayout->addWidget(m_jobRetry);
    jobLayout->addWidget(m_jobCancel);
    m_jobRow->hide();

    // The selected recording's transcript.
    m_transcriptModel = new TranscriptModel(this);
    m_transcriptView = new QTableView(this);
    m_transcriptView->setObjectName(QStringLiteral("transcriptView"));
    m_transcriptView->setModel(m_transcriptModel);
    m_transcriptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transcriptView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_transcriptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transcriptView->setShowGrid(false);
    m_transcriptView->setWordWrap(true);
    m_transcriptView->verticalHeader()->hide();
    m_transcriptView->horizontalHeader()->setStretchLastSection(true);
    m_transcriptView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_transcriptView->setColumnWidth(TranscriptModel::Time, 64);
    m_transcriptView->setToolTip(tr("Click a line to play the recording from there"));
    connect(m_transcriptView, &QTableView::clicked, this,
            [this](const QModelIndex& index) { playSegment(index.row()); });
    connect(m_transcriptView, &QTableView::activated, this,
            [this](const QModelIndex& index) { playSegment(index.row()); });
    connect(m_transcriptModel, &QAbstractItemModel::modelReset, this,
            [this] { m_transcriptView->resizeRowsToContents(); });
    m_transcriptEmpty = new QLabel(this);
    m_transcriptEmpty->setObjectName(QStringLiteral("transcriptEmptyLabel"));
    m_transcriptEmpty->setWordWrap(true);
    auto* transcriptBox = new QGroupBox(tr("Transcript"), this);
    auto* transcriptLayout = new QVBoxLayout(transcriptBox);
    transcriptLayout->addWidget(m_transcriptEmpty);
    transcriptLayout->addWidget(m_transcriptView, 1);
    m_transcriptBox = transcriptBox;

    // The note (the panel itself is made with the backend it talks to).
    auto* noteBox = new QGroupBox(tr("Note"), this);
    noteBox->setObjectName(QStringLiteral("noteBox"));
    new QVBoxLayout(noteBox);
    m_noteBox = noteBox;

    m_aiWidgets = {m_transcribe, m_transcriptBox, m_noteBox};
    for (QWidget* widget : m_aiWidgets) {
        widget->hide();
    }
}

void EncounterPage::setJobsHost(JobsHost* jobs) {
    for (const QMetaObject::Connection& c : m_jobConnections) {
        disconnect(c);
    }
    m_jobConnections.clear();
    m_jobs = jobs;
    m_ownJobs.clear();
    m_jobStates.clear();
    m_shownJob = Job{};
    for (QWidget* widget : m_aiWidgets) {
        widget->setVisible(jobs != nullptr);
    }
    m_notePanel->setAiAvailable(jobs != nullptr);
    if (jobs != nullptr) {
        m_jobConnections.push_back(connect(jobs, &JobsHost::jobsListed, this, &EncounterPage::onJobsListed));
        m_jobConnections.push_back(connect(jobs, &JobsHost::enqueued, this, &EncounterPage::onJobEnqueued));
        m_jobConnections.push_back(connect(jobs, &JobsHost::progressChanged, this, &EncounterPage::onJobProgress));
        m_jobConnections.push_back(connect(jobs, &JobsHost::connectivityChanged, this, &EncounterPage::showJob));
        m_jobConnections.push_back(connect(jobs, &JobsHost::failed, this, [this](const Error& error) {
            if (m_jobRequestPending) {
                m_infoBar->showMessage(error.message, InfoBar::Kind::Error);
                onJobsListed(m_jobs->jobs()); // "generating" and the buttons as the queue has them
            }
        }));
        if (m_encounter) {
            m_notePanel->setEncounter(m_encounter->id);
        }
        if (const QString selected = selectedRecordingId(); !selected.isEmpty()) {
            requestTranscript(selected);
        }
        onJobsListed(jobs->jobs());
    } else {
        m_notePanel->setEncounter({});
    }
    showJob();
    updateControls();
}

void EncounterPage::transcribeSelected() {
    const QString id = selectedRecordingId();
    if (!m_jobs || id.isEmpty() || !m_transcribe->isEnabled()) {
        return;
    }
    m_jobRequestPending = true;
    m_jobs->requestTranscription(id);
    updateControls();
}

void EncounterPage::generateNote(const QString& encounterId, const QString& templateKey) {
    if (!m_jobs || !m_encounter || encounterId != m_encounter->id) {
        return;
    }
    m_jobRequestPending = true;
    m_notePanel->setGenerating(true);
    m_jobs->requestNote(encounterId, templateKey);
}

// A job is this page's when it is about the open encounter or one of the listed recordings.
bool EncounterPage::isOwnJob(const Job& job) const {
    if (job.patientId != m_patientId || m_patientId.isEmpty()) {
        return false;
    }
    if (job.kind == JobKind::Note) {
        return m_encounter && job.subjectId == m_encounter->id;
    }
    return job.kind == JobKind::Transcribe && m_model->rowOf(job.subjectId) >= 0;
}

bool EncounterPage::isPending(const Job& job) const {
    return job.state == JobState::Queued || job.state == JobState::Running || job.state == JobState::WaitingRetry;
}

void EncounterPage::onJobEnqueued(const Job& job) {
    if (!isOwnJob(job)) {
        return;
    }
    m_jobRequestPending = false;
    // Known from now on, so its finishing is noticed even if the next snapshot already shows it done.
    if (!m_jobStates.contains(job.id)) {
        m_jobStates.insert(job.id, job.state);
    }
    if (std::none_of(m_ownJobs.begin(), m_ownJobs.end(), [&](const Job& j) { return j.id == job.id; })) {
        m_ownJobs.insert(m_ownJobs.begin(), job);
    }
    showJob();
    updateControls();
}

void EncounterPage::onJobsListed(const std::vector<Job>& jobs) {
    // The host reads the queue again after every enqueue, cancel and retry.
    m_jobRequestPending = false;
    m_ownJobs.clear();
    bool reloadTranscript = false;
    bool reloadNote = false;
    bool noteJobPending = false;
    for (const Job& job : jobs) { // newest first
        if (!isOwnJob(job)) {
            continue;
        }
        m_ownJobs.push_back(job);
        const auto seen = m_jobStates.constFind(job.id);
        const bool finishedNow =
            job.state == JobState::Done &&
            (seen != m_jobStates.constEnd() ? *seen != JobState::Done : job.updatedAt >= m_openedAt);
        m_jobStates.insert(job.id, job.state);
        if (finishedNow && job.kind == JobKind::Transcribe && job.subjectId == selectedRecordingId()) {
            reloadTranscript = true;
        }
        if (finishedNow && job.kind == JobKind::Note) {
            reloadNote = true;
        }
        if (job.kind == JobKind::Note && (isPending(job) || job.state == JobState::NeedsUser)) {
            noteJobPending = true;
        }
    }
    m_notePanel->setGenerating(noteJobPending);
    if (reloadTranscript) {
        requestTranscript(selectedRecordingId());
    }
    if (reloadNote) {
        m_notePanel->reload();
    }
    showJob();
    updateControls();
}

void EncounterPage::onJobProgress(const QString& jobId, int percent) {
    if (jobId == m_shownJob.id && !jobId.isEmpty()) {
        m_shownJob.progress = percent;
        m_shownJob.state = JobState::Running;
        showJob();
    }
}

void EncounterPage::showJob() {
    if (!m_jobs) {
        m_jobRow->hide();
        return;
    }
    // The newest job still waiting or running, else the newest one.
    const Job* shown = nullptr;
    for (const Job& job : m_ownJobs) {
        if (isPending(job) || job.state == JobState::NeedsUser) {
            shown = &job;
            break;
        }
    }
    if (shown == nullptr && !m_ownJobs.empty()) {
        shown = &m_ownJobs.front();
    }
    if (shown == nullptr) {
        m_shownJob = Job{};
        m_jobRow->hide();
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
    const JobState state = m_shownJob.state;
    m_jobProgress->setValue(state == JobState::Done ? 100 : std::clamp(m_shownJob.progress, 0, 100));
    m_jobProgress->setVisible(isPending(m_shownJob) || state == JobState::Done);
    m_jobStatus->setText(jobStatusText(m_shownJob));
    m_jobRetry->setVisible(state == JobState::NeedsUser || state == JobState::Failed);
    m_jobCancel->setVisible(isPending(m_shownJob) || state == JobState::NeedsUser);
    m_jobRetry->setEnabled(!m_jobRequestPending);
    m_jobCancel->setEnabled(!m_jobRequestPending);
    m_jobRow->show();
}

QString EncounterPage::jobStatusText(const Job& job) const {
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

// --- the transcript -----------------------------------------------------------------------------------

void EncounterPage::requestTranscript(const QString& recordingId, const QString& transcriptId) {
    m_transcriptRecordingId = recordingId;
    if (recordingId.isEmpty() && transcriptId.isEmpty()) {
        m_transcriptToken = 0;
        m_transcriptModel->clear();
        m_transcriptEmpty->setText(tr("Select a recording to see its transcript."));
        m_transcriptEmpty->show();
        return;
    }
    m_transcriptToken = ++m_lastToken;
    emit transcriptRequested(recordingId, transcriptId, m_transcriptToken);
}

void EncounterPage::onTranscriptLoaded(quint64 token, const Transcript& transcript) {
    if (token != m_transcriptToken) {
        return;
    }
    m_transcriptToken = 0;
    m_transcriptRecordingId = transcript.recordingId;
    m_transcriptModel->setTranscript(transcript);
    if (transcript.id.isEmpty()) {
        m_transcriptEmpty->setText(tr("No transcript yet: press Transcribe."));
    } else if (transcript.segments.empty()) {
        m_transcriptEmpty->setText(tr("The transcript has no timed segments."));
    } else {
        m_transcriptEmpty->clear();
    }
    m_transcriptEmpty->setVisible(!m_transcriptEmpty->text().isEmpty());
    // Evidence from another recording: show that recording too (its transcript is already here).
    if (m_pendingEvidence && selectedRecordingId() != transcript.recordingId) {
        const int row = m_model->rowOf(transcript.recordingId);
        if (row >= 0) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
        }
    }
    applyPendingEvidence();
    updateControls();
    emit transcriptShown(m_transcriptModel->rowCount());
}

void EncounterPage::playSegment(int row) {
    const TranscriptSegmentRow* segment = m_transcriptModel->segmentAt(row);
    if (segment == nullptr) {
        return;
    }
    playFrom(m_transcriptModel->transcript().recordingId, segment->startMs);
}

void EncounterPage::playFrom(const QString& recordingId, qint64 startMs) {
    if (recordingId.isEmpty() || isRecordingActive()) {
        return;
    }
    if (selectedRecordingId() != recordingId) {
        const int row = m_model->rowOf(recordingId);
        if (row < 0) {
            m_infoBar->showMessage(tr("That recording is not in this patient's list."), InfoBar::Kind::Warning);
            return;
        }
        m_view->selectRow(row); // stops what was playing
    }
    if (recordingId == m_loadedAudioId && m_player->isLoaded()) {
        m_player->seek(startMs);
        updatePosition(m_player->position());
        if (m_player->state() != AudioPlayer::State::Playing) {
            m_player->play();
        }
        updateControls();
        return;
    }
    m_pendingSeekMs = startMs;
    m_audioToken = ++m_lastToken;
    emit audioRequested(recordingId, m_audioToken);
    updateControls();
}

void EncounterPage::showEvidence(const QJsonArray& segments) {
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
    if (m_transcriptModel->transcript().id == evidence.transcriptId && m_transcriptToken == 0) {
        applyPendingEvidence();
        return;
    }
    requestTranscript(QString(), evidence.transcriptId);
}

void EncounterPage::applyPendingEvidence() {
    if (!m_pendingEvidence || m_transcriptModel->transcript().id != m_pendingEvidence->transcriptId) {
        return;
    }
    const PendingEvidence evidence = *m_pendingEvidence;
    m_pendingEvidence.reset();
    QItemSelection selection;
    int first = -1;
    for (int index : evidence.indices) {
        const int row = m_transcriptModel->rowOfSegment(index);
        if (row < 0) {
            continue;
        }
        selection.select(m_transcriptModel->index(row, 0),
                         m_transcriptModel->index(row, TranscriptModel::ColumnCount - 1));
        first = first < 0 ? row : std::min(first, row);
    }
    m_transcriptView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first >= 0) {
        m_transcriptView->scrollTo(m_transcriptModel->index(first, 0), QAbstractItemView::PositionAtCenter);
        m_transcriptView->selectionModel()->setCurrentIndex(m_transcriptModel->index(first, 0),
                                                            QItemSelectionModel::NoUpdate);
    }
    playFrom(m_transcriptModel->transcript().recordingId, evidence.startMs);
}

} // namespace clinicdesk
