// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/OpenAiClient.h"

#include "util/Logging.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace clinicdesk {

namespace {

constexpr std::int64_t kMaxInCallDelayMs = 60'000; // the SDKs' ceiling for the server's delay
constexpr std::int64_t kInitialBackoffMs = 500;    // min(0.5 * 2^n, 8 s) * (1 - 0.25 * random)
constexpr std::int64_t kMaxBackoffMs = 8'000;
constexpr qsizetype kMaxRequestBytes = 26'214'400; // OpenAI's 25 MiB request limit

// Everything one HTTP exchange ended with, before the caller parses a success.
struct CallFailure {
    JobFailure failure;
    int status = 0;        // 0: no HTTP answer
    QString serverMessage; // error.message (about the request, not patient data)
};

using CallResult = std::expected<HttpResponse, CallFailure>;

JobFailure makeFailure(JobFailure::Kind kind, ErrorCode code, QString message, QString detail,
                       std::optional<std::int64_t> retryAfterMs = std::nullopt, bool offline = false) {
    return JobFailure{kind, Error{code, std::move(message), std::move(detail)}, retryAfterMs, offline};
}

// A NeedsUser failure and what, once saved, ends the wait by itself (JobRepository::releaseHeld).
JobFailure heldFailure(HoldReason hold, QString message, QString detail) {
    JobFailure failure =
        makeFailure(JobFailure::Kind::NeedsUser, ErrorCode::NeedsUser, std::move(message), std::move(detail));
    failure.hold = hold;
    return failure;
}

// The server's delay: retry-after-ms first, then Retry-After in seconds or as an HTTP date.
std::optional<std::int64_t> serverDelayMs(const HttpResponse& response) {
    bool ok = false;
    const QByteArray ms = response.header("retry-after-ms").trimmed();
    if (!ms.isEmpty()) {
        const double value = ms.toDouble(&ok);
        if (ok && value >= 0 && std::isfinite(value)) {
            return static_cast<std::int64_t>(std::ceil(value));
        }
    }
    const QByteArray after = response.header("retry-after").trimmed();
    if (after.isEmpty()) {
        return std::nullopt;
    }
    const double seconds = after.toDouble(&ok);
    if (ok && seconds >= 0 && std::isfinite(seconds)) {
        return static_cast<std::int64_t>(std::ceil(seconds * 1000));
    }
    QDateTime when = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
    if (!when.isValid()) {
        // IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT"
        QString text = QString::fromLatin1(after);
        text.remove(QStringLiteral(" GMT"));
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid()) {
        return std::nullopt;
    }
    return std::max<std::int64_t>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

QString requestIdOf(const HttpResponse& response) {
    QByteArray id = response.header("x-request-id");
    if (id.isEmpty()) {
        id = response.header("apim-request-id"); // Azure
    }
    // Request ids are short tokens; anything else is not logged.
    static const QRegularExpression kSafe(QStringLiteral("^[A-Za-z0-9_.:-]{1,128}$"));
    const QString text = QString::fromLatin1(id);
    return kSafe.match(text).hasMatch() ? text : QString();
}

// curl's code from HttpClient's detail ("... (curl N)").
int curlCodeOf(const Error& error) {
    static const QRegularExpression kCurl(QStringLiteral("\\(curl (\\d+)\\)\\s*$"));
    const auto match = kCurl.match(error.detail);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Waits `ms`, waking every 50 ms to see whether the call was cancelled. False if it was.
bool interruptibleWait(std::int64_t ms, const HttpCancel* cancel) {
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (cancel && cancel->isCancelled()) {
            return false;
        }
        QThread::msleep(static_cast<unsigned long>(std::clamp<std::int64_t>(deadline.remainingTime(), 1, 50)));
    }
    return !(cancel && cancel->isCancelled());
}

std::int64_t backoffMs(int retriesDone) {
    const std::int64_t base = std::min(kInitialBackoffMs << std::min(retriesDone, 10), kMaxBackoffMs);
    const double jitter = 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
    return static_cast<std::int64_t>(static_cast<double>(base) * jitter);
}

bool isDiarizeModel(const QString& model) {
    return model.contains(QLatin1String("diarize"), Qt::CaseInsensitive);
}

// A 400 from a server that does not implement a response_format it was sent.
bool mentionsResponseFormat(const QString& message) {
    return message.contains(QLatin1String("response_format"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("json_schema"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("verbose_json"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("strict"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("response format"), Qt::CaseInsensitive);
}

// The request pipeline shared by every endpoint: auth, in-call retries, meter, log, error mapping.
class OpenAiCall {
    Q_DECLARE_TR_FUNCTIONS(OpenAiClient)
public:
    OpenAiCall(HttpClient& http, const ProviderConfig& provider, const SecureBytes& key, int maxRetries,
               const OpenAiClient::Meter& meter)
        : m_http(http)
        , m_provider(provider)
        , m_key(key)
        , m_maxRetries(std::max(0, maxRetries))
        , m_meter(meter) {}

    void authorise(HttpRequest& request) const {
        if (m_key.isEmpty()) {
            return; // a compatible server without auth
        }
        request.secretHeaderValue = &m_key;
        if (m_provider.kind == ProviderKind::Azure && !m_provider.useBearer) {
            request.secretHeaderName = "api-key";
            request.secretHeaderPrefix.clear();
        } else {
            request.secretHeaderName = "Authorization";
            request.secretHeaderPrefix = "Bearer ";
        }
    }

    [[nodiscard]] CallResult run(HttpRequest request, const QString& path, const HttpCancel* cancel,
                                 const HttpProgress& progress) const {
        authorise(request);
        for (int retriesDone = 0;; ++retriesDone) {
            if (cancel && cancel->isCancelled()) {
                return std::unexpected(cancelled());
            }
            auto sent = m_http.send(request, cancel, progress);
            CallResult outcome = sent ? classify(*sent, path) : std::unexpected(transportFailure(sent.error()));
            meterAndLog(request, path, sent, outcome);
            if (outcome || outcome.error().failure.kind != JobFailure::Kind::Retry ||
                outcome.error().failure.error.code == ErrorCode::Cancelled) {
                return outcome;
            }
            CallFailure& failure = outcome.error();
            const auto serverDelay = failure.failure.retryAfterMs;
            if (serverDelay && *serverDelay > kMaxInCallDelayMs) {
                return outcome; // the durable queue waits that long, not this thread
            }
            if (retriesDone >= m_maxRetries) {
                return outcome;
            }
            const std::int64_t wait = serverDelay ? *serverDelay : backoffMs(retriesDone);
            qCInfo(lcAi).nospace().noquote() << "retrying " << path << " at " << m_provider.host() << " in " << wait
                                             << " ms (retry " << (retriesDone + 1) << " of " << m_maxRetries << ")";
            if (!interruptibleWait(wait, cancel)) {
                return std::unexpected(cancelled());
            }
        }
    }

    [[nodiscard]] CallFailure cancelled() const {
        // Retry, not Fatal: the runner cancels running work when the app quits too, and then
        // the job must run again. A cancel by the user is the runner's own state.
        return CallFailure{makeFailure(JobFailure::Kind::Retry, ErrorCode::Cancelled,
                                       tr("The request to %1 was cancelled.").arg(m_provider.host()),
                                       QStringLiteral("cancelled")),
                           0,
                           {}};
    }

    [[nodiscard]] CallFailure fatal(const QString& message, const QString& detail, int status = 200) const {
        return CallFailure{makeFailure(JobFailure::Kind::Fatal, ErrorCode::Remote, message, detail), status, {}};
    }

private:
    [[nodiscard]] CallFailure transportFailure(const Error& error) const {
        switch (error.code) {
        case ErrorCode::Cancelled:
            return CallFailure{
                makeFailure(JobFailure::Kind::Retry, ErrorCode::Cancelled, error.message, error.detail), 0, {}};
        case ErrorCode::Timeout:
            return CallFailure{
                makeFailure(JobFailure::Kind::Retry, ErrorCode::Timeout, error.message, error.detail), 0, {}};
        case ErrorCode::Network: {
            // Could not resolve the host or proxy, or connect at all: offline (the queue waits for
            // the network). A dropped connection or a TLS problem is a plain retry.
            const int curl = curlCodeOf(error);
            const bool offline = curl == 5 || curl == 6 || curl == 7;
            return CallFailure{
                makeFailure(JobFailure::Kind::Retry, ErrorCode::Network, error.message, error.detail, {}, offline),
                0,
                {}};
        }
        default:
            // An address or header the client refused to send: the settings are wrong.
            return CallFailure{heldFailure(HoldReason::Configuration,
                                           tr("%1 Check the provider in AI > AI settings.").arg(error.message),
                                           error.detail),
                               0,
                               {}};
        }
    }

    [[nodiscard]] CallResult classify(const HttpResponse& response, const QString& path) const {
        const int status = response.status;
        if (status >= 200 && status < 300) {
            return response;
        }
        const QString host = m_provider.host();
        const ServerError server = OpenAiAnswer::serverError(response.body);
        const QString detail = QStringLiteral("HTTP %1 from %2 for %3 (model %4, type %5, code %6, request %7)")
                                   .arg(status)
                                   .arg(host, path, m_provider.model, server.type, server.code, requestIdOf(response));
        const auto delay = serverDelayMs(response);
        const QString serverSays = server.message.isEmpty() ? tr("HTTP status %1").arg(status) : server.message;

        JobFailure failure;
        if (status == 401 || status == 403) {
            failure = heldFailure(HoldReason::Auth,
                                  tr("The API key was refused by %1. Enter a new key in AI > AI settings.").arg(host),
                                  detail);
        } else if (status == 429 && (server.code == QLatin1String("insufficient_quota") ||
                                     server.type == QLatin1String("insufficient_quota"))) {
            failure = heldFailure(HoldReason::Quota,
                                  tr("The account at %1 has run out of credit or reached its spending limit. Check "
                                     "the plan and billing with the provider; the work waits until then.")
                                      .arg(host),
                                  detail);
        } else if (status == 408 || status == 409 || status == 429 || status >= 500) {
            failure = makeFailure(
                JobFailure::Kind::Retry, ErrorCode::Remote,
                status == 429 ? tr("%1 is busy (rate limit reached); the request will be retried.").arg(host)
                              : tr("%1 could not answer (HTTP %2); the request will be retried.").arg(host).arg(status),
                detail, delay);
        } else if (status == 404) {
            failure = heldFailure(HoldReason::Configuration,
                                  tr("The model or deployment \"%1\" was not found at %2. Check the provider and "
                                     "model in AI > AI settings.")
                                      .arg(m_provider.model, host),
                                  detail);
        } else if (status == 413) {
            failure = makeFailure(JobFailure::Kind::Fatal, ErrorCode::Remote,
                                  tr("The request was too large for %1 (%2).").arg(host, serverSays), detail);
        } else if (status >= 400 && status < 500) {
            failure = makeFailure(JobFailure::Kind::Fatal, ErrorCode::Remote,
                                  tr("%1 refused the request: %2").arg(host, serverSays), detail);
        } else {
            failure = makeFailure(JobFailure::Kind::Fatal, ErrorCode::Remote,
                                  tr("%1 gave an unexpected answer (HTTP %2).").arg(host).arg(status), detail);
        }
        failure.retryAfterMs = delay;

        // x-should-retry overrides the status: true forces a retry, false forbids it.
        const QByteArray shouldRetry = response.header("x-should-retry").trimmed().toLower();
        if (shouldRetry == "true" && failure.kind == JobFailure::Kind::Fatal) {
            failure.kind = JobFailure::Kind::Retry;
        } else if (shouldRetry == "false" && failure.kind == JobFailure::Kind::Retry) {
            failure.kind = JobFailure::Kind::Fatal;
        }
        return std::unexpected(CallFailure{std::move(failure), status, server.message});
    }

    void meterAndLog(const HttpRequest& request, const QString& path, const Result<HttpResponse>& sent,
                     const CallResult& outcome) const {
        RequestMeter meter;
        meter.host = m_provider.host();
        meter.model = m_provider.model;
        if (sent) {
            meter.requestId = requestIdOf(*sent);
            meter.bytesSent = sent->bytesSent;
            meter.bytesReceived = sent->bytesReceived;
            meter.httpStatus = sent->status;
            if (outcome) {
                if (const auto body = OpenAiAnswer::object(sent->body)) {
                    const QJsonObject usage = body->value(QStringLiteral("usage")).toObject();
                    meter.inputTokens = usage.value(QStringLiteral("prompt_tokens"))
                                            .toInteger(usage.value(QStringLiteral("input_tokens")).toInteger());
                    meter.outputTokens = usage.value(QStringLiteral("completion_tokens"))
                                             .toInteger(usage.value(QStringLiteral("output_tokens")).toInteger());
                }
            }
        }
        // Status, host, model and the request id: never bodies, prompts or transcript text.
        if (sent) {
            qCInfo(lcAi).nospace().noquote()
                << request.method.constData() << " " << path << " -> " << sent->status << " host=" << meter.host
                << " model=" << meter.model << " request-id=" << meter.requestId << " sent=" << meter.bytesSent
                << " received=" << meter.bytesReceived;
        } else {
            qCInfo(lcAi).nospace().noquote()
                << request.method.constData() << " " << path << " failed: " << errorCodeName(sent.error().code)
                << " host=" << meter.host << " model=" << meter.model;
        }
        if (!outcome && sent) {
            qCInfo(lcAi).noquote() << outcome.error().failure.error.detail;
        }
        if (m_meter) {
            m_meter(meter);
        }
    }

    HttpClient& m_http;
    const ProviderConfig& m_provider;
    const SecureBytes& m_key;
    int m_maxRetries;
    const OpenAiClient::Meter& m_meter;
};

} // namespace

OpenAiClient::OpenAiClient(HttpClient& http, ProviderConfig provider, SecureBytes apiKey)
    : m_http(http)
    , m_provider(std::move(provider))
    , m_key(std::move(apiKey)) {}

void OpenAiClient::setTimeouts(int connectMs, int totalMs) {
    m_connectMs = connectMs;
    m_totalMs = totalMs;
}

QString OpenAiClient::responseFormatFor(const QString& model) {
    const QString m = model.trimmed().toLower();
    if (isDiarizeModel(m)) {
        return QStringLiteral("diarized_json");
    }
    if (m.startsWith(QLatin1String("whisper"))) {
        return QStringLiteral("verbose_json");
    }
    return QStringLiteral("json"); // gpt-4o(-mini)-transcribe and anything unknown
}

namespace {

// Settings that make any request pointless: no model, or no key where the provider needs one.
std::optional<JobFailure> configurationProblem(const ProviderConfig& provider, const SecureBytes& key,
                                               bool needsModel = true) {
    if (needsModel ? !provider.isValid() : (provider.kind != ProviderKind::OpenAi && provider.baseUrl.isEmpty())) {
        return heldFailure(HoldReason::Configuration,
                           OpenAiClient::tr("No AI provider and model are set up for this task. Set them in "
                                            "AI > AI settings."),
                           QStringLiteral("provider not configured"));
    }
    // Settings saved by an older version may still name a remote http:// address: nothing is sent there.
    if (auto problem = provider.addressProblem()) {
        return heldFailure(HoldReason::Configuration, *problem, QStringLiteral("address refused"));
    }
    if (key.isEmpty() && provider.kind != ProviderKind::Compatible) {
        return heldFailure(HoldReason::Configuration,
                           OpenAiClient::tr("No API key is stored for %1. Enter it in AI > AI settings or with "
                                            "clinicdesk-cli config ai --api-key-stdin.")
                               .arg(provider.host()),
                           QStringLiteral("no API key"));
    }
    return std::nullopt;
}

std::expected<TranscriptionResult, JobFailure> parseTranscription(const HttpResponse& response, const QString& host) {
    auto parsed = OpenAiAnswer::transcription(response.header("content-type"), response.body, host);
    if (!parsed) {
        return std::unexpected(
            makeFailure(JobFailure::Kind::Fatal, ErrorCode::Remote, parsed.error().message, parsed.error().detail));
    }
    return std::move(*parsed);
}

} // namespace

std::expected<TranscriptionResult, JobFailure>
OpenAiClient::transcribe(const TranscriptionRequest& request, const HttpCancel* cancel, const HttpProgress& progress) {
    if (auto problem = configurationProblem(m_provider, m_key)) {
        return std::unexpected(*problem);
    }
    const QString host = m_provider.host();
    if (request.audio.isEmpty()) {
        return std::unexpected(makeFailure(JobFailure::Kind::Fatal, ErrorCode::InvalidInput,
                                           tr("The recording part to transcribe is empty."),
                                           QStringLiteral("empty audio")));
    }
    if (m_provider.kind != ProviderKind::Compatible && request.audio.size() > kMaxRequestBytes - 64 * 1024) {
        return std::unexpected(
            makeFailure(JobFailure::Kind::Fatal, ErrorCode::InvalidInput,
                        tr("The recording part is too large to send to %1 (at most 25 MiB per request).").arg(host),
                        QStringLiteral("audio part of %1 bytes").arg(request.audio.size())));
    }
    const QString model = m_provider.model.trimmed();
    const QString path = QStringLiteral("audio/transcriptions");
    OpenAiCall call(m_http, m_provider, m_key, m_maxRetries, m_meter);

    QString format = responseFormatFor(model);
    for (int formatAttempt = 0;; ++formatAttempt) {
        HttpRequest http;
        http.method = "POST";
        http.url = m_provider.endpoint(path);
        http.connectTimeoutMs = m_connectMs;
        http.timeoutMs = m_totalMs;
        http.headers.emplaceBack(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/plain"));
        http.form.push_back(HttpFormPart{"file", request.audio, request.fileName, request.contentType});
        http.form.push_back(HttpFormPart{"model", model.toUtf8(), {}, {}});
        http.form.push_back(HttpFormPart{"response_format", format.toUtf8(), {}, {}});
        if (format == QLatin1String("verbose_json")) {
            http.form.push_back(HttpFormPart{"timestamp_granularities[]", "segment", {}, {}});
        }
        const QString language = request.language.trimmed();
        if (!language.isEmpty() && language.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
            http.form.push_back(HttpFormPart{"language", language.toUtf8(), {}, {}});
        }
        if (!request.prompt.trimmed().isEmpty() && !isDiarizeModel(model)) {
            http.form.push_back(HttpFormPart{"prompt", request.prompt.toUtf8(), {}, {}});
        }
        if (isDiarizeModel(model)) {
            http.form.push_back(HttpFormPart{"chunking_strategy", "auto", {}, {}});
        }

        auto response = call.run(std::move(http), path, cancel, progress);
        if (!response) {
            const CallFailure& failure = response.error();
            // A compatible server without verbose_json: once more with plain json (no timestamps).
            if (formatAttempt == 0 && format == QLatin1String("verbose_json") && failure.status == 400 &&
                mentionsResponseFormat(failure.serverMessage)) {
                qCInfo(lcAi) << "server at" << host << "refused verbose_json; retrying with json";
                format = QStringLiteral("json");
                continue;
            }
            return std::unexpected(failure.failure);
        }
        return parseTranscription(*response, host);
    }
}

std::expected<ChatResult, JobFailure> OpenAiClient::chatJson(const ChatRequest& request, const HttpCancel* cancel) {
    if (auto problem = configurationProblem(m_provider, m_key)) {
        return std::unexpected(*problem);
    }
    static const QRegularExpression kSchemaName(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$"));
    if (!kSchemaName.match(request.schemaName).hasMatch()) {
        return std::unexpected(makeFailure(JobFailure::Kind::Fatal, ErrorCode::Usage,
                                           tr("The answer format has an invalid name."),
                                           QStringLiteral("invalid json_schema name")));
    }
    const QString host = m_provider.host();
    const QString path = QStringLiteral("chat/completions");

    QJsonObject body;
    body[QStringLiteral("model")] = m_provider.model.trimmed();
    QJsonArray messages{
        QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), request.system}},
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), request.user}},
    };
    for (const ChatMessage& m : request.followUp) {
        messages.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    }
    body[QStringLiteral("messages")] = messages;
    body[QStringLiteral("response_format")] = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("json_schema")},
        {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), request.schemaName},
                                                    {QStringLiteral("schema"), request.schema},
                                                    {QStringLiteral("strict"), true}}},
    };
    // Older OpenAI-compatible servers only know max_tokens.
    body[m_provider.kind == ProviderKind::Compatible ? QStringLiteral("max_tokens")
                                                     : QStringLiteral("max_completion_tokens")] =
        request.maxOutputTokens;

    HttpRequest http;
    http.method = "POST";
    http.url = m_provider.endpoint(path);
    http.connectTimeoutMs = m_connectMs;
    http.timeoutMs = m_totalMs;
    http.headers.emplaceBack(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    http.headers.emplaceBack(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    OpenAiCall call(m_http, m_provider, m_key, m_maxRetries, m_meter);
    auto response = call.run(std::move(http), path, cancel, {});
    if (!response) {
        const CallFailure& failure = response.error();
        if (failure.status == 400 && mentionsResponseFormat(failure.serverMessage) &&
            !failure.serverMessage.contains(QLatin1String("Invalid schema"), Qt::CaseInsensitive)) {
            JobFailure unsupported = failure.failure;
            unsupported.kind = JobFailure::Kind::Fatal;
            unsupported.error.code = ErrorCode::Remote;
            unsupported.error.message =
                tr("The server at %1 does not support structured (JSON schema) answers, which notes need.").arg(host);
            return std::unexpected(unsupported);
        }
        return std::unexpected(failure.failure);
    }

    auto parsed = OpenAiAnswer::chat(response->body, host);
    if (!parsed) {
        return std::unexpected(call.fatal(parsed.error().message, parsed.error().detail).failure);
    }
    return std::move(*parsed);
}

std::expected<QStringList, JobFailure> OpenAiClient::listModels(const HttpCancel* cancel) {
    if (auto problem = configurationProblem(m_provider, m_key, false)) {
        return std::unexpected(*problem);
    }
    const QString path = QStringLiteral("models");
    HttpRequest http;
    http.method = "GET";
    http.url = m_provider.endpoint(path);
    http.connectTimeoutMs = m_connectMs;
    http.timeoutMs = std::min(m_totalMs, 60'000);
    http.headers.emplaceBack(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    OpenAiCall call(m_http, m_provider, m_key, m_maxRetries, m_meter);
    auto response = call.run(std::move(http), path, cancel, {});
    if (!response) {
        return std::unexpected(response.error().failure);
    }
    auto ids = OpenAiAnswer::models(response->body, m_provider.host());
    if (!ids) {
        return std::unexpected(call.fatal(ids.error().message, ids.error().detail).failure);
    }
    return std::move(*ids);
}

} // namespace clinicdesk
