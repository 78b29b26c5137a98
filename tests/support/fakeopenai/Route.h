// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/HttpResponse.h"

#include <QString>

#include <optional>

namespace clinicdesk::test::fakeopenai {

// Where a request goes, from its path: OpenAI's /v1/ENDPOINT, Azure's OpenAI-compatible /openai/v1/ENDPOINT,
// or an Azure classic deployment, /openai/deployments/DEPLOYMENT/ENDPOINT?api-version=YYYY-MM-DD (the
// deployment picks the model). All of the Azure path handling is here; ApiKey takes Azure's api-key header.
class Route {
public:
    enum class Kind { OpenAi, AzureV1, AzureClassic };

    // Nullopt for a path of none of the three forms (404 "Invalid URL").
    [[nodiscard]] static std::optional<Route> fromPath(const QString& path);

    // Azure classic only: 404 without an api-version, 400 for one that is not a date (with "-preview").
    [[nodiscard]] std::optional<HttpResponse> checkApiVersion(const QString& query) const;
    // Azure classic only: 404 DeploymentNotFound for a deployment other than `known`.
    [[nodiscard]] std::optional<HttpResponse> checkDeployment(const QString& known) const;

    Kind kind = Kind::OpenAi;
    QString endpoint; // "audio/transcriptions", "chat/completions", "models"
    QString deployment;
};

} // namespace clinicdesk::test::fakeopenai
