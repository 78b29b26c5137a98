// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/ApiKey.h"

namespace clinicdesk::test::fakeopenai {

std::optional<HttpResponse> ApiKey::check(const HttpRequest& request, const Route& route, const QString& expected) {
    QString key;
    const QString authorization = request.headers.value(QStringLiteral("authorization"));
    if (authorization.startsWith(QLatin1String("Bearer "))) {
        key = authorization.mid(7).trimmed();
    }
    if (route.kind != Route::Kind::OpenAi && key.isEmpty()) {
        key = request.headers.value(QStringLiteral("api-key")).trimmed();
    }
    if (key.isEmpty()) {
        return apiError(401,
                        QStringLiteral("You didn't provide an API key. You need to provide your API key in an "
                                       "Authorization header using Bearer auth (i.e. Authorization: Bearer "
                                       "YOUR_KEY)."),
                        QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
    }
    if (key != expected) {
        return incorrect(key);
    }
    return std::nullopt;
}

HttpResponse ApiKey::incorrect(const QString& key) {
    return apiError(401,
                    QStringLiteral("Incorrect API key provided: %1. You can find your API key at "
                                   "https://platform.openai.com/account/api-keys.")
                        .arg(masked(key)),
                    QStringLiteral("invalid_request_error"), {}, QStringLiteral("invalid_api_key"));
}

QString ApiKey::masked(const QString& key) {
    if (key.size() <= 8) {
        return QStringLiteral("****");
    }
    return key.left(3) + QString(key.size() - 7, QLatin1Char('*')) + key.right(4);
}

} // namespace clinicdesk::test::fakeopenai
