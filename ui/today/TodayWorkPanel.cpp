// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "today/TodayWorkPanel.h"

#include "jobs/JobStates.h"
#include "patients/PatientTableModel.h"

#include <QDateTime>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QString when(std::int64_t ms) {
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale locale;
    return at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                             : locale.toString(at, QLocale::ShortFormat);
}

QString duration(std::int64_t ms) {
    const std::int64_t seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TodayWorkPanel::TodayWorkPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("todayWorkPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_drafts = addSection(QStringLiteral("todayDrafts"), tr("No drafts waiting for your signature."), m_draftsHeading,
                          m_draftsEmpty);
    layout->addSpacing(12);
    m_recordings =
        addSection(QStringLiteral("todayRecordings"), tr("Every recording has a transcript or is on its way."),
                   m_recordingsHeading, m_recordingsEmpty);
    layout->addSpacing(12);
    m_jobs = addSection(QStringLiteral("todayJobs"), tr("No AI job needs you."), m_jobsHeading, m_jobsEmpty);
    layout->addStretch(1);
    setWork({}, {});
    setJobs({}, {}, {});
}

QListWidget* TodayWorkPanel::addSection(const QString& objectName, const QString& emptyText, QLabel*& heading,
                                        QLabel*& empty) {
    heading = new QLabel(this);
    heading->setObjectName(objectName + QStringLiteral("Heading"));
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setWordWrap(true);
    list->setSpacing(2);
    list->setMaximumHeight(190);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->installEventFilter(this);
    heading->setBuddy(list);
    empty = new QLabel(emptyText, this);
    empty->setObjectName(objectName + QStringLiteral("Empty"));
    empty->setWordWrap(true);
    empty->setEnabled(false); // greyed: a state, not a value
    auto* box = qobject_cast<QVBoxLayout*>(layout());
    box->addWidget(heading);
    box->addWidget(list);
    box->addWidget(empty);
    connect(list, &QListWidget::itemClicked, this, &TodayWorkPanel::open);
    return list;
}

void TodayWorkPanel::setCount(QLabel* heading, const QString& title, int count, QListWidget* list, QLabel* empty) {
    heading->setText(count > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(count) : title);
    list->setAccessibleName(title);
    list->setVisible(count > 0);
    empty->setVisible(count == 0);
}

void TodayWorkPanel::setWork(const TodayWork& work, const QHash<QString, Patient>& patients) {
    const auto nameOf = [&](const QString& id) {
        const auto it = patients.constFind(id);
        return it != patients.constEnd() ? PatientTableModel::displayName(*it) : tr("Unknown patient");
    };
    m_drafts->clear();
    for (const NoteSummary& n : work.drafts) {
        const QString kind = n.amendsNoteId ? tr("Addendum") : (n.templateName.isEmpty() ? tr("Note") : n.templateName);
        auto* item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(nameOf(n.patientId),
                                                             tr("%1 · draft, changed %2").arg(kind, when(n.updatedAt))),
                                m_drafts);
        item->setData(EncounterIdRole, n.encounterId);
        item->setData(PatientIdRole, n.patientId);
        item->setData(PatientNameRole, nameOf(n.patientId));
        item->setData(IdRole, n.id);
        item->setToolTip(tr("Open the encounter to review and sign"));
    }
    setCount(m_draftsHeading, tr("Drafts to sign"), int(work.drafts.size()), m_drafts, m_draftsEmpty);
    m_recordings->clear();
    for (const Recording& r : work.waitingForTranscript) {
        auto* item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(nameOf(r.patientId),
                                         tr("Recorded %1 · %2 long").arg(when(r.startedAt), duration(r.durationMs))),
            m_recordings);
        item->setData(EncounterIdRole, r.encounterId);
        item->setData(PatientIdRole, r.patientId);
        item->setData(PatientNameRole, nameOf(r.patientId));
        item->setData(IdRole, r.id);
        item->setToolTip(tr("Open the encounter to transcribe it"));
    }
    setCount(m_recordingsHeading, tr("Recordings waiting for a transcript"), int(work.waitingForTranscript.size()),
             m_recordings, m_recordingsEmpty);
}

void TodayWorkPanel::setJobs(const std::vector<Job>& jobs, const QString& userId,
                             const QHash<QString, Patient>& patients) {
    m_jobs->clear();
    m_jobPatientIds.clear();
    int count = 0;
    for (const Job& job : jobs) {
        if (!isWaitingForUser(job.state) || (!userId.isEmpty() && job.createdBy != userId)) {
            continue;
        }
        const QString what = job.kind == JobKind::Transcribe ? tr("Transcription") : tr("Note");
        const auto patient = patients.constFind(job.patientId);
        const QString title = patient != patients.constEnd()
                                  ? QStringLiteral("%1 · %2").arg(PatientTableModel::displayName(*patient), what)
                                  : what;
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(title, job.lastError), m_jobs);
        item->setData(IdRole, job.id);
        item->setToolTip(tr("Open AI jobs to retry or cancel it"));
        if (!job.patientId.isEmpty()) {
            m_jobPatientIds << job.patientId;
        }
        ++count;
    }
    setCount(m_jobsHeading, tr("AI jobs that need you"), count, m_jobs, m_jobsEmpty);
}

void TodayWorkPanel::open(QListWidgetItem* item) {
    if (item == nullptr) {
        return;
    }
    if (item->listWidget() == m_jobs) {
        emit jobsRequested();
        return;
    }
    emit encounterRequested(item->data(EncounterIdRole).toString(), item->data(PatientIdRole).toString(),
                            item->data(PatientNameRole).toString());
}

bool TodayWorkPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        auto* list = qobject_cast<QListWidget*>(watched);
        if (list != nullptr && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            open(list->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace clinicdesk
