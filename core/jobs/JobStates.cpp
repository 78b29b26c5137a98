// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "jobs/JobStates.h"

namespace clinicdesk {

QString jobStateKey(JobState state) {
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::WaitingRetry:
        return QStringLiteral("waiting_retry");
    case JobState::NeedsUser:
        return QStringLiteral("needs_user");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Done:
        return QStringLiteral("done");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

JobState jobStateFromKey(const QString& key) {
    for (JobState state : kAllJobStates) {
        if (key == jobStateKey(state)) {
            return state;
        }
    }
    return JobState::Queued;
}

QString holdReasonKey(HoldReason reason) {
    switch (reason) {
    case HoldReason::None:
        return {};
    case HoldReason::Configuration:
        return QStringLiteral("configuration");
    case HoldReason::Auth:
        return QStringLiteral("auth");
    case HoldReason::Budget:
        return QStringLiteral("budget");
    case HoldReason::Quota:
        return QStringLiteral("quota");
    }
    return {};
}

HoldReason holdReasonFromKey(const QString& key) {
    for (HoldReason reason : {HoldReason::Configuration, HoldReason::Auth, HoldReason::Budget, HoldReason::Quota}) {
        if (key == holdReasonKey(reason)) {
            return reason;
        }
    }
    return HoldReason::None;
}

std::string sqlStateList(bool (*predicate)(JobState)) {
    std::string list;
    for (JobState state : kAllJobStates) {
        if (!predicate(state)) {
            continue;
        }
        if (!list.empty()) {
            list += ", ";
        }
        list += '\'' + jobStateKey(state).toStdString() + '\'';
    }
    return list;
}

} // namespace clinicdesk
