// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The public face of the fake OpenAI server; the pieces are in fakeopenai/ (docs/TESTING.md has the map):
// HttpServer and HttpConnection carry HTTP, Router routes a request through Route, ApiKey and
// FaultInjector to an Endpoint, and ServerState holds what the test thread shares with the server thread.
#include "FakeOpenAiServer.h"

#include "fakeopenai/HttpServer.h"
#include "fakeopenai/Router.h"
#include "fakeopenai/ServerState.h"

namespace clinicdesk::test {

struct FakeOpenAiServer::Impl {
    explicit Impl(Options o)
        : options(std::move(o))
        , router(options, state)
        , server(router, options.maxRequestBytes) {}

    // In this order: the server thread uses the others until `server` stops.
    Options options;
    fakeopenai::ServerState state;
    fakeopenai::Router router;
    fakeopenai::HttpServer server;
};

FakeOpenAiServer::FakeOpenAiServer()
    : FakeOpenAiServer(Options{}) {}

FakeOpenAiServer::FakeOpenAiServer(Options options)
    : d(std::make_unique<Impl>(std::move(options))) {}

FakeOpenAiServer::~FakeOpenAiServer() {
    d->server.stop();
}

bool FakeOpenAiServer::listen(quint16 port) {
    return d->server.listen(port);
}

void FakeOpenAiServer::close() {
    d->server.close();
}

quint16 FakeOpenAiServer::port() const {
    return d->server.port();
}

QString FakeOpenAiServer::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(port());
}

void FakeOpenAiServer::pushFault(const QString& path, FaultSpec spec) {
    d->state.pushFault(path, spec);
}

void FakeOpenAiServer::clearFaults() {
    d->state.clearFaults();
}

void FakeOpenAiServer::setTranscriptText(const QString& text) {
    d->state.setTranscriptText(text);
}

void FakeOpenAiServer::setChatContent(const QJsonObject& content) {
    d->state.setChatContent(content);
}

void FakeOpenAiServer::setControlEndpoints(bool enabled) {
    d->state.setControlEndpoints(enabled);
}

std::vector<FakeOpenAiServer::ReceivedRequest> FakeOpenAiServer::requests() const {
    return d->state.requests();
}

int FakeOpenAiServer::requestCount(const QString& path) const {
    return d->state.requestCount(path);
}

void FakeOpenAiServer::clearRequests() {
    d->state.clearRequests();
}

QJsonObject FakeOpenAiServer::toJson(const ReceivedRequest& request) {
    QJsonObject headers;
    for (auto it = request.headers.begin(); it != request.headers.end(); ++it) {
        headers.insert(it.key(), it.value());
    }
    QJsonObject fields;
    for (auto it = request.fields.begin(); it != request.fields.end(); ++it) {
        fields.insert(it.key(), it.value());
    }
    return QJsonObject{{QStringLiteral("method"), request.method},
                       {QStringLiteral("path"), request.path},
                       {QStringLiteral("query"), request.query},
                       {QStringLiteral("headers"), headers},
                       {QStringLiteral("fields"), fields},
                       {QStringLiteral("fileField"), request.fileField},
                       {QStringLiteral("fileName"), request.fileName},
                       {QStringLiteral("fileContentType"), request.fileContentType},
                       {QStringLiteral("fileBytes"), request.fileBytes},
                       {QStringLiteral("fileDurationSeconds"), request.fileDurationSeconds},
                       {QStringLiteral("fileSha256"), QString::fromLatin1(request.fileSha256)},
                       {QStringLiteral("json"), request.json},
                       {QStringLiteral("contentLength"), request.contentLength},
                       {QStringLiteral("status"), request.status},
                       {QStringLiteral("handledMs"), request.handledMs}};
}

} // namespace clinicdesk::test
