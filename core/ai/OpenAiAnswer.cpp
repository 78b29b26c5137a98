// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/OpenAiAnswer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace clinicdesk {

namespace {

constexpr qsizetype kMaxServerMessageChars = 300;

// Seconds as milliseconds; a value that is not a finite number of seconds an int64 can hold in
// milliseconds (a string, NaN, 1e300) is 0.
std::int64_t msFromSeconds(const QJsonValue& value) {
    const double ms = value.toDouble() * 1000.0;
    constexpr double kLimit = 9.0e18; // below 2^63
    if (!std::isfinite(ms) || ms > kLimit || ms < -kLimit) {
        return 0;
    }
    return static_cast<std::int64_t>(std::llround(ms));
}

AnswerProblem notJson(const QString& host, const QString& detail) {
    return {OpenAiAnswer::tr("The provider's answer was not valid JSON (%1).").arg(host), detail};
}

} // namespace

std::optional<QJsonObject> OpenAiAnswer::object(const QByteArray& body) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

ServerError OpenAiAnswer::serverError(const QByteArray& body) {
    ServerError e;
    const auto object = OpenAiAnswer::object(body);
    if (!object) {
        return e;
    }
    const QJsonValue error = object->value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject o = error.toObject();
        e.message = o.value(QStringLiteral("message")).toString();
        e.type = o.value(QStringLiteral("type")).toString();
        const QJsonValue code = o.value(QStringLiteral("code"));
        e.code = code.isDouble() ? QString::number(code.toInteger()) : code.toString();
    } else if (error.isString()) {
        e.message = error.toString();
    } else if (object->value(QStringLiteral("message")).isString()) {
        e.message = object->value(QStringLiteral("message")).toString();
    } else if (object->value(QStringLiteral("detail")).isString()) {
        e.message = object->value(QStringLiteral("detail")).toString();
    } else if (object->value(QStringLiteral("detail")).isArray()) {
        e.message = QString::fromUtf8(
            QJsonDocument(object->value(QStringLiteral("detail")).toArray()).toJson(QJsonDocument::Compact));
    }
    e.message = e.message.simplified();
    if (e.message.size() > kMaxServerMessageChars) {
        e.message = e.message.left(kMaxServerMessageChars) + QStringLiteral("…");
    }
    return e;
}

std::expected<TranscriptionResult, AnswerProblem>
OpenAiAnswer::transcription(const QByteArray& contentType, const QByteArray& body, const QString& host) {
    TranscriptionResult result;
    const QByteArray trimmed = body.trimmed();
    const bool looksJson = contentType.toLower().contains("json") || trimmed.startsWith('{') || trimmed.startsWith('[');
    if (!looksJson) {
        // response_format=text, or a compatible server that answers plain text.
        result.text = QString::fromUtf8(trimmed);
        return result;
    }
    const auto object = OpenAiAnswer::object(body);
    if (!object) {
        return std::unexpected(
            notJson(host, QStringLiteral("transcription answer is not a JSON object (%1 bytes)").arg(trimmed.size())));
    }
    result.text = object->value(QStringLiteral("text")).toString().trimmed();
    result.language = object->value(QStringLiteral("language")).toString();
    const QJsonArray segments = object->value(QStringLiteral("segments")).toArray();
    QStringList joined;
    for (const QJsonValue& value : segments) {
        const QJsonObject s = value.toObject();
        TranscriptSegment segment;
        segment.startMs = msFromSeconds(s.value(QStringLiteral("start")));
        segment.endMs = std::max(segment.startMs, msFromSeconds(s.value(QStringLiteral("end"))));
        segment.text = s.value(QStringLiteral("text")).toString().trimmed();
        segment.speaker = s.value(QStringLiteral("speaker")).toString();
        if (!segment.text.isEmpty()) {
            joined << segment.text;
        }
        result.segments.push_back(std::move(segment));
    }
    if (!object->contains(QStringLiteral("text")) && segments.isEmpty()) {
        return std::unexpected(AnswerProblem{tr("The answer from %1 holds no transcription.").arg(host),
                                             QStringLiteral("transcription answer without text or segments")});
    }
    if (result.text.isEmpty() && !joined.isEmpty()) {
        result.text = joined.join(QLatin1Char(' '));
    }
    return result;
}

std::expected<ChatResult, AnswerProblem> OpenAiAnswer::chat(const QByteArray& body, const QString& host) {
    const auto answer = OpenAiAnswer::object(body);
    const QJsonArray choices = answer ? answer->value(QStringLiteral("choices")).toArray() : QJsonArray();
    if (!answer || choices.isEmpty() || !choices.first().isObject()) {
        return std::unexpected(
            notJson(host, QStringLiteral("chat answer without choices (%1 bytes)").arg(body.size())));
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
    const QJsonValue refusal = message.value(QStringLiteral("refusal"));
    if (!refusal.isNull() && !refusal.isUndefined() && !refusal.toString().trimmed().isEmpty()) {
        // The refusal is the model's sentence about the request, not patient data.
        return std::unexpected(
            AnswerProblem{tr("The model refused to write this answer: \"%1\"").arg(refusal.toString().trimmed()),
                          QStringLiteral("refusal")});
    }
    const QString finish = choice.value(QStringLiteral("finish_reason")).toString();
    if (finish == QLatin1String("length")) {
        return std::unexpected(AnswerProblem{tr("The answer was cut off because it became too long (too long for "
                                                "the output limit). Try a shorter input or a larger limit."),
                                             QStringLiteral("finish_reason length")});
    }
    if (finish == QLatin1String("content_filter")) {
        return std::unexpected(
            AnswerProblem{tr("The provider's content filter stopped the answer."), QStringLiteral("content_filter")});
    }
    const QJsonValue content = message.value(QStringLiteral("content"));
    ChatResult result;
    if (content.isObject()) {
        result.content = content.toObject(); // some compatible servers send the object itself
        return result;
    }
    const auto parsed = OpenAiAnswer::object(content.toString().toUtf8());
    if (!parsed) {
        return std::unexpected(notJson(
            host, QStringLiteral("message.content is not a JSON object (%1 chars)").arg(content.toString().size())));
    }
    result.content = *parsed;
    return result;
}

std::expected<QStringList, AnswerProblem> OpenAiAnswer::models(const QByteArray& body, const QString& host) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray data;
    if (doc.isObject()) {
        data = doc.object().value(QStringLiteral("data")).toArray();
        if (data.isEmpty()) {
            data = doc.object().value(QStringLiteral("models")).toArray();
        }
    } else if (doc.isArray()) {
        data = doc.array();
    } else {
        return std::unexpected(notJson(host, QStringLiteral("models answer is not JSON")));
    }
    QStringList ids;
    for (const QJsonValue& value : data) {
        const QJsonObject o = value.toObject();
        QString id = o.value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            id = o.value(QStringLiteral("name")).toString();
        }
        if (id.isEmpty() && value.isString()) {
            id = value.toString();
        }
        if (!id.isEmpty()) {
            ids << id;
        }
    }
    return ids;
}

} // namespace clinicdesk
