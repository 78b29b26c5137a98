// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/FaultInjector.h"

#include "fakeopenai/ApiKey.h"

#include <algorithm>

namespace clinicdesk::test::fakeopenai {

namespace {

// x-ratelimit-reset-* style: "120ms", "1.5s", "6m0s".
QString resetText(qint64 ms) {
    if (ms < 1000) {
        return QStringLiteral("%1ms").arg(ms);
    }
    if (ms < 60'000) {
        return QStringLiteral("%1s").arg(QString::number(double(ms) / 1000.0, 'g', 4));
    }
    return QStringLiteral("%1m%2s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

} // namespace

std::optional<HttpResponse> FaultInjector::instead(const FaultSpec& spec, const QString& apiKey) {
    switch (spec.fault) {
    case Fault::RateLimit: {
        const int ms = std::max(0, spec.retryAfterMs);
        HttpResponse limited =
            apiError(429,
                     QStringLiteral("Rate limit reached for requests per min (RPM): Limit 500, Used 500, Requested 1. "
                                    "Please try again in %1. Visit https://platform.openai.com/account/rate-limits to "
                                    "learn more.")
                         .arg(resetText(ms)),
                     QStringLiteral("requests"), {}, QStringLiteral("rate_limit_exceeded"));
        limited.headers = {{"retry-after-ms", QByteArray::number(ms)},
                           {"retry-after", QByteArray::number((ms + 999) / 1000)},
                           {"x-ratelimit-remaining-requests", "0"},
                           {"x-ratelimit-reset-requests", resetText(ms).toLatin1()}};
        return limited;
    }
    case Fault::ServiceUnavailable:
        return apiError(503, QStringLiteral("The server is overloaded or not ready yet."),
                        QStringLiteral("server_error"));
    case Fault::Unauthorized:
        return ApiKey::incorrect(apiKey);
    case Fault::InsufficientQuota:
        return apiError(429,
                        QStringLiteral("You exceeded your current quota, please check your plan and billing "
                                       "details. For more information on this error, read the docs: "
                                       "https://platform.openai.com/docs/guides/error-codes/api-errors."),
                        QStringLiteral("insufficient_quota"), {}, QStringLiteral("insufficient_quota"));
    case Fault::DropConnection: {
        HttpResponse drop;
        drop.action = HttpResponse::Action::Drop;
        return drop;
    }
    case Fault::Hang: {
        HttpResponse hang;
        hang.action = HttpResponse::Action::Hang;
        return hang;
    }
    case Fault::Slow:
    case Fault::MalformedJson:
    case Fault::FinishLength:
    case Fault::Refusal:
        break;
    }
    return std::nullopt;
}

void FaultInjector::applyTo(HttpResponse& response, const FaultSpec& spec) {
    if (spec.fault == Fault::Slow) {
        response.delayMs = std::max(1, spec.delayMs);
    }
    if (spec.fault == Fault::MalformedJson && response.status == 200) {
        response.contentType = "application/json";
        response.body = "{not json";
    }
}

QString FaultInjector::name(Fault fault) {
    using F = Fault;
    switch (fault) {
    case F::RateLimit:
        return QStringLiteral("rate_limit");
    case F::ServiceUnavailable:
        return QStringLiteral("unavailable");
    case F::Unauthorized:
        return QStringLiteral("unauthorized");
    case F::InsufficientQuota:
        return QStringLiteral("insufficient_quota");
    case F::DropConnection:
        return QStringLiteral("drop");
    case F::Slow:
        return QStringLiteral("slow");
    case F::MalformedJson:
        return QStringLiteral("malformed");
    case F::FinishLength:
        return QStringLiteral("length");
    case F::Refusal:
        return QStringLiteral("refusal");
    case F::Hang:
        return QStringLiteral("hang");
    }
    return {};
}

std::optional<FaultInjector::Fault> FaultInjector::fromName(const QString& text) {
    using F = Fault;
    for (F f : {F::RateLimit, F::ServiceUnavailable, F::Unauthorized, F::InsufficientQuota, F::DropConnection, F::Slow,
                F::MalformedJson, F::FinishLength, F::Refusal, F::Hang}) {
        if (name(f) == text) {
            return f;
        }
    }
    return std::nullopt;
}

} // namespace clinicdesk::test::fakeopenai
