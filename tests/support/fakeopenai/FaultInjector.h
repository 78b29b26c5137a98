// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "FakeOpenAiServer.h"
#include "fakeopenai/HttpResponse.h"

#include <QString>

#include <optional>

namespace clinicdesk::test::fakeopenai {

// What a scripted fault (FakeOpenAiServer::Fault, queued in ServerState) does to a request. Router pops the
// endpoint's next fault after the path, the key and the Azure deployment are checked, then asks instead():
// faults that stop the request (429 rate limit or quota, 503, 401, drop, hang) answer in place of the
// endpoint; the others reach the endpoint, which acts on FinishLength and Refusal itself, and applyTo()
// delays (Slow) or breaks (MalformedJson) its answer.
class FaultInjector {
public:
    using Fault = FakeOpenAiServer::Fault;
    using FaultSpec = FakeOpenAiServer::FaultSpec;

    // The answer in place of the endpoint's; nullopt for Slow, MalformedJson, FinishLength and Refusal.
    // `apiKey` is the key the server accepts (Unauthorized names it masked, as for a revoked key).
    [[nodiscard]] static std::optional<HttpResponse> instead(const FaultSpec& spec, const QString& apiKey);
    // Slow: the answer waits spec.delayMs (at least 1 ms); MalformedJson: a 200's body is not JSON.
    static void applyTo(HttpResponse& response, const FaultSpec& spec);

    // The names the `fake-openai` executable's POST /_fake/fault takes ("rate_limit", "unavailable", ...).
    [[nodiscard]] static QString name(Fault fault);
    [[nodiscard]] static std::optional<Fault> fromName(const QString& text);
};

} // namespace clinicdesk::test::fakeopenai
