// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/EncounterPage.h"

#include "encounter/ConsentPanel.h"
#include "encounter/EncounterController.h"
#include "encounter/EncounterJobs.h"
#include "encounter/EncounterPlayback.h"
#include "encounter/JobStatusPanel.h"
#include "encounter/NotePanel.h"
#include "encounter/RecorderPanel.h"
#include "encounter/RecordingsPanel.h"
#include "encounter/TranscriptPanel.h"
#include "widgets/InfoBar.h"

#include <QAction>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

EncounterPage::EncounterPage(EncounterService& encounters, NoteService& notes, RecorderHost& recorder,
                             QSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_controller(new EncounterController(encounters, notes, recorder, this))
    , m_back(new QPushButton(tr("← &Back"), this))
    , m_patientLabel(new QLabel(this))
    , m_encounterLabel(new QLabel(this))
    , m_infoBar(new InfoBar(this)) {
    setObjectName(QStringLiteral("encounterPage"));
    m_back->setObjectName(QStringLiteral("backToPatientsButton"));
    m_back->setToolTip(tr("Back to where you came from"));
    connect(m_back, &QPushButton::clicked, this, &EncounterPage::backRequested);
    m_patientLabel->setObjectName(QStringLiteral("encounterPatientLabel"));
    QFont titleFont = m_patientLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_patientLabel->setFont(titleFont);
    m_patientLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_encounterLabel->setObjectName(QStringLiteral("encounterStartedLabel"));
    m_encounterLabel->setEnabled(false);
    m_infoBar->setObjectName(QStringLiteral("encounterInfoBar"));

    auto* consent = new ConsentPanel(*m_controller, this);
    auto* recorderPanel = new RecorderPanel(*m_controller, settings, this);
    auto* recordings = new RecordingsPanel(*m_controller, this);
    auto* jobStatus = new JobStatusPanel(*m_controller, this);
    auto* transcript = new TranscriptPanel(*m_controller, this);
    auto* noteBox = new QGroupBox(tr("Note"), this);
    noteBox->setObjectName(QStringLiteral("noteBox"));
    m_notePanel = new NotePanel(*m_controller, settings, noteBox);
    auto* noteLayout = new QVBoxLayout(noteBox);
    noteLayout->addWidget(m_notePanel);
    m_aiWidgets = {transcript, noteBox};
    for (QWidget* widget : m_aiWidgets) {
        widget->hide();
    }
    // The shortcuts work wherever the focus is on the page.
    addAction(recorderPanel->recordAction());
    addAction(recorderPanel->stopAction());

    auto* recordingsColumn = new QWidget(this);
    auto* recordingsLayout = new QVBoxLayout(recordingsColumn);
    recordingsLayout->setContentsMargins(0, 0, 0, 0);
    recordingsLayout->addWidget(recordings, 1);
    recordingsLayout->addWidget(jobStatus);
    auto* leftColumn = new QSplitter(Qt::Vertical, this);
    leftColumn->setObjectName(QStringLiteral("encounterLeftSplitter"));
    leftColumn->setChildrenCollapsible(false);
    leftColumn->addWidget(recordingsColumn);
    leftColumn->addWidget(transcript);
    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("encounterSplitter"));
    columns->setChildrenCollapsible(false);
    columns->addWidget(leftColumn);
    columns->addWidget(noteBox);
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
    layout->addWidget(consent);
    layout->addWidget(recorderPanel);
    layout->addWidget(columns, 1);
    // Focus lands in the page, so its shortcuts (Ctrl+R) work as soon as it is shown.
    setFocusProxy(recordings->view());

    connect(m_controller, &EncounterController::notice, this,
            [this](const QString& message, EncounterController::Notice kind) { showNotice(message, int(kind)); });
    connect(m_controller, &EncounterController::dismissNotice, m_infoBar, &InfoBar::dismiss);
    connect(m_controller, &EncounterController::patientChanged, this, &EncounterPage::updateHeader);
    connect(m_controller, &EncounterController::encounterChanged, this, [this] {
        updateHeader();
        if (m_controller->encounter()) {
            emit encounterShown();
        }
    });
    connect(m_controller, &EncounterController::changed, this, [this] {
        const bool idle = !m_controller->isRecordingActive();
        m_back->setEnabled(idle);
        m_back->setToolTip(idle ? tr("Back to where you came from")
                                : tr("Stop the recording before leaving this patient"));
    });
    connect(m_controller, &EncounterController::recordingActiveChanged, this, &EncounterPage::recordingActiveChanged);
    connect(m_controller, &EncounterController::recordingsShown, this, &EncounterPage::recordingsShown);
    connect(m_controller, &EncounterController::transcriptShown, this, &EncounterPage::transcriptShown);
}

EncounterPage::~EncounterPage() = default;

void EncounterPage::showNotice(const QString& message, int kind) {
    switch (EncounterController::Notice(kind)) {
    case EncounterController::Notice::Information:
        m_infoBar->showMessage(message);
        break;
    case EncounterController::Notice::Warning:
        m_infoBar->showMessage(message, InfoBar::Kind::Warning);
        break;
    case EncounterController::Notice::Error:
        m_infoBar->showMessage(message, InfoBar::Kind::Error);
        break;
    }
}

void EncounterPage::updateHeader() {
    m_patientLabel->setText(m_controller->patientName());
    const auto& encounter = m_controller->encounter();
    m_encounterLabel->setText(
        encounter
            ? tr("Encounter started %1")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(encounter->startedAt), QLocale::ShortFormat))
            : QString());
}

bool EncounterPage::openPatient(const QString& patientId, const QString& patientName) {
    if (!m_controller->openPatient(patientId, patientName)) {
        return false;
    }
    updateHeader();
    return true;
}

bool EncounterPage::openAppointment(const QString& appointmentId, const QString& patientId,
                                    const QString& patientName) {
    if (!m_controller->openAppointment(appointmentId, patientId, patientName)) {
        return false;
    }
    updateHeader();
    return true;
}

bool EncounterPage::openEncounter(const QString& encounterId, const QString& patientId, const QString& patientName) {
    if (!m_controller->openEncounter(encounterId, patientId, patientName)) {
        return false;
    }
    updateHeader();
    return true;
}

QString EncounterPage::patientId() const {
    return m_controller->patientId();
}

const std::optional<Encounter>& EncounterPage::encounter() const {
    return m_controller->encounter();
}

bool EncounterPage::isRecordingActive() const {
    return m_controller->isRecordingActive();
}

Recorder::State EncounterPage::recorderState() const {
    return m_controller->recorderState();
}

RecordingTableModel* EncounterPage::model() const {
    return m_controller->recordings();
}

QString EncounterPage::selectedRecordingId() const {
    return m_controller->selectedRecordingId();
}

void EncounterPage::setJobsHost(JobsHost* jobs) {
    for (QWidget* widget : m_aiWidgets) {
        widget->setVisible(jobs != nullptr);
    }
    m_controller->setJobsHost(jobs);
}

TranscriptModel* EncounterPage::transcriptModel() const {
    return m_controller->transcript();
}

AudioPlayer* EncounterPage::player() const {
    return m_controller->playback().player();
}

const Job& EncounterPage::shownJob() const {
    return m_controller->jobs().shownJob();
}

std::optional<std::pair<QString, QJsonObject>> EncounterPage::unsavedNoteEdits() const {
    return m_notePanel->unsavedEdits();
}

void EncounterPage::restoreNoteEdits(const QString& patientId, const QString& patientName, const QString& noteId,
                                     const QJsonObject& content) {
    if (openPatient(patientId, patientName)) {
        m_notePanel->restoreEdits(noteId, content);
    }
}

void EncounterPage::refreshRecordings() {
    m_controller->refreshRecordings();
}

void EncounterPage::importFrom(const QString& path) {
    m_controller->importFrom(path);
}

void EncounterPage::exportTo(const QString& path) {
    m_controller->exportTo(path);
}

} // namespace clinicdesk
