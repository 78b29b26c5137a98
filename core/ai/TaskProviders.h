// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ProviderConfig.h"
#include "crypto/SecureBytes.h"
#include "jobs/JobHandler.h"

#include <optional>

namespace clinicdesk {

// The provider(s) of one AI task with their API keys, and the one rule for the fallback: it gets a
// request only after the primary failed in a way that is worth retrying (network, timeout, 408, 409,
// 429 rate limit, 5xx: JobFailure::Kind::Retry), never after a refused key, a used-up quota or a bad
// request, and not once the work was cancelled. AiPipeline sends every transcription part and every
// chat request of a note through send().
struct TaskProviders {
    enum class Served { Primary, Fallback };

    ProviderConfig primary;
    SecureBytes primaryKey;
    std::optional<ProviderConfig> fallback; // only when it is set up and has its key
    SecureBytes fallbackKey;

    // Whether a failure of the primary goes to the fallback.
    [[nodiscard]] static bool worthFallingBack(const JobFailure& failure, const HttpCancel& cancel) {
        return failure.kind == JobFailure::Kind::Retry && failure.error.code != ErrorCode::Cancelled &&
               !cancel.isCancelled();
    }

    // `send(provider, key)` with the primary, and once more with the fallback when the primary's failure is
    // worth it. The fallback's answer when it succeeds, else the primary's outcome; `served` (if given) says
    // which provider answered when one did. `send` may be called from several threads at once.
    template <typename Send>
    auto send(const HttpCancel& cancel, Send&& sendWith, Served* served = nullptr) const
        -> decltype(sendWith(primary, primaryKey)) {
        auto result = sendWith(primary, primaryKey);
        if (!result && fallback && worthFallingBack(result.error(), cancel)) {
            logFallback();
            auto second = sendWith(*fallback, fallbackKey);
            if (second) {
                if (served != nullptr) {
                    *served = Served::Fallback;
                }
                return second;
            }
        }
        if (result && served != nullptr) {
            *served = Served::Primary;
        }
        return result;
    }

private:
    void logFallback() const;
};

} // namespace clinicdesk
