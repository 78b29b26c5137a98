// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/RecordingsPanel.h"

#include "encounter/EncounterController.h"
#include "encounter/EncounterJobs.h"
#include "encounter/EncounterPlayback.h"
#include "encounter/RecordingTableModel.h"
#include "encounter/TranscriptModel.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

RecordingsPanel::RecordingsPanel(EncounterController& controller, QWidget* parent)
    : QGroupBox(tr("Recordings of this patient"), parent)
    , m_controller(controller)
    , m_view(new QTableView(this))
    , m_play(new QPushButton(tr("Play"), this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_position(new QLabel(this))
    , m_transcribe(new QPushButton(tr("Transcribe"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_importBusy(new QProgressBar(this)) {
    setObjectName(QStringLiteral("recordingsPanel"));
    RecordingTableModel* model = m_controller.recordings();
    m_view->setObjectName(QStringLiteral("recordingsView"));
    m_view->setModel(model);
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

    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setToolTip(tr("Play or pause the selected recording"));
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setAccessibleName(tr("Playback position"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(30000);
    m_position->setObjectName(QStringLiteral("playbackPositionLabel"));
    m_transcribe->setObjectName(QStringLiteral("transcribeButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setToolTip(tr("Save the selected recording as an Ogg Opus file"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Add an audio file (wav, mp3, m4a, ogg, webm, flac) to this encounter"));
    m_importBusy->setObjectName(QStringLiteral("importProgress"));
    m_importBusy->setRange(0, 0); // busy: the import reports no progress
    m_importBusy->setMaximumWidth(140);
    m_importBusy->setTextVisible(false);
    m_importBusy->setAccessibleName(tr("Importing"));
    m_importBusy->hide();

    auto* playRow = new QHBoxLayout;
    playRow->addWidget(m_play);
    playRow->addWidget(m_seek, 1);
    playRow->addWidget(m_position);
    playRow->addSpacing(12);
    playRow->addWidget(m_transcribe);
    playRow->addWidget(m_export);
    playRow->addWidget(m_import);
    playRow->addWidget(m_importBusy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(playRow);

    // The user's choice of row goes to the controller; the controller's choice (after a refresh, or
    // evidence in another recording) comes back as selectionChanged().
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_selecting) {
            return;
        }
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        m_controller.selectRecording(rows.isEmpty() ? QString()
                                                    : rows.first().data(RecordingTableModel::IdRole).toString());
    });
    // A click on the row already selected still asks for what belongs to it (its transcript).
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex& index) {
        m_controller.selectRecording(index.data(RecordingTableModel::IdRole).toString());
    });
    connect(m_view, &QTableView::doubleClicked, &m_controller, &EncounterController::togglePlayback);
    connect(&m_controller, &EncounterController::selectionChanged, this, &RecordingsPanel::selectRow);
    connect(m_play, &QPushButton::clicked, &m_controller, &EncounterController::togglePlayback);
    connect(m_transcribe, &QPushButton::clicked, &m_controller, &EncounterController::transcribeSelected);
    connect(m_export, &QPushButton::clicked, this, &RecordingsPanel::chooseExportFile);
    connect(m_import, &QPushButton::clicked, this, &RecordingsPanel::chooseImportFile);
    connect(&m_controller, &EncounterController::importFailed, this, &RecordingsPanel::showImportError);

    EncounterPlayback& playback = m_controller.playback();
    connect(m_seek, &QSlider::sliderMoved, this, [this](int ms) {
        m_position->setText(tr("%1 / %2").arg(RecordingTableModel::formatDuration(ms),
                                              RecordingTableModel::formatDuration(m_seek->maximum())));
    });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { m_controller.playback().seek(m_seek->value()); });
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_seek->isSliderDown()) {
            m_controller.playback().seek(m_seek->sliderPosition());
        }
    });
    connect(&playback, &EncounterPlayback::loaded, this, &RecordingsPanel::setDuration);
    connect(&playback, &EncounterPlayback::positionChanged, this, &RecordingsPanel::updatePosition);
    connect(&m_controller, &EncounterController::changed, this, &RecordingsPanel::updateControls);
    updatePosition(0);
    updateControls();
}

void RecordingsPanel::selectRow(const QString& recordingId) {
    const int row = m_controller.recordings()->rowOf(recordingId);
    m_selecting = true;
    if (row < 0) {
        m_view->clearSelection();
    } else {
        m_view->selectRow(row);
        m_view->scrollTo(m_controller.recordings()->index(row, 0));
    }
    m_selecting = false;
}

void RecordingsPanel::setDuration(qint64 ms) {
    m_seek->setRange(0, int(ms));
    updatePosition(0);
}

void RecordingsPanel::updatePosition(qint64 ms) {
    if (!m_seek->isSliderDown()) {
        const QSignalBlocker blocker(m_seek);
        m_seek->setValue(int(ms));
    }
    m_position->setText(tr("%1 / %2").arg(RecordingTableModel::formatDuration(ms),
                                          RecordingTableModel::formatDuration(m_seek->maximum())));
}

void RecordingsPanel::chooseImportFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a recording"), QStandardPaths::writableLocation(QStandardPaths::MusicLocation),
        tr("Audio files (*.wav *.mp3 *.m4a *.ogg *.webm *.flac);;All files (*)"));
    if (!path.isEmpty()) {
        m_controller.importFrom(path);
    }
}

void RecordingsPanel::chooseExportFile() {
    const Recording* recording = m_controller.selectedRecording();
    if (recording == nullptr) {
        return;
    }
    const QString name =
        QStringLiteral("recording-%1.ogg")
            .arg(QDateTime::fromMSecsSinceEpoch(recording->startedAt).toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export recording"), folder + QLatin1Char('/') + name,
                                                      tr("Ogg Opus audio (*.ogg *.opus)"));
    if (!path.isEmpty()) {
        m_controller.exportTo(path);
    }
}

void RecordingsPanel::showImportError(const QString& message) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Import failed"),
                                tr("The file could not be imported: %1").arg(message), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("importErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void RecordingsPanel::updateControls() {
    const EncounterPlayback& playback = m_controller.playback();
    const bool idle = !m_controller.isRecordingActive();
    const bool finished = m_controller.isSelectedFinished();
    const bool playing = playback.isPlaying();
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setEnabled(playing || (finished && !playback.isLoading() && idle));
    m_seek->setEnabled(playback.player()->isLoaded() && !playback.loadedId().isEmpty());
    m_export->setEnabled(finished && !m_controller.isExporting());
    m_import->setEnabled(m_controller.encounter().has_value() && !m_controller.isImporting());
    m_importBusy->setVisible(m_controller.isImporting());

    const EncounterJobs& jobs = m_controller.jobs();
    const QString selected = m_controller.selectedRecordingId();
    const bool transcribing = jobs.isTranscribing(selected);
    const TranscriptModel* transcript = m_controller.transcript();
    const bool hasTranscript = !transcript->isEmpty() && transcript->transcript().recordingId == selected;
    m_transcribe->setVisible(m_controller.isAiAvailable());
    m_transcribe->setText(hasTranscript ? tr("Transcribe again") : tr("Transcribe"));
    m_transcribe->setEnabled(m_controller.isAiAvailable() && finished && !transcribing && !jobs.isRequestPending());
    m_transcribe->setToolTip(transcribing ? tr("This recording is being transcribed")
                                          : tr("Turn the selected recording into text with the AI provider"));
}

} // namespace clinicdesk
