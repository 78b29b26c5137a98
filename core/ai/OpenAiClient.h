// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/OpenAiAnswer.h"
#include "ai/ProviderConfig.h"
#include "crypto/SecureBytes.h"
#include "jobs/JobHandler.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <vector>

namespace clinicdesk {

struct TranscriptionRequest {
    QByteArray audio; // Ogg Opus
    QString fileName = QStringLiteral("audio.ogg");
    QByteArray contentType = "audio/ogg";
    QString language; // ISO-639-1, empty or "auto": let the model detect
    QString prompt;   // vocabulary, not sent to the diarize model
};

// One more turn of a conversation after the user's message: the model's earlier answer
// ("assistant") and what it is asked next ("user"), e.g. to correct an answer that broke the schema.
struct ChatMessage {
    QString role; // "assistant" or "user"
    QString content;
};

struct ChatRequest {
    QString system;
    QString user;
    QString schemaName; // ^[a-zA-Z0-9_-]{1,64}$
    QJsonObject schema; // strict-mode valid
    int maxOutputTokens = 4096;
    std::vector<ChatMessage> followUp = {}; // sent after `user`, in order
};

// What one request cost and where it went (for usage and the egress log).
struct RequestMeter {
    QString host;
    QString model;
    QString requestId; // x-request-id
    std::int64_t bytesSent = 0;
    std::int64_t bytesReceived = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    int httpStatus = 0;
};

// The OpenAI API as OPENAI.md describes it, for OpenAI, Azure OpenAI and
// OpenAI-compatible servers: builds the requests (multipart with bracketed arrays,
// json_schema strict), authenticates (Bearer, or api-key for Azure), parses answers
// liberally, and turns every failure into a JobFailure the queue understands:
//   Retry:     connection errors, timeouts, 408, 409, 429 rate_limit_exceeded, 5xx (retryAfterMs
//              from retry-after-ms, else Retry-After seconds or HTTP date; x-should-retry honoured)
//   NeedsUser: 401/403 (key wrong or revoked), 429 insufficient_quota, 404 model/deployment
//   Fatal:     other 4xx (the message says what the server refused), refusal,
//              finish_reason "length", malformed JSON
// Within one call it retries at most `maxInCallRetries` times like the SDKs
// (min(0.5 * 2^n, 8 s) * (1 - 0.25 * random), or the server's delay up to 60 s);
// the durable queue retries across hours on top.
class OpenAiClient {
    Q_DECLARE_TR_FUNCTIONS(OpenAiClient)
public:
    using Meter = std::function<void(const RequestMeter&)>; // called once per HTTP request sent

    OpenAiClient(HttpClient& http, ProviderConfig provider, SecureBytes apiKey);

    void setTimeouts(int connectMs, int totalMs);
    void setMaxInCallRetries(int retries) { m_maxRetries = retries; }
    void setMeter(Meter meter) { m_meter = std::move(meter); }

    [[nodiscard]] std::expected<TranscriptionResult, JobFailure> transcribe(const TranscriptionRequest& request,
                                                                            const HttpCancel* cancel = nullptr,
                                                                            const HttpProgress& progress = {});
    [[nodiscard]] std::expected<ChatResult, JobFailure> chatJson(const ChatRequest& request,
                                                                 const HttpCancel* cancel = nullptr);
    // "Test connection": GET models; checks the key and that the configured model is listed.
    [[nodiscard]] std::expected<QStringList, JobFailure> listModels(const HttpCancel* cancel = nullptr);

    // The response_format that the model accepts: verbose_json for whisper-1, json otherwise.
    [[nodiscard]] static QString responseFormatFor(const QString& model);

private:
    HttpClient& m_http;
    ProviderConfig m_provider;
    SecureBytes m_key;
    int m_connectMs = 15'000;
    int m_totalMs = 300'000;
    int m_maxRetries = 2;
    Meter m_meter;
};

} // namespace clinicdesk
