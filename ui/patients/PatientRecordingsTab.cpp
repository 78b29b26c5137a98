#include "patients/PatientRecordingsTab.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QString length(std::int64_t ms) {
    const std::int64_t seconds = ms / 1000;
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PatientRecordingsTab::PatientRecordingsTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No recordings yet."), this))
    , m_open(new QPushButton(tr("&Open encounter"), this)) {
    setObjectName(QStringLiteral("recordRecordingsTab"));
    m_view->setObjectName(QStringLiteral("recordRecordings"));
    m_view->setAccessibleName(tr("Recordings"));
    m_view->setHeaderLabels({tr("Recorded"), tr("Length"), tr("Source"), tr("Transcript")});
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("recordRecordingsEmpty"));
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_open->setObjectName(QStringLiteral("recordOpenRecordingButton"));
    m_open->setToolTip(tr("Open the encounter of the selected recording (Enter)"));
    m_open->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &PatientRecordingsTab::openCurrent);
    connect(m_view, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(current != nullptr); });
}

void PatientRecordingsTab::setRecord(const PatientRecord& record) {
    m_view->clear();
    if (record.recordings) {
        const QLocale locale;
        for (const RecordingSummary& summary : *record.recordings) {
            const Recording& r = summary.recording;
            auto* item = new QTreeWidgetItem(m_view);
            item->setData(0, EncounterIdRole, r.encounterId);
            item->setData(0, RecordingIdRole, r.id);
            item->setText(0, locale.toString(QDateTime::fromMSecsSinceEpoch(r.startedAt), QLocale::ShortFormat));
            item->setText(1, r.state == RecordingState::Recording ? tr("recording…") : length(r.durationMs));
            item->setText(2, r.source == RecordingSource::Import ? tr("Imported file") : tr("Microphone"));
            item->setText(3, summary.transcribed                    ? tr("Transcribed")
                             : summary.transcriptionPending         ? tr("Transcription on its way")
                             : r.state == RecordingState::Recording ? QString()
                                                                    : tr("Not transcribed"));
            if (r.state == RecordingState::Recovered) {
                item->setToolTip(0, tr("Recovered after the program stopped during the recording"));
            }
        }
    }
    const bool none = m_view->topLevelItemCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    m_open->setEnabled(m_view->currentItem() != nullptr);
}

void PatientRecordingsTab::openCurrent() {
    if (QTreeWidgetItem* item = m_view->currentItem()) {
        emit encounterOpened(item->data(0, EncounterIdRole).toString());
    }
}

} // namespace clinicdesk
