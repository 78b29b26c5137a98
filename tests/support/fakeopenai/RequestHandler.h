// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/HttpRequest.h"
#include "fakeopenai/HttpResponse.h"

namespace clinicdesk::test::fakeopenai {

// What HttpConnection hands complete requests to (Router); called on the server thread.
class RequestHandler {
public:
    virtual ~RequestHandler() = default;

    // The answer to a request read whole.
    [[nodiscard]] virtual HttpResponse handle(const HttpRequest& request) = 0;

    // The 413 for a request refused before its body is read: `request` has its headers (and, when chunked, the
    // body read so far); `bytes` is its announced size, or what it reached. HttpConnection closes afterwards.
    [[nodiscard]] virtual HttpResponse tooLarge(const HttpRequest& request, qint64 bytes) = 0;
};

} // namespace clinicdesk::test::fakeopenai
