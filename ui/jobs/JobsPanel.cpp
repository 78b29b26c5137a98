// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/JobsPanel.h"

#include "jobs/JobProgressDelegate.h"
#include "jobs/JobStates.h"
#include "jobs/JobTableModel.h"
#include "jobs/JobsHost.h"
#include "widgets/InfoBar.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

JobsPanel::JobsPanel(JobsHost& jobs, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_model(new JobTableModel(this))
    , m_view(new QTableView)
    , m_infoBar(new InfoBar)
    , m_detail(new QLabel)
    , m_count(new QLabel)
    , m_cancel(new QPushButton(tr("&Cancel job")))
    , m_retry(new QPushButton(tr("&Retry")))
    , m_workOfflineCheck(new QCheckBox(tr("Work offline")))
    , m_workOffline(new QAction(tr("Work &offline"), this)) {
    setObjectName(QStringLiteral("jobsPanel"));

    m_infoBar->setObjectName(QStringLiteral("jobsInfoBar"));
    m_view->setObjectName(QStringLiteral("jobsView"));
    m_view->setAccessibleName(tr("AI jobs of this vault"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(JobTableModel::Progress, new JobProgressDelegate(m_view));
    m_view->setWordWrap(false);
    m_detail->setObjectName(QStringLiteral("jobDetailLabel"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setObjectName(QStringLiteral("jobCountLabel"));
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancel->setToolTip(tr("Stop the selected job. Nothing of it is kept; Retry starts it again."));
    m_retry->setObjectName(QStringLiteral("jobRetryButton"));
    m_retry->setToolTip(tr("Run the selected job again now (after fixing what it needed)."));
    m_workOfflineCheck->setObjectName(QStringLiteral("workOfflineCheck"));
    m_workOfflineCheck->setToolTip(tr("Send nothing to the AI provider until switched off; jobs wait in the queue."));
    m_workOffline->setObjectName(QStringLiteral("workOfflineAction"));
    m_workOffline->setCheckable(true);
    m_workOffline->setToolTip(m_workOfflineCheck->toolTip());

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch();
    buttons->addWidget(m_workOfflineCheck);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    auto* title = new QLabel(tr("AI jobs"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->addWidget(title);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    // The action and the check box are two views of one switch, owned by JobsHost.
    const bool offline = jobs.workOffline();
    m_workOffline->setChecked(offline);
    m_workOfflineCheck->setChecked(offline);
    connect(m_workOffline, &QAction::toggled, &m_jobs, &JobsHost::setWorkOffline);
    connect(m_workOfflineCheck, &QCheckBox::toggled, &m_jobs, &JobsHost::setWorkOffline);
    connect(&m_jobs, &JobsHost::connectivityChanged, this, [this] {
        const bool on = m_jobs.workOffline();
        const QSignalBlocker a(m_workOffline);
        const QSignalBlocker b(m_workOfflineCheck);
        m_workOffline->setChecked(on);
        m_workOfflineCheck->setChecked(on);
    });

    connect(&m_jobs, &JobsHost::jobsListed, this, [this](const std::vector<Job>& list) {
        const QString keep = m_selected;
        m_model->setJobs(list);
        if (!keep.isEmpty()) {
            selectJob(keep);
        }
        updateCount();
        updateButtons();
    });
    connect(&m_jobs, &JobsHost::progressChanged, m_model, &JobTableModel::setProgress);
    connect(&m_jobs, &JobsHost::enqueued, this, [this](const Job& job) {
        m_selected = job.id;
        if (!isVisible()) {
            show();
        }
    });
    connect(&m_jobs, &JobsHost::failed, this,
            [this](const Error& error) { m_infoBar->showMessage(error.message, InfoBar::Kind::Warning); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid()) {
                    m_selected = current.data(JobTableModel::IdRole).toString();
                }
                updateButtons();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &JobsPanel::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QString id = selectedJobId();
        if (!id.isEmpty()) {
            m_infoBar->dismiss();
            m_jobs.cancel(id);
        }
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QString id = selectedJobId();
        if (!id.isEmpty()) {
            m_infoBar->dismiss();
            m_jobs.retry(id);
        }
    });

    m_model->setJobs(m_jobs.jobs());
    updateCount();
    updateButtons();
}

QString JobsPanel::selectedJobId() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(JobTableModel::IdRole).toString() : QString();
}

void JobsPanel::selectJob(const QString& jobId) {
    const int row = m_model->rowOf(jobId);
    if (row < 0) {
        return;
    }
    m_selected = jobId;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
}

void JobsPanel::updateButtons() {
    const Job* job = m_model->jobAt(m_view->selectionModel()->currentIndex().row());
    if (!m_view->selectionModel()->currentIndex().isValid()) {
        job = nullptr;
    }
    m_cancel->setEnabled(job != nullptr && canCancel(job->state));
    m_retry->setEnabled(job != nullptr && canRetry(job->state));
    if (job == nullptr) {
        m_detail->clear();
        m_detail->hide();
        return;
    }
    QString detail = tr("%1, %2: %3")
                         .arg(JobTableModel::kindName(job->kind), JobTableModel::subjectName(*job),
                              JobTableModel::stateName(job->state));
    if (job->state != JobState::Done && !job->lastError.isEmpty()) {
        detail += QLatin1Char('\n') + job->lastError;
    }
    m_detail->setText(detail);
    m_detail->show();
}

void JobsPanel::updateCount() {
    int waiting = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JobState state = m_model->jobAt(row)->state;
        if (isPending(state)) {
            ++waiting;
        }
    }
    m_count->setText(tr("%n job(s) not finished", nullptr, waiting));
}

} // namespace clinicdesk
