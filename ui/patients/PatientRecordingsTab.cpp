// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientRecordingsTab.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

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
    : EncounterListTab(
          {"recordRecordingsTab", "recordRecordings", "recordRecordingsEmpty", "recordOpenRecordingButton"},
          tr("No recordings yet."), tr("Open the encounter of the selected recording (Enter)"), parent) {
    QTreeWidget* list = view();
    list->setAccessibleName(tr("Recordings"));
    list->setHeaderLabels({tr("Recorded"), tr("Length"), tr("Source"), tr("Transcript")});
    list->setRootIsDecorated(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
}

void PatientRecordingsTab::setRecord(const PatientRecord& record) {
    QTreeWidget* list = view();
    list->clear();
    if (record.recordings) {
        const QLocale locale;
        for (const RecordingSummary& summary : *record.recordings) {
            const Recording& r = summary.recording;
            auto* item = new QTreeWidgetItem(list);
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
    listFilled();
}

} // namespace clinicdesk
