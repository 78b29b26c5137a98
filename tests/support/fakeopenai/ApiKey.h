// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/HttpRequest.h"
#include "fakeopenai/HttpResponse.h"
#include "fakeopenai/Route.h"

#include <QString>

#include <optional>

namespace clinicdesk::test::fakeopenai {

// The API key check: `Authorization: Bearer KEY` everywhere, Azure's `api-key: KEY` header on Azure paths
// only (OpenAI itself takes only Bearer). Wrong keys are answered masked, like OpenAI.
class ApiKey {
public:
    // Nullopt when the request carries `expected`; else 401 invalid_api_key (no key, or a wrong one).
    [[nodiscard]] static std::optional<HttpResponse> check(const HttpRequest& request, const Route& route,
                                                           const QString& expected);
    // 401 "Incorrect API key provided: sk-****abcd. ..." (also the Unauthorized fault).
    [[nodiscard]] static HttpResponse incorrect(const QString& key);
    // The first three characters, stars, the last four; "****" for a key of at most 8 characters.
    [[nodiscard]] static QString masked(const QString& key);
};

} // namespace clinicdesk::test::fakeopenai
