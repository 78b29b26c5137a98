// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/ModelsEndpoint.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clinicdesk::test::fakeopenai {

ModelsEndpoint::ModelsEndpoint(const QStringList& models)
    : m_models(models) {}

HttpResponse ModelsEndpoint::answer(const HttpRequest&, const Route&, ReceivedRequest&, std::optional<Fault>) {
    QJsonArray data;
    for (const QString& model : m_models) {
        data.append(QJsonObject{{QStringLiteral("id"), model},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("created"), 1'700'000'000},
                                {QStringLiteral("owned_by"), QStringLiteral("openai")}});
    }
    return jsonResponse(
        200, QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data}});
}

HttpResponse ModelsEndpoint::unknownModel(const QString& model) {
    return apiError(404, QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(model),
                    QStringLiteral("invalid_request_error"), {}, QStringLiteral("model_not_found"));
}

bool ModelsEndpoint::isTranscriptionModel(const QString& model) {
    return model.startsWith(QLatin1String("whisper")) || model.contains(QLatin1String("transcribe"));
}

} // namespace clinicdesk::test::fakeopenai
