#include "patients/PatientEncountersTab.h"

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

QString at(std::int64_t ms) {
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

PatientEncountersTab::PatientEncountersTab(QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No encounters yet. “Open encounter” starts one."), this))
    , m_open(new QPushButton(tr("&Open encounter"), this)) {
    setObjectName(QStringLiteral("recordEncountersTab"));
    m_view->setObjectName(QStringLiteral("recordEncounters"));
    m_view->setAccessibleName(tr("Encounters and notes"));
    m_view->setHeaderLabels({tr("Encounter"), tr("Practitioner"), tr("Notes"), tr("Recordings")});
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_empty->setObjectName(QStringLiteral("recordEncountersEmpty"));
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_open->setObjectName(QStringLiteral("recordOpenEncounterButton"));
    m_open->setToolTip(tr("Open the selected encounter (Enter)"));
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
    connect(m_open, &QPushButton::clicked, this, &PatientEncountersTab::openCurrent);
    connect(m_view, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(current != nullptr); });
}

void PatientEncountersTab::setRecord(const PatientRecord& record) {
    m_view->clear();
    const auto nameOf = [&](const std::optional<QString>& id) {
        return id ? record.userNames.value(*id, *id) : QString();
    };
    if (record.encounters) {
        for (const EncounterSummary& summary : *record.encounters) {
            const Encounter& e = summary.encounter;
            auto* item = new QTreeWidgetItem(m_view);
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
    const bool none = m_view->topLevelItemCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    m_open->setEnabled(m_view->currentItem() != nullptr);
}

void PatientEncountersTab::openCurrent() {
    if (QTreeWidgetItem* item = m_view->currentItem()) {
        emit encounterOpened(item->data(0, EncounterIdRole).toString());
    }
}

} // namespace clinicdesk
