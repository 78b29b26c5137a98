// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/Endpoint.h"

#include <QJsonObject>

namespace clinicdesk::test::fakeopenai {

class ServerState;

// POST /chat/completions (JSON), also on Azure classic deployments (the deployment picks the model). Checks
// the body as OPENAI.md has it: known keys only; a chat model; messages with known roles, text and image
// parts (PNG, JPEG, WEBP or still GIF data URLs, at most 20 MB each and 50 MB together); temperature 0..2;
// max_tokens; no streaming; response_format text, json_object (the word "json" in the messages) or
// json_schema (its name, and a strict schema through SchemaOracle). Answers the test's content
// (ServerState), else an instance of the schema (SchemaInstance), with usage; FinishLength cuts it off
// and Refusal refuses.
class ChatCompletionsEndpoint final : public Endpoint {
public:
    ChatCompletionsEndpoint(const FakeOpenAiServer::Options& options, ServerState& state);

    [[nodiscard]] QByteArray method() const override { return "POST"; }
    [[nodiscard]] QString path() const override { return QStringLiteral("chat/completions"); }
    [[nodiscard]] bool onAzureDeployments() const override { return true; }
    [[nodiscard]] HttpResponse answer(const HttpRequest& request, const Route& route, ReceivedRequest& record,
                                      std::optional<Fault> fault) override;

private:
    // An image_url content part at `at` ("messages[0].content[1]"); `bytes` gets the decoded size.
    [[nodiscard]] static std::optional<HttpResponse> checkImage(const QJsonObject& imageUrl, const QString& at,
                                                                qint64* bytes);
    // response_format {"type":"json_schema",...}; `schema` gets the schema.
    [[nodiscard]] static std::optional<HttpResponse> checkJsonSchemaFormat(const QJsonObject& format,
                                                                           QJsonObject* schema);

    const FakeOpenAiServer::Options& m_options;
    ServerState& m_state;
};

} // namespace clinicdesk::test::fakeopenai
