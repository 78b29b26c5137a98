// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/Router.h"

#include "fakeopenai/ApiKey.h"
#include "fakeopenai/ChatCompletionsEndpoint.h"
#include "fakeopenai/FaultInjector.h"
#include "fakeopenai/ModelsEndpoint.h"
#include "fakeopenai/Route.h"
#include "fakeopenai/ServerState.h"
#include "fakeopenai/TranscriptionsEndpoint.h"

namespace clinicdesk::test::fakeopenai {

Router::Router(const FakeOpenAiServer::Options& options, ServerState& state)
    : m_options(options)
    , m_state(state)
    , m_control(state) {
    m_endpoints.push_back(std::make_unique<ModelsEndpoint>(options.models));
    m_endpoints.push_back(std::make_unique<TranscriptionsEndpoint>(options, state));
    m_endpoints.push_back(std::make_unique<ChatCompletionsEndpoint>(options, state));
}

Router::~Router() = default;

HttpResponse Router::handle(const HttpRequest& request) {
    if (request.path.startsWith(QLatin1String("/_fake/")) && m_state.controlEndpoints()) {
        return m_control.handle(request);
    }
    FakeOpenAiServer::ReceivedRequest rec = recordOf(request);
    HttpResponse response = route(request, rec);
    rec.status = response.action == HttpResponse::Action::Send ? response.status : 0;
    const ServerState::Position where = m_state.record(std::move(rec));
    response.onHandled = [state = &m_state, where](double ms) { state->setHandledMs(where, ms); };
    return response;
}

HttpResponse Router::tooLarge(const HttpRequest& request, qint64 bytes) {
    FakeOpenAiServer::ReceivedRequest rec = recordOf(request);
    rec.contentLength = bytes;
    rec.status = 413;
    m_state.record(std::move(rec)); // handledMs stays 0: decided before the body came
    return apiError(413,
                    QStringLiteral("Maximum content size limit (%1) exceeded (%2 bytes read)")
                        .arg(m_options.maxRequestBytes)
                        .arg(bytes),
                    QStringLiteral("server_error"));
}

HttpResponse Router::route(const HttpRequest& request, FakeOpenAiServer::ReceivedRequest& rec) {
    const QString invalidUrl =
        QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.path);
    const std::optional<Route> r = Route::fromPath(request.path);
    if (!r) {
        return apiError(404, invalidUrl);
    }
    Endpoint* endpoint = endpointFor(request.method, r->endpoint);
    if (!endpoint || (r->kind == Route::Kind::AzureClassic && !endpoint->onAzureDeployments())) {
        return apiError(404, invalidUrl);
    }
    if (auto refused = r->checkApiVersion(request.query)) {
        return *refused;
    }
    if (auto denied = ApiKey::check(request, *r, m_options.apiKey)) {
        return *denied;
    }
    if (auto unknown = r->checkDeployment(m_options.azureDeployment)) {
        return *unknown;
    }

    const std::optional<FakeOpenAiServer::FaultSpec> fault = m_state.popFault(r->endpoint);
    if (fault) {
        if (auto instead = FaultInjector::instead(*fault, m_options.apiKey)) {
            return *instead;
        }
    }
    HttpResponse response = endpoint->answer(request, *r, rec, fault ? std::optional(fault->fault) : std::nullopt);
    if (fault) {
        FaultInjector::applyTo(response, *fault);
    }
    return response;
}

Endpoint* Router::endpointFor(const QByteArray& method, const QString& path) const {
    for (const auto& endpoint : m_endpoints) {
        if (endpoint->method() == method && endpoint->path() == path) {
            return endpoint.get();
        }
    }
    return nullptr;
}

FakeOpenAiServer::ReceivedRequest Router::recordOf(const HttpRequest& request) {
    FakeOpenAiServer::ReceivedRequest rec;
    rec.method = QString::fromLatin1(request.method);
    rec.path = request.path;
    rec.query = request.query;
    rec.headers = request.headers;
    rec.contentLength = request.contentLength;
    return rec;
}

} // namespace clinicdesk::test::fakeopenai
