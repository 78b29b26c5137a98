// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QThread;

namespace clinicdesk::test {

// A local OpenAI-compatible server, at least as strict as ../shared/docs/OPENAI.md:
// multipart fields and file formats, the 25 MiB request limit, response_format per
// model, strict json_schema rules, Bearer or api-key auth, Azure classic and /openai/v1
// paths. Faults are scripted per endpoint and consumed in order.
//
// It runs its own thread (HTTP/1.1 with keep-alive), so tests may block on the
// client. Used in-process (this class) or as the `fake-openai` executable, which
// prints "listening on PORT" and is controlled over HTTP (see fake_openai_main.cpp).
class FakeOpenAiServer {
public:
    enum class Fault {
        RateLimit,          // 429 rate_limit_exceeded with Retry-After / retry-after-ms (retryAfterMs)
        ServiceUnavailable, // 503
        Unauthorized,       // 401 invalid_api_key
        InsufficientQuota,  // 429 insufficient_quota
        DropConnection,     // close the socket after reading the request, no response
        Slow,               // wait delayMs before answering (past the client's timeout)
        MalformedJson,      // 200 with a body that is not JSON
        FinishLength,       // chat: finish_reason "length" with cut-off content
        Refusal,            // chat: message.refusal, content null
        Hang,               // read the request, then never answer until the server stops
    };
    struct FaultSpec {
        Fault fault;
        int retryAfterMs = 1000; // RateLimit: sent as retry-after-ms and Retry-After (rounded up to seconds)
        int delayMs = 0;         // Slow
    };

    // Everything the server received (the audio bytes are kept only as a size and a hash).
    struct ReceivedRequest {
        QString method;
        QString path; // without query
        QString query;
        QHash<QString, QString> headers; // lower-case names
        QHash<QString, QString>
            fields; // multipart plain fields (arrays keep their "name[]" key; values joined by '\n')
        QString fileField, fileName, fileContentType;
        qint64 fileBytes = 0;
        double fileDurationSeconds = 0; // decoded Ogg Opus duration (0 if not Ogg Opus)
        QByteArray fileSha256;          // hex SHA-256 of the file part
        QJsonObject json;               // chat/completions body
        qint64 contentLength = 0;
        int status = 0; // what the server answered (0: no answer)
        // The fake's own time for this request: from the last byte of the request received to the
        // answer handed to the socket (parsing, checks, decoding the audio, building the answer; a
        // Slow fault's delay included). 0 for a 413 decided from Content-Length before the body came.
        double handledMs = 0;
    };
    // A request as the JSON object GET /_fake/requests lists.
    [[nodiscard]] static QJsonObject toJson(const ReceivedRequest& request);

    struct Options {
        QString apiKey = QStringLiteral("sk-test-key");
        QString azureDeployment = QStringLiteral("clinic-notes"); // classic Azure deployment name known to it
        QStringList models{QStringLiteral("whisper-1"), QStringLiteral("gpt-4o-transcribe"),
                           QStringLiteral("gpt-4o-mini-transcribe"), QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("gpt-4o")};
        qint64 maxRequestBytes = 26'214'400;
        double maxAudioSeconds = 1500; // gpt-4o-style duration limit per request; above: 400
    };

    FakeOpenAiServer();
    explicit FakeOpenAiServer(Options options);
    ~FakeOpenAiServer();

    // Listens on 127.0.0.1 (port 0: any free port). False if it cannot.
    bool listen(quint16 port = 0);
    void close(); // stop accepting and drop connections (the "network is gone")
    [[nodiscard]] quint16 port() const;
    [[nodiscard]] QString baseUrl() const; // http://127.0.0.1:PORT/v1

    // Faults for the next requests to `path` ("audio/transcriptions", "chat/completions", "models", or "*").
    void pushFault(const QString& path, FaultSpec spec);
    void clearFaults();

    // What /audio/transcriptions answers: this text; segments are laid over the speech
    // found in the uploaded audio (energy), so timestamps are real positions in that file.
    // Empty: "Speech from S to E seconds." per speech region.
    void setTranscriptText(const QString& text);
    // What chat/completions answers in message.content; empty object: an instance generated from the
    // request's schema (every required field filled, arrays with one item, first enum value).
    void setChatContent(const QJsonObject& content);

    // The control endpoints under /_fake/ (fault, transcript, chat, requests, reset; no auth), as the
    // `fake-openai` executable serves them. Off by default.
    void setControlEndpoints(bool enabled);

    [[nodiscard]] std::vector<ReceivedRequest> requests() const;
    [[nodiscard]] int requestCount(const QString& path) const;
    void clearRequests();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace clinicdesk::test
