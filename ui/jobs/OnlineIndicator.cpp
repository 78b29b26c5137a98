// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/OnlineIndicator.h"

namespace clinicdesk {

OnlineIndicator::OnlineIndicator(JobsHost& jobs, QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("onlineIndicator"));
    setContentsMargins(6, 0, 6, 0);
    connect(&jobs, &JobsHost::connectivityChanged, this, &OnlineIndicator::display);
    display(jobs.connectivity());
}

QString OnlineIndicator::textFor(JobsHost::Connectivity connectivity) {
    switch (connectivity) {
    case JobsHost::Connectivity::Online:
        return tr("Online");
    case JobsHost::Connectivity::Offline:
        return tr("Offline — jobs wait and run by themselves");
    case JobsHost::Connectivity::WorkingOffline:
        return tr("Working offline");
    }
    return {};
}

void OnlineIndicator::display(JobsHost::Connectivity connectivity) {
    setText(textFor(connectivity));
    switch (connectivity) {
    case JobsHost::Connectivity::Online:
        setToolTip(tr("AI jobs are sent to the provider as they come."));
        break;
    case JobsHost::Connectivity::Offline:
        setToolTip(tr("The AI provider cannot be reached. Jobs stay in the queue and run as soon as it answers "
                      "again; nothing is lost."));
        break;
    case JobsHost::Connectivity::WorkingOffline:
        setToolTip(tr("You chose to work offline: nothing is sent until you switch it off. Jobs wait in the "
                      "queue."));
        break;
    }
}

} // namespace clinicdesk
