// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/ControlEndpoints.h"

#include "FakeOpenAiServer.h"
#include "fakeopenai/FaultInjector.h"
#include "fakeopenai/ServerState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clinicdesk::test::fakeopenai {

ControlEndpoints::ControlEndpoints(ServerState& state)
    : m_state(state) {}

HttpResponse ControlEndpoints::handle(const HttpRequest& request) {
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString what = request.path.mid(7);
    const HttpResponse ok = jsonResponse(200, QJsonObject{{QStringLiteral("ok"), true}});
    if (request.method == "GET" && what == QLatin1String("requests")) {
        QJsonArray list;
        for (const FakeOpenAiServer::ReceivedRequest& rec : m_state.requests()) {
            list.append(FakeOpenAiServer::toJson(rec));
        }
        return jsonResponse(200, list);
    }
    if (request.method != "POST") {
        return apiError(404,
                        QStringLiteral("Invalid URL (%1 %2)").arg(QString::fromLatin1(request.method), request.path));
    }
    if (what == QLatin1String("fault")) {
        const auto fault = FaultInjector::fromName(body.value(QStringLiteral("fault")).toString());
        if (!fault) {
            return invalid(QStringLiteral("Unknown fault '%1'.").arg(body.value(QStringLiteral("fault")).toString()),
                           QStringLiteral("fault"));
        }
        FakeOpenAiServer::FaultSpec spec{*fault};
        spec.retryAfterMs = body.value(QStringLiteral("retry_after_ms")).toInt(spec.retryAfterMs);
        spec.delayMs = body.value(QStringLiteral("delay_ms")).toInt(spec.delayMs);
        m_state.pushFault(body.value(QStringLiteral("path")).toString(QStringLiteral("*")), spec);
        return ok;
    }
    if (what == QLatin1String("transcript")) {
        m_state.setTranscriptText(body.value(QStringLiteral("text")).toString());
        return ok;
    }
    if (what == QLatin1String("chat")) {
        m_state.setChatContent(body.value(QStringLiteral("content")).toObject());
        return ok;
    }
    if (what == QLatin1String("reset")) {
        m_state.reset();
        return ok;
    }
    return apiError(404, QStringLiteral("Invalid URL (POST %1)").arg(request.path));
}

} // namespace clinicdesk::test::fakeopenai
