// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "FakeOpenAiServer.h"
#include "fakeopenai/ControlEndpoints.h"
#include "fakeopenai/Endpoint.h"
#include "fakeopenai/RequestHandler.h"

#include <memory>
#include <vector>

namespace clinicdesk::test::fakeopenai {

class ServerState;

// From a request to its answer, in the order OpenAI and Azure check: the control endpoints (when on); the path
// (Route: 404 "Invalid URL" for an unknown path or method); Azure classic's api-version; the API key (ApiKey);
// Azure classic's deployment; the endpoint's next scripted fault (FaultInjector); the endpoint. Every request
// but a control one is recorded in ServerState with the status answered and, once sent, its handledMs.
class Router final : public RequestHandler {
public:
    Router(const FakeOpenAiServer::Options& options, ServerState& state);
    ~Router() override;
    Router(const Router&) = delete;
    Router& operator=(const Router&) = delete;

    [[nodiscard]] HttpResponse handle(const HttpRequest& request) override;
    [[nodiscard]] HttpResponse tooLarge(const HttpRequest& request, qint64 bytes) override;

private:
    [[nodiscard]] HttpResponse route(const HttpRequest& request, FakeOpenAiServer::ReceivedRequest& rec);
    [[nodiscard]] Endpoint* endpointFor(const QByteArray& method, const QString& path) const;
    [[nodiscard]] static FakeOpenAiServer::ReceivedRequest recordOf(const HttpRequest& request);

    const FakeOpenAiServer::Options& m_options;
    ServerState& m_state;
    ControlEndpoints m_control;
    std::vector<std::unique_ptr<Endpoint>> m_endpoints;
};

} // namespace clinicdesk::test::fakeopenai
