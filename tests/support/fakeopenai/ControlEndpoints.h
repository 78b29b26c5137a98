// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/HttpRequest.h"
#include "fakeopenai/HttpResponse.h"

namespace clinicdesk::test::fakeopenai {

class ServerState;

// The `fake-openai` executable's control endpoints under /_fake/ (no auth, not recorded; served only after
// FakeOpenAiServer::setControlEndpoints(true)), the same controls a test has in process:
//   POST /_fake/fault      {"path":..., "fault":"rate_limit|...", "retry_after_ms":N, "delay_ms":N}
//   POST /_fake/transcript {"text":...}
//   POST /_fake/chat       {"content":{...}}
//   GET  /_fake/requests   the recorded requests (FakeOpenAiServer::toJson)
//   POST /_fake/reset      faults, requests, transcript and chat content cleared
class ControlEndpoints {
public:
    explicit ControlEndpoints(ServerState& state);

    [[nodiscard]] HttpResponse handle(const HttpRequest& request);

private:
    ServerState& m_state;
};

} // namespace clinicdesk::test::fakeopenai
