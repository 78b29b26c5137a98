// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "jobs/Job.h"
#include "net/HttpClient.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <functional>
#include <optional>

namespace clinicdesk {

// How a job attempt ended when it did not produce a result.
struct JobFailure {
    enum class Kind {
        Retry,     // network, timeout, 408/409/429 rate limit/5xx: try again later by itself
        NeedsUser, // 401, insufficient_quota, budget reached, no key: wait for the user
        Fatal,     // the request can never succeed (bad audio, refusal, invalid answer)
    };
    Kind kind = Kind::Retry;
    Error error;                              // error.message is shown to the user
    std::optional<std::int64_t> retryAfterMs; // the server's delay, when it gave one
    bool offline = false;                     // could not reach the server at all
    HoldReason hold = HoldReason::None;       // NeedsUser: what, once saved, ends the wait by itself
};

// What a handler sees of the queue while it runs one job on the runner's thread.
class JobContext {
public:
    virtual ~JobContext() = default;
    [[nodiscard]] virtual const Job& job() const = 0;
    // The runner's own vault connection (its thread only).
    [[nodiscard]] virtual Database& db() = 0;
    [[nodiscard]] virtual const Session& session() const = 0;
    [[nodiscard]] virtual HttpClient& http() = 0;
    [[nodiscard]] virtual const HttpCancel& cancel() const = 0;
    // 0..100; stored and signalled, rate-limited by the runner.
    virtual void progress(int percent) = 0;
    // Writes the result and marks the job done in one transaction: `write` inserts the
    // transcript/note (it runs inside the transaction) and returns its id. If the job
    // was cancelled or taken over meanwhile, nothing is written.
    [[nodiscard]] virtual Result<QString> commit(const std::function<Result<QString>(Database&)>& write) = 0;
};

// Runs one attempt of one kind of job. Called on the runner's thread.
using JobHandler = std::function<std::expected<QString, JobFailure>(JobContext& context)>;

} // namespace clinicdesk
