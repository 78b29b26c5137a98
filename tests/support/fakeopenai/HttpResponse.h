// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <utility>

namespace clinicdesk::test::fakeopenai {

// What the fake answers, or that it drops the connection or never answers (faults). HttpConnection
// adds the headers every answer has (x-request-id, x-ratelimit-*, date, content-length, connection).
struct HttpResponse {
    enum class Action { Send, Drop, Hang };
    Action action = Action::Send;
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // lower-case names
    int delayMs = 0;
    bool close = false;
    // Called by HttpConnection once the answer is handed to the socket (or dropped, or left hanging), with the
    // milliseconds since the request's last byte came in (FakeOpenAiServer::ReceivedRequest::handledMs).
    std::function<void(double handledMs)> onHandled;
};

// JSON null, for error fields and message.refusal.
[[nodiscard]] QJsonValue null();

// `body` (an object or an array) as compact JSON.
[[nodiscard]] HttpResponse jsonResponse(int status, const QJsonValue& body);

// The error shape of OPENAI.md: {"error":{"message","type","param","code"}}; a null param or code is JSON null.
[[nodiscard]] HttpResponse apiError(int status, const QString& message,
                                    const QString& type = QStringLiteral("invalid_request_error"),
                                    const QString& param = {}, const QString& code = {});

// 400 invalid_request_error.
[[nodiscard]] HttpResponse invalid(const QString& message, const QString& param = {}, const QString& code = {});

} // namespace clinicdesk::test::fakeopenai
