// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "FakeOpenAiServer.h"
#include "fakeopenai/HttpRequest.h"
#include "fakeopenai/HttpResponse.h"
#include "fakeopenai/Route.h"

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <optional>

namespace clinicdesk::test::fakeopenai {

// One OpenAI path the fake serves, under /v1/ and /openai/v1/ (and on Azure classic deployments when
// onAzureDeployments()). Router calls answer() only for a request that passed the path, the key and the
// Azure checks and was not stopped by a fault; it records the request and the status answered.
class Endpoint {
public:
    using Fault = FakeOpenAiServer::Fault;
    using ReceivedRequest = FakeOpenAiServer::ReceivedRequest;

    virtual ~Endpoint() = default;

    [[nodiscard]] virtual QByteArray method() const = 0; // "GET", "POST"
    [[nodiscard]] virtual QString path() const = 0;      // after /v1/: "models", "audio/transcriptions"
    [[nodiscard]] virtual bool onAzureDeployments() const { return false; }

    // `record` is what the server keeps of the request: the endpoint adds what it parsed (form fields, the
    // file, the JSON body). `fault` is the fault popped for this request, if any: those that reach an endpoint
    // (Slow, MalformedJson, FinishLength, Refusal) are the endpoint's to act on when they change its answer.
    [[nodiscard]] virtual HttpResponse answer(const HttpRequest& request, const Route& route, ReceivedRequest& record,
                                              std::optional<Fault> fault) = 0;

protected:
    // The fake's token estimate: one token per four characters, at least one.
    [[nodiscard]] static qint64 tokensForChars(qsizetype chars) { return std::max<qint64>(1, (chars + 3) / 4); }
};

} // namespace clinicdesk::test::fakeopenai
