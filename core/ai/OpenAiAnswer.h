// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <expected>
#include <optional>
#include <vector>

namespace clinicdesk {

struct TranscriptSegment {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QString text;
    QString speaker; // diarized_json only
};

struct TranscriptionResult {
    QString text;
    QString language;
    std::vector<TranscriptSegment> segments; // empty when the model gives none
};

struct ChatResult {
    QJsonObject content; // parsed from choices[0].message.content
};

// Why an answer cannot be used: a sentence for the user (it names the host and the reason, never the
// answer's text) and a detail for the log (sizes and shapes only).
struct AnswerProblem {
    QString message;
    QString detail;
};

// The error object of an error answer (about the request, not patient data).
struct ServerError {
    QString message; // simplified, at most 300 characters
    QString type;
    QString code;
};

// The answers of the OpenAI API and of servers that are only mostly compatible, read liberally but
// never trusted: any bytes give a result or an AnswerProblem, never an exception, a crash or unbounded
// work (tests/fuzz/fuzz_aianswers.cpp feeds them arbitrary bytes).
class OpenAiAnswer {
    Q_DECLARE_TR_FUNCTIONS(OpenAiClient)
public:
    // A transcription: JSON (`text`, optional `segments` with `start`/`end` in seconds, `language`,
    // `speaker`) or, for response_format=text and some servers, plain text.
    [[nodiscard]] static std::expected<TranscriptionResult, AnswerProblem>
    transcription(const QByteArray& contentType, const QByteArray& body, const QString& host);
    // A chat completion whose choices[0].message.content is a JSON object (as a string or an object); a
    // refusal, an answer cut off at the length limit or stopped by a content filter is a problem.
    [[nodiscard]] static std::expected<ChatResult, AnswerProblem> chat(const QByteArray& body, const QString& host);
    // GET /models: the ids (or names) in `data`, `models` or a bare array.
    [[nodiscard]] static std::expected<QStringList, AnswerProblem> models(const QByteArray& body, const QString& host);
    // The body as a JSON object; nothing when it is not valid JSON or not an object.
    [[nodiscard]] static std::optional<QJsonObject> object(const QByteArray& body);
    // OpenAI's {"error":{...}}, {"error":"text"}, {"message":...} or FastAPI's {"detail":...}.
    [[nodiscard]] static ServerError serverError(const QByteArray& body);
};

} // namespace clinicdesk
