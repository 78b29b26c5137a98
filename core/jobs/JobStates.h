// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/Job.h"

#include <array>

namespace clinicdesk {

// What a job's state means, in one place: the queue (JobRepository, its SQL and the unique
// index of migration 0004), the jobs panel, the encounter page and the CLI ask these instead of
// listing states themselves.
//
//   state          active  waitingForUser  pending  finished  canCancel  canRetry  canClaim
//   queued           x                        x                   x                   x
//   running          x                        x                   x
//   waiting_retry    x                        x                   x          x        x
//   needs_user                   x            x                   x          x
//   failed                                              x                    x
//   done                                                x
//   cancelled                                           x                    x

inline constexpr std::array<JobState, 7> kAllJobStates{JobState::Queued,    JobState::Running, JobState::WaitingRetry,
                                                       JobState::NeedsUser, JobState::Failed,  JobState::Done,
                                                       JobState::Cancelled};

// The job goes on by itself: queued, running or waiting for its next attempt.
[[nodiscard]] constexpr bool isActive(JobState state) {
    switch (state) {
    case JobState::Queued:
    case JobState::Running:
    case JobState::WaitingRetry:
        return true;
    case JobState::NeedsUser:
    case JobState::Failed:
    case JobState::Done:
    case JobState::Cancelled:
        return false;
    }
    return false;
}

// The job waits for a person (a provider, a key, a budget...): needs_user. `last_error` says what to do.
[[nodiscard]] constexpr bool isWaitingForUser(JobState state) {
    return state == JobState::NeedsUser;
}

// Not finished yet: active or waiting for a person. What JobRepository::pending() lists, what a new
// request for the same input returns instead of queueing a second job (one pending transcription per
// recording), and what the jobs panel counts as "not finished".
[[nodiscard]] constexpr bool isPending(JobState state) {
    return isActive(state) || isWaitingForUser(state);
}

// Done, failed or cancelled: nothing more happens unless someone retries it.
[[nodiscard]] constexpr bool isFinished(JobState state) {
    return !isPending(state);
}

// JobRepository::cancel() changes it (cancelling a cancelled job is a no-op, not a change).
[[nodiscard]] constexpr bool canCancel(JobState state) {
    return isPending(state);
}

// JobRepository::retry() queues it again, due now, with a fresh count of attempts.
[[nodiscard]] constexpr bool canRetry(JobState state) {
    switch (state) {
    case JobState::WaitingRetry:
    case JobState::NeedsUser:
    case JobState::Failed:
    case JobState::Cancelled:
        return true;
    case JobState::Queued:
    case JobState::Running:
    case JobState::Done:
        return false;
    }
    return false;
}

// A runner may take it now (JobRepository::claim, the CLI's --wait): queued or waiting_retry.
[[nodiscard]] constexpr bool canClaim(JobState state) {
    return state == JobState::Queued || state == JobState::WaitingRetry;
}

// The `jobs.state` text of a state ("waiting_retry"), and back (unknown text reads as queued).
[[nodiscard]] QString jobStateKey(JobState state);
[[nodiscard]] JobState jobStateFromKey(const QString& key);

// The `jobs.hold_reason` text of a reason ("configuration"; empty for None), and back.
[[nodiscard]] QString holdReasonKey(HoldReason reason);
[[nodiscard]] HoldReason holdReasonFromKey(const QString& key);

// "'queued', 'running'" for the states `predicate` holds for: the IN (...) list of a query, so the
// SQL says what the predicates say.
[[nodiscard]] std::string sqlStateList(bool (*predicate)(JobState));

} // namespace clinicdesk
