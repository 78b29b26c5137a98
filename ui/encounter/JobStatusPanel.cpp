// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/JobStatusPanel.h"

#include "encounter/EncounterController.h"
#include "encounter/EncounterJobs.h"
#include "jobs/JobStates.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace clinicdesk {

JobStatusPanel::JobStatusPanel(EncounterController& controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_retry(new QPushButton(tr("Retry"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setObjectName(QStringLiteral("jobRow"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Progress of the AI job"));
    m_status->setObjectName(QStringLiteral("jobStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("jobRetryButton"));
    m_retry->setToolTip(tr("Try this job again now"));
    m_cancel->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancel->setToolTip(tr("Cancel this job; nothing of it is kept"));
    // Hidden parts keep their place: a job appearing or ending does not move the rows around it.
    for (QWidget* part :
         {static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_retry), static_cast<QWidget*>(m_cancel)}) {
        QSizePolicy policy = part->sizePolicy();
        policy.setRetainSizeWhenHidden(true);
        part->setSizePolicy(policy);
    }
    QSizePolicy own = sizePolicy();
    own.setRetainSizeWhenHidden(true);
    setSizePolicy(own);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_cancel);

    connect(m_retry, &QPushButton::clicked, this, [this] { m_controller.jobs().retryShown(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_controller.jobs().cancelShown(); });
    connect(&m_controller, &EncounterController::changed, this, &JobStatusPanel::updateControls);
    updateControls();
}

void JobStatusPanel::updateControls() {
    const EncounterJobs& jobs = m_controller.jobs();
    if (!jobs.isAvailable()) {
        // Without the AI pipeline the row takes no room at all.
        QSizePolicy own = sizePolicy();
        own.setRetainSizeWhenHidden(false);
        setSizePolicy(own);
        hide();
        return;
    }
    QSizePolicy own = sizePolicy();
    own.setRetainSizeWhenHidden(true);
    setSizePolicy(own);
    if (!jobs.hasShownJob()) {
        hide();
        return;
    }
    const Job& job = jobs.shownJob();
    const bool active = isActive(job.state);
    m_progress->setValue(job.state == JobState::Done ? 100 : std::clamp(job.progress, 0, 100));
    m_progress->setVisible(active || job.state == JobState::Done);
    m_status->setText(jobs.statusText());
    // Retry where the job stopped for a reason (it needs the user, or it failed); a cancelled job was
    // the user's own choice, and one waiting for its next attempt goes on by itself.
    m_retry->setVisible(canRetry(job.state) && !isActive(job.state) && job.state != JobState::Cancelled);
    m_cancel->setVisible(canCancel(job.state));
    m_retry->setEnabled(!jobs.isRequestPending());
    m_cancel->setEnabled(!jobs.isRequestPending());
    show();
}

} // namespace clinicdesk
