// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientEncountersTab.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>

namespace clinicdesk {

namespace {

QString at(std::int64_t ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

PatientEncountersTab::PatientEncountersTab(QWidget* parent)
    : EncounterListTab(
          {"recordEncountersTab", "recordEncounters", "recordEncountersEmpty", "recordOpenEncounterButton"},
          tr("No encounters yet. “Open encounter” starts one."), tr("Open the selected encounter (Enter)"), parent) {
    QTreeWidget* list = view();
    list->setAccessibleName(tr("Encounters and notes"));
    list->setHeaderLabels({tr("Encounter"), tr("Practitioner"), tr("Notes"), tr("Recordings")});
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(false);
}

void PatientEncountersTab::setRecord(const PatientRecord& record) {
    QTreeWidget* list = view();
    list->clear();
    const auto nameOf = [&](const std::optional<QString>& id) {
        return id ? record.userNames.value(*id, *id) : QString();
    };
    if (record.encounters) {
        for (const EncounterSummary& summary : *record.encounters) {
            const Encounter& e = summary.encounter;
            auto* item = new QTreeWidgetItem(list);
            item->setData(0, EncounterIdRole, e.id);
            item->setText(0, at(e.startedAt));
            item->setText(1, nameOf(e.practitionerId));
            int signedCount = 0;
            for (const NoteSummary& n : summary.notes) {
                signedCount += n.status == NoteStatus::Signed ? 1 : 0;
            }
            const int drafts = int(summary.notes.size()) - signedCount;
            QStringList parts;
            if (signedCount > 0) {
                parts << tr("%n signed", nullptr, signedCount);
            }
            if (drafts > 0) {
                parts << tr("%n draft(s)", nullptr, drafts);
            }
            item->setText(2, parts.isEmpty() ? tr("No note") : parts.join(QStringLiteral(", ")));
            item->setText(3, summary.recordings > 0 ? QString::number(summary.recordings) : QString());
            for (const NoteSummary& n : summary.notes) {
                auto* note = new QTreeWidgetItem(item);
                note->setData(0, EncounterIdRole, e.id);
                note->setData(0, NoteIdRole, n.id);
                const QString kind = n.templateName.isEmpty() ? tr("Note") : n.templateName;
                note->setText(0, n.amendsNoteId ? tr("Addendum · %1").arg(kind) : kind);
                note->setText(2, n.status == NoteStatus::Signed && n.signedAt
                                     ? tr("Signed by %1, %2").arg(nameOf(n.signedBy), at(*n.signedAt))
                                     : tr("Draft, changed %1").arg(at(n.updatedAt)));
                QFont font = note->font(2);
                font.setItalic(n.status != NoteStatus::Signed);
                note->setFont(2, font);
            }
            item->setExpanded(true);
        }
    }
    listFilled();
}

} // namespace clinicdesk
