// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/Route.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace clinicdesk::test::fakeopenai {

std::optional<Route> Route::fromPath(const QString& path) {
    static const QRegularExpression classic(QStringLiteral("^/openai/deployments/([^/]+)/(.+)$"));
    Route r;
    if (path.startsWith(QLatin1String("/v1/"))) {
        r.endpoint = path.mid(4);
    } else if (path.startsWith(QLatin1String("/openai/v1/"))) {
        r.kind = Kind::AzureV1;
        r.endpoint = path.mid(11);
    } else if (const auto m = classic.match(path); m.hasMatch()) {
        r.kind = Kind::AzureClassic;
        r.deployment = m.captured(1);
        r.endpoint = m.captured(2);
    } else {
        return std::nullopt;
    }
    return r;
}

std::optional<HttpResponse> Route::checkApiVersion(const QString& query) const {
    if (kind != Kind::AzureClassic) {
        return std::nullopt;
    }
    const QUrlQuery items(query);
    if (!items.hasQueryItem(QStringLiteral("api-version"))) {
        return apiError(404, QStringLiteral("Resource not found"), QStringLiteral("invalid_request_error"), {},
                        QStringLiteral("404"));
    }
    static const QRegularExpression version(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(-preview)?$"));
    if (!version.match(items.queryItemValue(QStringLiteral("api-version"))).hasMatch()) {
        return invalid(QStringLiteral("API version not supported"), {}, QStringLiteral("BadRequest"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> Route::checkDeployment(const QString& known) const {
    if (kind != Kind::AzureClassic || deployment == known) {
        return std::nullopt;
    }
    return apiError(404,
                    QStringLiteral("The API deployment for this resource does not exist. If you created the "
                                   "deployment within the last 5 minutes, please wait a moment and try "
                                   "again."),
                    QStringLiteral("invalid_request_error"), {}, QStringLiteral("DeploymentNotFound"));
}

} // namespace clinicdesk::test::fakeopenai
