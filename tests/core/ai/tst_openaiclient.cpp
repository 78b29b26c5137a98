// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// OpenAiClient against the local fake OpenAI server (tests/support/FakeOpenAiServer), through
// the real libcurl HttpClient: the requests as the server receives them (multipart fields,
// json_schema strict, auth per provider kind, Azure URLs), the parsed answers, and every fault
// turned into the JobFailure the durable queue acts on, with the SDKs' in-call retries.

#include "Checks.h"
#include "FakeOpenAiServer.h"
#include "WavFile.h"
#include "ai/OpenAiClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <numbers>
#include <thread>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::FakeOpenAiServer;
using Fault = FakeOpenAiServer::Fault;
using Kind = JobFailure::Kind;

namespace {

const QString kKey = QStringLiteral("sk-test-key");
const QString kVocabulary = QStringLiteral("Tandvård: karies, rotfyllning, tand 36");
const QString kSpoken = QStringLiteral("Patienten har ont i tand trettiosex sedan tisdag");

// 16-bit mono WAV at 16 kHz: silence, a 220 Hz tone from 0.5 to 1.5 s, silence, a tone from
// 2.5 to 3.2 s, silence to 3.5 s. The fake finds "speech" where the tone is.
QByteArray wavWithTwoSpeechRegions() {
    return test::WavFile().silence(0.5).tone(1.0, 220, 9830).silence(1.0).tone(0.7, 220, 9830).silence(0.3).bytes();
}

TranscriptionRequest transcriptionRequest() {
    TranscriptionRequest r;
    r.audio = wavWithTwoSpeechRegions();
    r.fileName = QStringLiteral("part-001.wav");
    r.contentType = "audio/wav";
    r.language = QStringLiteral("sv");
    r.prompt = kVocabulary;
    return r;
}

ChatRequest chatRequest() {
    ChatRequest r;
    r.system = QStringLiteral("You write a dental note as JSON.");
    r.user = QStringLiteral("Transcript: ") + kSpoken;
    r.schemaName = QStringLiteral("dental_note");
    r.schema = QJsonDocument::fromJson(R"({
        "type": "object",
        "additionalProperties": false,
        "required": ["complaint", "teeth"],
        "properties": {
            "complaint": {"type": "string"},
            "teeth": {"type": "array", "items": {"type": "integer"}}
        }
    })")
                   .object();
    r.maxOutputTokens = 800;
    return r;
}

ProviderConfig openAi(const FakeOpenAiServer& server, const QString& model) {
    ProviderConfig p;
    p.kind = ProviderKind::OpenAi;
    p.baseUrl = server.baseUrl();
    p.model = model;
    return p;
}

ProviderConfig azure(const FakeOpenAiServer& server, const QString& model, bool v1) {
    ProviderConfig p;
    p.kind = ProviderKind::Azure;
    p.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    p.model = model;
    p.azureV1 = v1;
    return p;
}

// Collects what the meter is told (it may be called from the calling thread only, but lock anyway).
struct MeterLog {
    QMutex mutex;
    std::vector<RequestMeter> entries;
    OpenAiClient::Meter meter() {
        return [this](const RequestMeter& m) {
            QMutexLocker lock(&mutex);
            entries.push_back(m);
        };
    }
};

template <typename T>
QByteArray failureText(const std::expected<T, JobFailure>& result) {
    if (result) {
        return QByteArrayLiteral("succeeded");
    }
    return (code(result.error().error.code) + QStringLiteral(": ") + result.error().error.message +
            QStringLiteral(" [") + result.error().error.detail + QStringLiteral("]"))
        .toUtf8();
}

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::Retry:
        return QStringLiteral("Retry");
    case Kind::NeedsUser:
        return QStringLiteral("NeedsUser");
    case Kind::Fatal:
        return QStringLiteral("Fatal");
    }
    return {};
}

#define CHECK_FAILURE(result, expectedKind)                                                                            \
    do {                                                                                                               \
        QVERIFY2(!(result), "expected a failure, got success");                                                        \
        QCOMPARE(kindName((result).error().kind), kindName(expectedKind));                                             \
        QVERIFY(!(result).error().error.message.isEmpty());                                                            \
    } while (false)

// Everything logged while it lives.
class LogCapture {
public:
    LogCapture() {
        s_self = this;
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    [[nodiscard]] QString text() {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        const QLatin1String category(context.category ? context.category : "");
        if (s_self && category.startsWith(QLatin1String("clinicdesk."))) {
            QMutexLocker lock(&s_self->m_mutex);
            s_self->m_lines << QString(category) + QLatin1Char(' ') + message;
        }
        if (s_self && s_self->m_previous) {
            s_self->m_previous(type, context, message);
        }
    }
    static inline LogCapture* s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    QMutex m_mutex;
    QStringList m_lines;
};

} // namespace

class TstOpenAiClient : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void responseFormatPerModel();
    void whisperRequestFieldsAndSegments();
    void gpt4oTranscribeRequestFields();
    void chatRequestIsStrictJsonSchema();
    void compatibleServerGetsMaxTokens();
    void azureClassicUsesDeploymentUrlAndApiKey();
    void azureV1AndBearer();
    void azureUnknownDeploymentNeedsUser();
    void listModelsChecksKey();
    void compatibleWithoutKeySendsNoAuth();
    void invalidSchemaNameIsNotSent();
    void missingKeyNeedsUserWithoutRequest();

    void rateLimitHonoursRetryAfterInCall();
    void longServerDelayIsLeftToTheQueue();
    void serviceUnavailableRetriedThenSucceeds();
    void unauthorizedNeedsUser();
    void insufficientQuotaNeedsUserWithoutRetry();
    void droppedConnectionRetriesThenGivesUp();
    void slowServerTimesOut();
    void unreachableServerIsOffline();
    void cancelInterruptsTheWait();
    void malformedJsonIsFatal();
    void cutOffAnswerIsFatal();
    void refusalIsFatalAndQuoted();
    void logsHoldNoSecretsOrContent();

private:
    std::unique_ptr<FakeOpenAiServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TstOpenAiClient::init() {
    m_server = std::make_unique<FakeOpenAiServer>();
    QVERIFY(m_server->listen());
    HttpClient::Options options;
    options.proxy = QStringLiteral("direct");
    m_http = std::make_unique<HttpClient>(options);
}

void TstOpenAiClient::cleanup() {
    m_http.reset();
    m_server.reset();
}

void TstOpenAiClient::responseFormatPerModel() {
    QCOMPARE(OpenAiClient::responseFormatFor(QStringLiteral("whisper-1")), QStringLiteral("verbose_json"));
    QCOMPARE(OpenAiClient::responseFormatFor(QStringLiteral("gpt-4o-transcribe")), QStringLiteral("json"));
    QCOMPARE(OpenAiClient::responseFormatFor(QStringLiteral("gpt-4o-mini-transcribe")), QStringLiteral("json"));
    QCOMPARE(OpenAiClient::responseFormatFor(QStringLiteral("gpt-4o-transcribe-diarize")),
             QStringLiteral("diarized_json"));
    QCOMPARE(OpenAiClient::responseFormatFor(QStringLiteral("Systran/faster-distil-whisper")), QStringLiteral("json"));
}

void TstOpenAiClient::whisperRequestFieldsAndSegments() {
    m_server->setTranscriptText(kSpoken);
    MeterLog meter;
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes::fromUtf8(kKey));
    client.setMeter(meter.meter());
    const TranscriptionRequest request = transcriptionRequest();
    auto result = client.transcribe(request);
    QVERIFY2(result, failureText(result).constData());

    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(1));
    const auto& rec = received.front();
    QCOMPARE(rec.method, QStringLiteral("POST"));
    QCOMPARE(rec.path, QStringLiteral("/v1/audio/transcriptions"));
    QCOMPARE(rec.headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer ") + kKey);
    QCOMPARE(rec.fileField, QStringLiteral("file"));
    QCOMPARE(rec.fileName, QStringLiteral("part-001.wav"));
    QCOMPARE(rec.fileContentType, QStringLiteral("audio/wav"));
    QCOMPARE(rec.fileBytes, qint64(request.audio.size()));
    QCOMPARE(rec.fileSha256, QCryptographicHash::hash(request.audio, QCryptographicHash::Sha256).toHex());
    QCOMPARE(rec.fields.value(QStringLiteral("model")), QStringLiteral("whisper-1"));
    QCOMPARE(rec.fields.value(QStringLiteral("response_format")), QStringLiteral("verbose_json"));
    QCOMPARE(rec.fields.value(QStringLiteral("timestamp_granularities[]")), QStringLiteral("segment"));
    QCOMPARE(rec.fields.value(QStringLiteral("language")), QStringLiteral("sv"));
    QCOMPARE(rec.fields.value(QStringLiteral("prompt")), kVocabulary);
    QVERIFY(!rec.fields.contains(QStringLiteral("chunking_strategy")));
    QCOMPARE(rec.status, 200);

    // The text, and one segment per tone with its position in the file (ms), text trimmed.
    QCOMPARE(result->text, kSpoken);
    QCOMPARE(result->segments.size(), std::size_t(2));
    const auto& first = result->segments[0];
    const auto& second = result->segments[1];
    QVERIFY2(std::abs(first.startMs - 500) <= 60, QByteArray::number(qint64(first.startMs)).constData());
    QVERIFY2(std::abs(first.endMs - 1500) <= 60, QByteArray::number(qint64(first.endMs)).constData());
    QVERIFY2(std::abs(second.startMs - 2500) <= 60, QByteArray::number(qint64(second.startMs)).constData());
    QVERIFY2(std::abs(second.endMs - 3200) <= 60, QByteArray::number(qint64(second.endMs)).constData());
    QVERIFY(!first.text.isEmpty() && first.text == first.text.trimmed());
    QCOMPARE(first.text + QLatin1Char(' ') + second.text, kSpoken);

    QCOMPARE(meter.entries.size(), std::size_t(1));
    const RequestMeter& m = meter.entries.front();
    QCOMPARE(m.httpStatus, 200);
    QCOMPARE(m.host, QStringLiteral("127.0.0.1:%1").arg(m_server->port()));
    QCOMPARE(m.model, QStringLiteral("whisper-1"));
    QVERIFY(!m.requestId.isEmpty());
    QVERIFY(m.bytesSent >= request.audio.size());
    QVERIFY(m.bytesReceived > 0);
}

void TstOpenAiClient::gpt4oTranscribeRequestFields() {
    m_server->setTranscriptText(kSpoken);
    MeterLog meter;
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-transcribe")), SecureBytes::fromUtf8(kKey));
    client.setMeter(meter.meter());
    TranscriptionRequest request = transcriptionRequest();
    request.language = QStringLiteral("auto");
    request.prompt.clear();
    request.fileName = QStringLiteral("part-002.wav");
    auto result = client.transcribe(request);
    QVERIFY2(result, failureText(result).constData());

    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(1));
    const auto& rec = received.front();
    QCOMPARE(rec.fields.value(QStringLiteral("model")), QStringLiteral("gpt-4o-transcribe"));
    QCOMPARE(rec.fields.value(QStringLiteral("response_format")), QStringLiteral("json"));
    QVERIFY(!rec.fields.contains(QStringLiteral("timestamp_granularities[]")));
    QVERIFY(!rec.fields.contains(QStringLiteral("language"))); // auto: the model detects it
    QVERIFY(!rec.fields.contains(QStringLiteral("prompt")));   // empty: not sent
    QCOMPARE(rec.fileName, QStringLiteral("part-002.wav"));
    QCOMPARE(rec.fileContentType, QStringLiteral("audio/wav"));

    QCOMPARE(result->text, kSpoken);
    QVERIFY(result->segments.empty()); // json has no segments
    // gpt-4o transcription bills tokens: recorded.
    QCOMPARE(meter.entries.size(), std::size_t(1));
    QVERIFY(meter.entries.front().inputTokens > 0);
    QVERIFY(meter.entries.front().outputTokens > 0);
}

void TstOpenAiClient::chatRequestIsStrictJsonSchema() {
    const QJsonObject note{{QStringLiteral("complaint"), QStringLiteral("pain")},
                           {QStringLiteral("teeth"), QJsonArray{36}}};
    m_server->setChatContent(note);
    MeterLog meter;
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    client.setMeter(meter.meter());
    const ChatRequest request = chatRequest();
    auto result = client.chatJson(request);
    QVERIFY2(result, failureText(result).constData());
    QCOMPARE(result->content, note);

    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(1));
    const auto& rec = received.front();
    QCOMPARE(rec.path, QStringLiteral("/v1/chat/completions"));
    QCOMPARE(rec.headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer ") + kKey);
    QVERIFY(rec.headers.value(QStringLiteral("content-type")).startsWith(QLatin1String("application/json")));
    const QJsonObject body = rec.json;
    QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages[0].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages[0].toObject().value(QStringLiteral("content")).toString(), request.system);
    QCOMPARE(messages[1].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QCOMPARE(messages[1].toObject().value(QStringLiteral("content")).toString(), request.user);
    const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
    QCOMPARE(format.value(QStringLiteral("type")).toString(), QStringLiteral("json_schema"));
    const QJsonObject jsonSchema = format.value(QStringLiteral("json_schema")).toObject();
    QCOMPARE(jsonSchema.value(QStringLiteral("name")).toString(), QStringLiteral("dental_note"));
    QCOMPARE(jsonSchema.value(QStringLiteral("strict")), QJsonValue(true));
    QCOMPARE(jsonSchema.value(QStringLiteral("schema")).toObject(), request.schema);
    QCOMPARE(body.value(QStringLiteral("max_completion_tokens")).toInt(), 800);
    QVERIFY(!body.contains(QStringLiteral("max_tokens")));

    QCOMPARE(meter.entries.size(), std::size_t(1));
    QVERIFY(meter.entries.front().inputTokens > 0);
    QVERIFY(meter.entries.front().outputTokens > 0);
}

void TstOpenAiClient::compatibleServerGetsMaxTokens() {
    ProviderConfig p = openAi(*m_server, QStringLiteral("gpt-4o-mini"));
    p.kind = ProviderKind::Compatible;
    OpenAiClient client(*m_http, p, SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    QVERIFY2(result, failureText(result).constData());
    // The fake fills the schema's required fields.
    QVERIFY(result->content.contains(QStringLiteral("complaint")));
    QVERIFY(result->content.value(QStringLiteral("teeth")).isArray());
    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(1));
    QCOMPARE(received.front().json.value(QStringLiteral("max_tokens")).toInt(), 800);
    QVERIFY(!received.front().json.contains(QStringLiteral("max_completion_tokens")));
}

void TstOpenAiClient::azureClassicUsesDeploymentUrlAndApiKey() {
    OpenAiClient client(*m_http, azure(*m_server, QStringLiteral("clinic-notes"), false), SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    QVERIFY2(result, failureText(result).constData());
    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(1));
    const auto& rec = received.front();
    QCOMPARE(rec.path, QStringLiteral("/openai/deployments/clinic-notes/chat/completions"));
    QCOMPARE(rec.query, QStringLiteral("api-version=2024-10-21"));
    QCOMPARE(rec.headers.value(QStringLiteral("api-key")), kKey);
    QVERIFY(!rec.headers.contains(QStringLiteral("authorization")));
}

void TstOpenAiClient::azureV1AndBearer() {
    OpenAiClient client(*m_http, azure(*m_server, QStringLiteral("gpt-4o-mini"), true), SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    QVERIFY2(result, failureText(result).constData());
    ProviderConfig bearer = azure(*m_server, QStringLiteral("whisper-1"), true);
    bearer.useBearer = true;
    OpenAiClient bearerClient(*m_http, bearer, SecureBytes::fromUtf8(kKey));
    auto transcript = bearerClient.transcribe(transcriptionRequest());
    QVERIFY2(transcript, failureText(transcript).constData());

    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(2));
    QCOMPARE(received[0].path, QStringLiteral("/openai/v1/chat/completions"));
    QCOMPARE(received[0].headers.value(QStringLiteral("api-key")), kKey);
    QVERIFY(!received[0].headers.contains(QStringLiteral("authorization")));
    QCOMPARE(received[1].path, QStringLiteral("/openai/v1/audio/transcriptions"));
    QCOMPARE(received[1].headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer ") + kKey);
    QVERIFY(!received[1].headers.contains(QStringLiteral("api-key")));
}

void TstOpenAiClient::azureUnknownDeploymentNeedsUser() {
    OpenAiClient client(*m_http, azure(*m_server, QStringLiteral("no-such-deployment"), false),
                        SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::NeedsUser);
    QVERIFY(result.error().error.message.contains(QStringLiteral("no-such-deployment")));
    QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 1);
}

void TstOpenAiClient::listModelsChecksKey() {
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    auto models = client.listModels();
    QVERIFY2(models, failureText(models).constData());
    QCOMPARE(*models, FakeOpenAiServer::Options().models);
    QCOMPARE(m_server->requests().front().method, QStringLiteral("GET"));
    QCOMPARE(m_server->requests().front().path, QStringLiteral("/v1/models"));

    OpenAiClient wrongKey(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")),
                          SecureBytes::fromUtf8(QStringLiteral("sk-revoked")));
    auto refused = wrongKey.listModels();
    CHECK_FAILURE(refused, Kind::NeedsUser);
    QVERIFY(refused.error().error.message.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(!refused.error().error.message.contains(QStringLiteral("sk-")));
}

void TstOpenAiClient::compatibleWithoutKeySendsNoAuth() {
    ProviderConfig p = openAi(*m_server, QStringLiteral("gpt-4o-mini"));
    p.kind = ProviderKind::Compatible;
    OpenAiClient client(*m_http, p, SecureBytes());
    auto result = client.listModels();
    // The fake wants a key; a real local server would answer. What matters: nothing was sent as auth.
    CHECK_FAILURE(result, Kind::NeedsUser);
    const auto received = m_server->requests();
    QCOMPARE(received.size(), std::size_t(1));
    QVERIFY(!received.front().headers.contains(QStringLiteral("authorization")));
    QVERIFY(!received.front().headers.contains(QStringLiteral("api-key")));
}

void TstOpenAiClient::invalidSchemaNameIsNotSent() {
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    ChatRequest request = chatRequest();
    request.schemaName = QStringLiteral("dental note!");
    auto result = client.chatJson(request);
    CHECK_FAILURE(result, Kind::Fatal);
    request.schemaName = QString(65, QLatin1Char('a'));
    result = client.chatJson(request);
    CHECK_FAILURE(result, Kind::Fatal);
    QCOMPARE(m_server->requests().size(), std::size_t(0));
}

void TstOpenAiClient::missingKeyNeedsUserWithoutRequest() {
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes());
    auto result = client.transcribe(transcriptionRequest());
    CHECK_FAILURE(result, Kind::NeedsUser);
    QVERIFY(result.error().error.message.contains(QStringLiteral("AI > AI settings")));
    QCOMPARE(m_server->requests().size(), std::size_t(0));
}

void TstOpenAiClient::rateLimitHonoursRetryAfterInCall() {
    m_server->pushFault(QStringLiteral("audio/transcriptions"), {Fault::RateLimit, 1'200, 0});
    MeterLog meter;
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes::fromUtf8(kKey));
    client.setMeter(meter.meter());
    QElapsedTimer timer;
    timer.start();
    auto result = client.transcribe(transcriptionRequest());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result, failureText(result).constData());
    QVERIFY2(elapsed >= 1'200, QByteArray::number(elapsed).constData());
    QCOMPARE(m_server->requestCount(QStringLiteral("audio/transcriptions")), 2);
    // Every request is metered, the refused one too.
    QCOMPARE(meter.entries.size(), std::size_t(2));
    QCOMPARE(meter.entries[0].httpStatus, 429);
    QCOMPARE(meter.entries[1].httpStatus, 200);
    QVERIFY(meter.entries[0].requestId != meter.entries[1].requestId);

    // retry-after-ms wins over Retry-After (which the fake rounds up to whole seconds).
    m_server->pushFault(QStringLiteral("audio/transcriptions"), {Fault::RateLimit, 100, 0});
    timer.restart();
    result = client.transcribe(transcriptionRequest());
    const qint64 short_ = timer.elapsed();
    QVERIFY2(result, failureText(result).constData());
    QVERIFY2(short_ >= 100 && short_ < 900, QByteArray::number(short_).constData());
}

void TstOpenAiClient::longServerDelayIsLeftToTheQueue() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::RateLimit, 120'000, 0});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    QElapsedTimer timer;
    timer.start();
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::Retry);
    QVERIFY(timer.elapsed() < 30'000); // not waited in the call
    QCOMPARE(result.error().retryAfterMs.value_or(0), 120'000);
    QVERIFY(!result.error().offline);
    QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 1);
}

void TstOpenAiClient::serviceUnavailableRetriedThenSucceeds() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::ServiceUnavailable, 0, 0});
    MeterLog meter;
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    client.setMeter(meter.meter());
    auto result = client.chatJson(chatRequest());
    QVERIFY2(result, failureText(result).constData());
    QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 2);
    QCOMPARE(meter.entries.size(), std::size_t(2));
    QCOMPARE(meter.entries[0].httpStatus, 503);
    QCOMPARE(meter.entries[0].inputTokens, 0);
    QCOMPARE(meter.entries[1].httpStatus, 200);

    // With in-call retries off, the same 503 goes to the queue as Retry.
    client.setMaxInCallRetries(0);
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::ServiceUnavailable, 0, 0});
    result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::Retry);
    QVERIFY(!result.error().offline);
}

void TstOpenAiClient::unauthorizedNeedsUser() {
    m_server->pushFault(QStringLiteral("audio/transcriptions"), {Fault::Unauthorized, 0, 0});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes::fromUtf8(kKey));
    auto result = client.transcribe(transcriptionRequest());
    CHECK_FAILURE(result, Kind::NeedsUser);
    QCOMPARE(code(result.error().error.code), code(ErrorCode::NeedsUser));
    QVERIFY(result.error().error.message.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(result.error().error.message.contains(QStringLiteral("AI > AI settings")));
    QCOMPARE(m_server->requestCount(QStringLiteral("audio/transcriptions")), 1);
}

void TstOpenAiClient::insufficientQuotaNeedsUserWithoutRetry() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::InsufficientQuota, 0, 0});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::NeedsUser);
    QVERIFY(result.error().error.message.contains(QStringLiteral("billing")));
    QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 1);
}

void TstOpenAiClient::droppedConnectionRetriesThenGivesUp() {
    for (int i = 0; i < 3; ++i) {
        m_server->pushFault(QStringLiteral("audio/transcriptions"), {Fault::DropConnection, 0, 0});
    }
    MeterLog meter;
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes::fromUtf8(kKey));
    client.setMeter(meter.meter());
    QElapsedTimer timer;
    timer.start();
    auto result = client.transcribe(transcriptionRequest());
    CHECK_FAILURE(result, Kind::Retry);
    QCOMPARE(code(result.error().error.code), code(ErrorCode::Network));
    QVERIFY(!result.error().offline);                                            // the server was reached
    QCOMPARE(m_server->requestCount(QStringLiteral("audio/transcriptions")), 3); // 1 + 2 in-call retries
    // Backoff between attempts: at least 0.5 * 0.75 + 1 * 0.75 s.
    QVERIFY2(timer.elapsed() >= 1'100, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(meter.entries.size(), std::size_t(3));
    for (const RequestMeter& m : meter.entries) {
        QCOMPARE(m.httpStatus, 0);
    }
}

void TstOpenAiClient::slowServerTimesOut() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::Slow, 0, 3'000});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    client.setTimeouts(2'000, 500);
    client.setMaxInCallRetries(0);
    QElapsedTimer timer;
    timer.start();
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::Retry);
    QCOMPARE(code(result.error().error.code), code(ErrorCode::Timeout));
    QVERIFY(!result.error().offline);
    QVERIFY(timer.elapsed() < 2'900);
}

void TstOpenAiClient::unreachableServerIsOffline() {
    ProviderConfig p = openAi(*m_server, QStringLiteral("gpt-4o-mini"));
    m_server->close(); // the network is gone: nothing listens on the port any more
    OpenAiClient client(*m_http, p, SecureBytes::fromUtf8(kKey));
    client.setMaxInCallRetries(1);
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::Retry);
    QCOMPARE(code(result.error().error.code), code(ErrorCode::Network));
    QVERIFY(result.error().offline);
}

void TstOpenAiClient::cancelInterruptsTheWait() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::RateLimit, 20'000, 0});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    HttpCancel cancel;
    QElapsedTimer timer;
    timer.start();
    // The user cancels while the client waits out the server's 20 s.
    std::thread canceller([&cancel, this] {
        while (m_server->requestCount(QStringLiteral("chat/completions")) < 1) {
            std::this_thread::yield();
        }
        cancel.cancel();
    });
    auto result = client.chatJson(chatRequest(), &cancel);
    canceller.join();
    QVERIFY(!result);
    QCOMPARE(code(result.error().error.code), code(ErrorCode::Cancelled));
    QVERIFY2(timer.elapsed() < 5'000, QByteArray::number(timer.elapsed()).constData());
    QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 1);
}

void TstOpenAiClient::malformedJsonIsFatal() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::MalformedJson, 0, 0});
    m_server->pushFault(QStringLiteral("audio/transcriptions"), {Fault::MalformedJson, 0, 0});
    OpenAiClient chat(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    auto note = chat.chatJson(chatRequest());
    CHECK_FAILURE(note, Kind::Fatal);
    QVERIFY(note.error().error.message.contains(QStringLiteral("not valid JSON")));
    OpenAiClient whisper(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes::fromUtf8(kKey));
    auto transcript = whisper.transcribe(transcriptionRequest());
    CHECK_FAILURE(transcript, Kind::Fatal);
    QCOMPARE(m_server->requests().size(), std::size_t(2)); // no retries of a malformed answer
}

void TstOpenAiClient::cutOffAnswerIsFatal() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::FinishLength, 0, 0});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::Fatal);
    QVERIFY(result.error().error.message.contains(QStringLiteral("cut off")));
    QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 1);
}

void TstOpenAiClient::refusalIsFatalAndQuoted() {
    m_server->pushFault(QStringLiteral("chat/completions"), {Fault::Refusal, 0, 0});
    OpenAiClient client(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    auto result = client.chatJson(chatRequest());
    CHECK_FAILURE(result, Kind::Fatal);
    QVERIFY(result.error().error.message.contains(QStringLiteral("refused")));
    QVERIFY(result.error().error.message.contains(QStringLiteral("I can't help with that.")));
}

void TstOpenAiClient::logsHoldNoSecretsOrContent() {
    m_server->setTranscriptText(kSpoken);
    LogCapture capture;
    OpenAiClient whisper(*m_http, openAi(*m_server, QStringLiteral("whisper-1")), SecureBytes::fromUtf8(kKey));
    m_server->pushFault(QStringLiteral("audio/transcriptions"), {Fault::ServiceUnavailable, 0, 0});
    QVERIFY(whisper.transcribe(transcriptionRequest()));
    OpenAiClient chat(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")), SecureBytes::fromUtf8(kKey));
    QVERIFY(chat.chatJson(chatRequest()));
    OpenAiClient wrong(*m_http, openAi(*m_server, QStringLiteral("gpt-4o-mini")),
                       SecureBytes::fromUtf8(QStringLiteral("sk-wrong-secret-123")));
    QVERIFY(!wrong.chatJson(chatRequest()));

    const QString log = capture.text();
    QVERIFY(log.contains(QStringLiteral("clinicdesk.ai"))); // it did log
    QVERIFY(log.contains(QStringLiteral("request-id=")));
    for (const QString& secret : {kKey, QStringLiteral("sk-wrong-secret-123"), QStringLiteral("sk-w"), kSpoken,
                                  kVocabulary, QStringLiteral("dental note as JSON"), QStringLiteral("trettiosex")}) {
        QVERIFY2(!log.contains(secret), qPrintable(secret));
    }
}

QTEST_GUILESS_MAIN(TstOpenAiClient)
#include "tst_openaiclient.moc"
