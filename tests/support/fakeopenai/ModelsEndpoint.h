// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/Endpoint.h"

#include <QStringList>

namespace clinicdesk::test::fakeopenai {

// GET /models: the models the fake knows (FakeOpenAiServer::Options::models), and the rules the other
// endpoints share about them.
class ModelsEndpoint final : public Endpoint {
public:
    explicit ModelsEndpoint(const QStringList& models);

    [[nodiscard]] QByteArray method() const override { return "GET"; }
    [[nodiscard]] QString path() const override { return QStringLiteral("models"); }
    [[nodiscard]] HttpResponse answer(const HttpRequest& request, const Route& route, ReceivedRequest& record,
                                      std::optional<Fault> fault) override;

    // 404 model_not_found.
    [[nodiscard]] static HttpResponse unknownModel(const QString& model);
    // whisper-* and *transcribe*: for /audio/transcriptions only.
    [[nodiscard]] static bool isTranscriptionModel(const QString& model);

private:
    const QStringList& m_models;
};

} // namespace clinicdesk::test::fakeopenai
