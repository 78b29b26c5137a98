// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/OpenAiClient.h"
#include "domain/Session.h"
#include "repo/EgressRepository.h"

namespace clinicdesk {

// The one place an AI request becomes a row of the egress log ("what left this computer"): the job
// handlers and "test connection" build every row here, from what OpenAiClient metered.
class AiEgress {
public:
    // The row for one HTTP request to `provider` (host, provider kind, model, purpose, bytes, status,
    // request id), for the user and job it was sent for (empty: the session's user, no job).
    [[nodiscard]] static EgressEntry entry(const ProviderConfig& provider, const RequestMeter& meter,
                                           const QString& purpose, const QString& userId = {},
                                           const QString& jobId = {});
    // Writes the row. A failure is logged, not returned: the request has left already and the work goes on.
    static void record(Database& db, const Session& session, const EgressEntry& entry);
};

} // namespace clinicdesk
