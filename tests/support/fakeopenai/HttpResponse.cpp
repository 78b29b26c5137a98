// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/HttpResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clinicdesk::test::fakeopenai {

QJsonValue null() {
    return QJsonValue(QJsonValue::Null);
}

HttpResponse jsonResponse(int status, const QJsonValue& body) {
    HttpResponse response;
    response.status = status;
    response.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse apiError(int status, const QString& message, const QString& type, const QString& param,
                      const QString& code) {
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), param.isNull() ? null() : QJsonValue(param)},
                            {QStringLiteral("code"), code.isNull() ? null() : QJsonValue(code)}};
    return jsonResponse(status, QJsonObject{{QStringLiteral("error"), error}});
}

HttpResponse invalid(const QString& message, const QString& param, const QString& code) {
    return apiError(400, message, QStringLiteral("invalid_request_error"), param, code);
}

} // namespace clinicdesk::test::fakeopenai
