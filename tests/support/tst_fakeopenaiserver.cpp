// The fake OpenAI-compatible server that the AI tests run against: it must refuse what the real
// API refuses (OPENAI.md), answer in its shapes, and inject every fault the product must survive.
#include "FakeOpenAiServer.h"
#include "audio/OpusStreamEncoder.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace clinicdesk;
using clinicdesk::test::FakeOpenAiServer;

namespace {

constexpr auto kKey = "sk-test-key";
constexpr int kRate = 48000;
// Tone bursts in the test recording (seconds). The last two are 0.4 s apart, so they are one region.
constexpr std::pair<double, double> kBursts[] = {{0.5, 1.5}, {2.5, 3.2}, {4.0, 4.4}, {4.8, 5.4}};
constexpr std::pair<double, double> kRegions[] = {{0.5, 1.5}, {2.5, 3.2}, {4.0, 5.4}};
constexpr double kSeconds = 6.0;

struct Reply {
    int status = 0; // 0: no answer
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    bool closed = false; // the server closed the connection
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    [[nodiscard]] QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
};

// One HTTP/1.1 answer (Content-Length body) from `socket`, waiting at most `timeoutMs`.
Reply readReply(QTcpSocket& socket, int timeoutMs) {
    Reply reply;
    QByteArray buffer;
    QElapsedTimer timer;
    timer.start();
    while (true) {
        buffer += socket.readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd >= 0) {
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            const int status = lines.front().split(' ').value(1).toInt();
            if (status == 100) {
                buffer.remove(0, headerEnd + 4);
                continue;
            }
            QHash<QByteArray, QByteArray> headers;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qint64 length = headers.value("content-length").toLongLong();
            if (buffer.size() - headerEnd - 4 >= length) {
                reply.status = status;
                reply.headers = headers;
                reply.body = buffer.mid(headerEnd + 4, length);
                return reply;
            }
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            reply.closed = true;
            return reply;
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0) {
            return reply;
        }
        socket.waitForReadyRead(int(left));
    }
}

QByteArray httpRequest(const QByteArray& method, const QByteArray& target, const QList<QByteArray>& headers,
                       const QByteArray& body = {}) {
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray& header : headers) {
        out += header + "\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

QByteArray bearer(const char* key = kKey) {
    return QByteArray("Authorization: Bearer ") + key;
}

Reply exchange(quint16 port, const QByteArray& raw, int timeoutMs = 5000) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(2000)) {
        Reply refused;
        refused.closed = true;
        return refused;
    }
    socket.write(raw);
    return readReply(socket, timeoutMs);
}

struct Field {
    QByteArray name;
    QByteArray value;
    QByteArray filename = {};
    QByteArray contentType = {};
};

QByteArray multipartBody(const QList<Field>& fields, const QByteArray& boundary) {
    QByteArray out;
    for (const Field& f : fields) {
        out += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name + '"';
        if (!f.filename.isNull()) {
            out += "; filename=\"" + f.filename + '"';
        }
        out += "\r\n";
        if (!f.contentType.isEmpty()) {
            out += "Content-Type: " + f.contentType + "\r\n";
        }
        out += "\r\n" + f.value + "\r\n";
    }
    return out + "--" + boundary + "--\r\n";
}

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject strictObject(const QJsonObject& properties) {
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        required.append(it.key());
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("additionalProperties"), false}};
}

QJsonObject stringSchema() {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}};
}

// Objects nested `levels` deep (the root counts as one).
QJsonObject nested(int levels) {
    QJsonObject inner = strictObject({{QStringLiteral("leaf"), stringSchema()}});
    for (int i = 1; i < levels; ++i) {
        inner = strictObject({{QStringLiteral("child"), inner}});
    }
    return inner;
}

QJsonObject manyProperties(int count) {
    QJsonObject properties;
    for (int i = 0; i < count; ++i) {
        properties.insert(QStringLiteral("p%1").arg(i), stringSchema());
    }
    return strictObject(properties);
}

QJsonObject manyEnumValues(int count) {
    QJsonArray values;
    for (int i = 0; i < count; ++i) {
        values.append(QStringLiteral("v%1").arg(i));
    }
    return strictObject({{QStringLiteral("code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                              {QStringLiteral("enum"), values}}}});
}

// The note schema the tests ask for: a tooth in FDI notation, an enum, nested objects, bounded numbers,
// a nullable field and a definition used by reference.
QJsonObject noteSchema() {
    const QJsonObject finding = strictObject(
        {{QStringLiteral("tooth"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                               {QStringLiteral("pattern"), QStringLiteral("^[1-4][1-8]$")}}},
         {QStringLiteral("surface"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                      {QStringLiteral("enum"), QJsonArray{QStringLiteral("occlusal"), QStringLiteral("mesial")}}}},
         {QStringLiteral("depth_mm"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")},
                                                  {QStringLiteral("minimum"), 3},
                                                  {QStringLiteral("maximum"), 9}}},
         {QStringLiteral("comment"),
          QJsonObject{{QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")}}}}});
    QJsonObject schema = strictObject(
        {{QStringLiteral("findings"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                  {QStringLiteral("minItems"), 2},
                                                  {QStringLiteral("items"), finding}}},
         {QStringLiteral("visit"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/visit")}}},
         {QStringLiteral("fee"),
          QJsonObject{{QStringLiteral("type"), QStringLiteral("number")}, {QStringLiteral("minimum"), 250.5}}},
         {QStringLiteral("summary"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                 {QStringLiteral("description"), QStringLiteral("One line.")}}}});
    schema.insert(QStringLiteral("$defs"),
                  QJsonObject{{QStringLiteral("visit"),
                               strictObject({{QStringLiteral("date"),
                                              QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                          {QStringLiteral("format"), QStringLiteral("date")}}}})}});
    return schema;
}

QJsonObject chatBody(const QJsonObject& schema, const QString& name = QStringLiteral("clinical_note")) {
    return QJsonObject{
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
        {QStringLiteral("messages"),
         QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                {QStringLiteral("content"), QStringLiteral("Write the note as JSON.")}},
                    QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("Transcript: the patient has a cavity.")}}}},
        {QStringLiteral("response_format"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                     {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), name},
                                                                 {QStringLiteral("schema"), schema},
                                                                 {QStringLiteral("strict"), true}}}}}};
}

} // namespace

class TstFakeOpenAiServer : public QObject {
    Q_OBJECT

    std::unique_ptr<FakeOpenAiServer> m_server;
    QByteArray m_ogg; // kSeconds of tone bursts, Ogg Opus

    [[nodiscard]] quint16 port() const { return m_server->port(); }

    Reply transcribe(const QList<Field>& fields, const QByteArray& path = "/v1/audio/transcriptions",
                     const QByteArray& auth = bearer()) {
        const QByteArray boundary = "----fake-test-boundary-7MA4YWxk";
        return exchange(port(),
                        httpRequest("POST", path, {auth, "Content-Type: multipart/form-data; boundary=" + boundary},
                                    multipartBody(fields, boundary)));
    }

    [[nodiscard]] QList<Field> audioForm(const QByteArray& model, const QList<Field>& extra = {}) const {
        return QList<Field>{{"file", m_ogg, "visit.ogg", "audio/ogg"}, {"model", model}} + extra;
    }

    Reply chat(const QJsonObject& body, const QByteArray& path = "/v1/chat/completions",
               const QByteArray& auth = bearer()) {
        return exchange(port(), httpRequest("POST", path, {auth, "Content-Type: application/json"}, compact(body)));
    }

    // The error shape of OPENAI.md, with these values.
    static bool isError(const Reply& reply, int status, const QString& type, const QJsonValue& param,
                        const QJsonValue& code, const QString& messageStart, QString* why) {
        const QJsonObject error = reply.error();
        const QStringList keys = error.keys();
        if (reply.status != status || keys != QStringList{"code", "message", "param", "type"} ||
            error.value(QStringLiteral("type")).toString() != type || error.value(QStringLiteral("param")) != param ||
            error.value(QStringLiteral("code")) != code ||
            !error.value(QStringLiteral("message")).toString().startsWith(messageStart)) {
            *why = QStringLiteral("status %1, body %2").arg(reply.status).arg(QString::fromUtf8(reply.body));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() {
        std::vector<float> pcm(size_t(kRate * kSeconds), 0.0f);
        for (const auto& [start, end] : kBursts) {
            for (auto i = size_t(start * kRate); i < size_t(end * kRate); ++i) {
                pcm[i] = float(0.3 * std::sin(2 * std::numbers::pi * 440 * double(i) / kRate));
            }
        }
        auto encoder = OpusStreamEncoder::create(kRate);
        QVERIFY(encoder);
        QVERIFY((*encoder)->write(pcm));
        m_ogg = (*encoder)->takePages(false);
        auto tail = (*encoder)->finish();
        QVERIFY(tail);
        m_ogg += *tail;

        FakeOpenAiServer::Options options;
        options.models << QStringLiteral("gpt-4o-transcribe-diarize");
        m_server = std::make_unique<FakeOpenAiServer>(options);
        QVERIFY(m_server->listen());
        QVERIFY(port() != 0);
        QCOMPARE(m_server->baseUrl(), QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
    }

    void init() {
        m_server->clearFaults();
        m_server->clearRequests();
        m_server->setTranscriptText({});
        m_server->setChatContent({});
    }

    void modelsNeedTheRightKey() {
        const Reply ok = exchange(port(), httpRequest("GET", "/v1/models", {bearer()}));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        QStringList ids;
        for (const QJsonValue& model : ok.json().value(QStringLiteral("data")).toArray()) {
            QCOMPARE(model.toObject().value(QStringLiteral("object")).toString(), QStringLiteral("model"));
            ids << model.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(ids.contains(QStringLiteral("whisper-1")) && ids.contains(QStringLiteral("gpt-4o-mini")));
        QVERIFY(ok.headers.value("x-request-id").startsWith("req_"));
        QCOMPARE(ok.headers.value("x-ratelimit-limit-requests"), QByteArray("500"));
        QCOMPARE(ok.headers.value("x-ratelimit-reset-tokens"), QByteArray("6m0s"));

        QString why;
        const Reply none = exchange(port(), httpRequest("GET", "/v1/models", {}));
        QVERIFY2(isError(none, 401, "invalid_request_error", QJsonValue::Null, "invalid_api_key", "You didn't provide",
                         &why),
                 qPrintable(why));
        const Reply wrong = exchange(port(), httpRequest("GET", "/v1/models", {bearer("sk-wrong-key-0000")}));
        QVERIFY2(isError(wrong, 401, "invalid_request_error", QJsonValue::Null, "invalid_api_key",
                         "Incorrect API key provided", &why),
                 qPrintable(why));
        QVERIFY(!wrong.body.contains("sk-wrong-key-0000")); // masked, like OpenAI
        // OpenAI itself takes only Bearer; api-key is Azure's header.
        const Reply azureHeader = exchange(port(), httpRequest("GET", "/v1/models", {"api-key: sk-test-key"}));
        QCOMPARE(azureHeader.status, 401);
        const Reply unknownPath = exchange(port(), httpRequest("GET", "/v1/engines", {bearer()}));
        QCOMPARE(unknownPath.status, 404);

        QCOMPARE(m_server->requestCount(QStringLiteral("models")), 4);
        QCOMPARE(m_server->requests().at(2).status, 401);
        QCOMPARE(m_server->requests().at(2).headers.value(QStringLiteral("authorization")),
                 QStringLiteral("Bearer sk-wrong-key-0000"));
    }

    void verboseJsonSegmentsLieOnTheToneBursts() {
        // Through a real client library's multipart encoder (quoted boundary and all).
        m_server->setTranscriptText(QStringLiteral("alpha beta gamma delta epsilon zeta eta theta"));
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        const auto field = [&](const QByteArray& name, const QByteArray& value) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + '"'));
            part.setBody(value);
            multipart->append(part);
        };
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader, "form-data; name=\"file\"; filename=\"visit.ogg\"");
        file.setHeader(QNetworkRequest::ContentTypeHeader, "audio/ogg");
        file.setBody(m_ogg);
        multipart->append(file);
        field("model", "whisper-1");
        field("response_format", "verbose_json");
        field("language", "sv");
        field("timestamp_granularities[]", "segment");
        field("timestamp_granularities[]", "word");
        QNetworkRequest request(QUrl(m_server->baseUrl() + QStringLiteral("/audio/transcriptions")));
        request.setRawHeader("Authorization", bearer().mid(15));
        QNetworkReply* reply = manager.post(request, multipart);
        multipart->setParent(reply);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        reply->deleteLater();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();

        QCOMPARE(body.value(QStringLiteral("task")).toString(), QStringLiteral("transcribe"));
        QCOMPARE(body.value(QStringLiteral("language")).toString(), QStringLiteral("swedish"));
        QVERIFY(qAbs(body.value(QStringLiteral("duration")).toDouble() - kSeconds) < 0.05);
        const QJsonArray segments = body.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), qsizetype(std::size(kRegions)));
        QStringList words;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QJsonObject segment = segments[i].toObject();
            QCOMPARE(segment.value(QStringLiteral("id")).toInt(), int(i));
            const double start = segment.value(QStringLiteral("start")).toDouble();
            const double end = segment.value(QStringLiteral("end")).toDouble();
            QVERIFY2(qAbs(start - kRegions[i].first) <= 0.06 && qAbs(end - kRegions[i].second) <= 0.06,
                     qPrintable(QStringLiteral("segment %1: %2 to %3").arg(i).arg(start).arg(end)));
            const QStringList segmentWords =
                segment.value(QStringLiteral("text")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY(!segmentWords.isEmpty());
            words += segmentWords;
        }
        QCOMPARE(words.join(QLatin1Char(' ')), QStringLiteral("alpha beta gamma delta epsilon zeta eta theta"));
        QCOMPARE(body.value(QStringLiteral("text")).toString(), words.join(QLatin1Char(' ')));
        QCOMPARE(body.value(QStringLiteral("words")).toArray().size(), qsizetype(8));
        QCOMPARE(body.value(QStringLiteral("usage")).toObject(),
                 (QJsonObject{{QStringLiteral("type"), QStringLiteral("duration")}, {QStringLiteral("seconds"), 6}}));

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), size_t(1));
        const auto& rec = requests.front();
        QCOMPARE(rec.fileField, QStringLiteral("file"));
        QCOMPARE(rec.fileName, QStringLiteral("visit.ogg"));
        QCOMPARE(rec.fileContentType, QStringLiteral("audio/ogg"));
        QCOMPARE(rec.fileBytes, qint64(m_ogg.size()));
        QCOMPARE(rec.fileSha256, QCryptographicHash::hash(m_ogg, QCryptographicHash::Sha256).toHex());
        QVERIFY(qAbs(rec.fileDurationSeconds - kSeconds) < 0.05);
        QCOMPARE(rec.fields.value(QStringLiteral("timestamp_granularities[]")), QStringLiteral("segment\nword"));
        QCOMPARE(rec.fields.value(QStringLiteral("language")), QStringLiteral("sv"));
        QCOMPARE(rec.status, 200);
    }

    void withoutATranscriptEachSpeechRegionIsDescribed() {
        const Reply json = transcribe(audioForm("gpt-4o-transcribe"));
        QCOMPARE(json.status, 200);
        static const QRegularExpression sentence(
            QStringLiteral("Speech from (\\d+\\.\\d\\d) to (\\d+\\.\\d\\d) seconds\\."));
        const QString text = json.json().value(QStringLiteral("text")).toString();
        auto it = sentence.globalMatch(text);
        for (const auto& [start, end] : kRegions) {
            QVERIFY2(it.hasNext(), qPrintable(text));
            const auto m = it.next();
            QVERIFY2(qAbs(m.captured(1).toDouble() - start) <= 0.06 && qAbs(m.captured(2).toDouble() - end) <= 0.06,
                     qPrintable(text));
        }
        QVERIFY(!it.hasNext());
        const QJsonObject usage = json.json().value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("type")).toString(), QStringLiteral("tokens"));
        QVERIFY(usage.value(QStringLiteral("input_tokens")).toInt() > 0);
        QVERIFY(usage.value(QStringLiteral("output_tokens")).toInt() > 0);

        const Reply plain = transcribe(audioForm("gpt-4o-mini-transcribe", {{"response_format", "text"}}));
        QCOMPARE(plain.status, 200);
        QVERIFY(plain.headers.value("content-type").startsWith("text/plain"));
        QCOMPARE(QString::fromUtf8(plain.body).trimmed(), text);

        const Reply srt = transcribe(audioForm("whisper-1", {{"response_format", "srt"}}));
        QCOMPARE(srt.status, 200);
        QVERIFY2(srt.body.startsWith("1\n00:00:00,") && srt.body.contains("\n3\n00:00:0"), srt.body.constData());
    }

    void transcriptionRejectsWhatOpenAiRejects() {
        QByteArray corrupt(4000, 'x');
        corrupt.prepend("OggS");
        const QByteArray boundary = "b0und4ry";
        struct Case {
            const char* what;
            QByteArray contentType;
            QList<Field> fields;
            int status;
            QJsonValue param;
            QJsonValue code;
            QString message;
        };
        const QList<Case> cases{
            {"JSON instead of multipart", "application/json", audioForm("whisper-1"), 400, QJsonValue::Null,
             QJsonValue::Null, "Invalid Content-Type header (application/json), expected multipart/form-data"},
            {"boundary does not match", "multipart/form-data; boundary=other", audioForm("whisper-1"), 400,
             QJsonValue::Null, QJsonValue::Null, "Could not parse multipart form"},
            {"no file",
             {},
             {{"model", "whisper-1"}},
             400,
             "file",
             "missing_required_parameter",
             "Missing required parameter: 'file'."},
            {"no model",
             {},
             {{"file", m_ogg, "a.ogg", "audio/ogg"}},
             400,
             QJsonValue::Null,
             QJsonValue::Null,
             "you must provide a model parameter"},
            {"unknown model",
             {},
             audioForm("whisper-2"),
             404,
             QJsonValue::Null,
             "model_not_found",
             "The model `whisper-2` does not exist"},
            {"chat model", {}, audioForm("gpt-4o-mini"), 400, "model", "unsupported_value", "The model `gpt-4o-mini`"},
            {"unsupported extension",
             {},
             {{"file", m_ogg, "visit.opus", "audio/ogg"}, {"model", "whisper-1"}},
             400,
             QJsonValue::Null,
             QJsonValue::Null,
             "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', "
             "'wav', 'webm']"},
            {"no filename",
             {},
             {{"file", m_ogg, QByteArray(), "audio/ogg"}, {"model", "whisper-1"}},
             400,
             QJsonValue::Null,
             QJsonValue::Null,
             "Invalid file format."},
            {"no content type",
             {},
             {{"file", m_ogg, "visit.ogg"}, {"model", "whisper-1"}},
             400,
             QJsonValue::Null,
             QJsonValue::Null,
             "Invalid file format."},
            {"verbose_json on gpt-4o",
             {},
             audioForm("gpt-4o-transcribe", {{"response_format", "verbose_json"}}),
             400,
             "response_format",
             "unsupported_value",
             "response_format 'verbose_json' is not compatible"},
            {"srt on gpt-4o-mini",
             {},
             audioForm("gpt-4o-mini-transcribe", {{"response_format", "srt"}}),
             400,
             "response_format",
             "unsupported_value",
             "response_format 'srt'"},
            {"diarized_json on whisper",
             {},
             audioForm("whisper-1", {{"response_format", "diarized_json"}}),
             400,
             "response_format",
             "unsupported_value",
             "response_format 'diarized_json'"},
            {"granularities without verbose_json",
             {},
             audioForm("whisper-1", {{"response_format", "json"}, {"timestamp_granularities[]", "word"}}),
             400,
             "timestamp_granularities",
             "unsupported_value",
             "timestamp_granularities[] is only supported"},
            {"prompt on the diarize model",
             {},
             audioForm("gpt-4o-transcribe-diarize", {{"prompt", "Karies"}}),
             400,
             "prompt",
             "unsupported_parameter",
             "Unsupported parameter: 'prompt'"},
            {"language name",
             {},
             audioForm("whisper-1", {{"language", "swedish"}}),
             400,
             "language",
             "invalid_language_format",
             "Invalid language 'swedish'. Language parameter must be specified in ISO-639-1"},
            {"unknown language code",
             {},
             audioForm("whisper-1", {{"language", "xq"}}),
             400,
             "language",
             "invalid_language_format",
             "Invalid language 'xq'"},
            {"temperature above 1",
             {},
             audioForm("whisper-1", {{"temperature", "1.5"}}),
             400,
             "temperature",
             "decimal_above_max_value",
             "Invalid 'temperature'"},
            {"temperature below 0",
             {},
             audioForm("whisper-1", {{"temperature", "-0.1"}}),
             400,
             "temperature",
             "decimal_below_min_value",
             "Invalid 'temperature'"},
            {"unknown field",
             {},
             audioForm("whisper-1", {{"speakers", "2"}}),
             400,
             QJsonValue::Null,
             QJsonValue::Null,
             "Unrecognized request argument supplied: speakers"},
            {"corrupted Ogg",
             {},
             {{"file", corrupt, "visit.ogg", "audio/ogg"}, {"model", "whisper-1"}},
             400,
             "file",
             "invalid_value",
             "Audio file might be corrupted or unsupported"},
        };
        for (const Case& c : cases) {
            const QByteArray contentType =
                c.contentType.isEmpty() ? "multipart/form-data; boundary=" + boundary : c.contentType;
            const Reply reply = exchange(port(), httpRequest("POST", "/v1/audio/transcriptions",
                                                             {bearer(), "Content-Type: " + contentType},
                                                             multipartBody(c.fields, boundary)));
            QString why;
            QVERIFY2(
                isError(reply, c.status, QStringLiteral("invalid_request_error"), c.param, c.code, c.message, &why),
                qPrintable(QString::fromLatin1(c.what) + QStringLiteral(": ") + why));
            QCOMPARE(m_server->requests().back().status, c.status);
        }
        // The same form with the wrong parts fixed is accepted: the refusals above are about those parts.
        QCOMPARE(transcribe(audioForm("gpt-4o-transcribe-diarize", {{"response_format", "diarized_json"}})).status,
                 200);
        QCOMPARE(transcribe(audioForm("whisper-1", {{"language", "sv"}, {"temperature", "0.2"}, {"prompt", "Karies"}}))
                     .status,
                 200);
    }

    void oversizedRequestIs413BeforeTheBodyIsRead() {
        FakeOpenAiServer::Options options;
        options.maxRequestBytes = 100'000;
        FakeOpenAiServer small(options);
        QVERIFY(small.listen());
        const QByteArray expected = "Maximum content size limit (100000) exceeded (300000 bytes read)";
        const QByteArray head = "POST /v1/audio/transcriptions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bearer() +
                                "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 300000\r\n";
        {
            // With Expect: 100-continue the body is never sent: the answer comes from the headers alone.
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, small.port());
            QVERIFY(socket.waitForConnected(2000));
            socket.write(head + "Expect: 100-continue\r\n\r\n");
            const Reply reply = readReply(socket, 3000);
            QString why;
            QVERIFY2(isError(reply, 413, "server_error", QJsonValue::Null, QJsonValue::Null,
                             QString::fromLatin1(expected), &why),
                     qPrintable(why));
            QCOMPARE(reply.headers.value("connection"), QByteArray("close"));
        }
        {
            // Without it the client sends everything; the answer still arrives, then the connection closes.
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, small.port());
            QVERIFY(socket.waitForConnected(2000));
            socket.write(head + "\r\n" + QByteArray(300'000, 'a'));
            const Reply reply = readReply(socket, 5000);
            QCOMPARE(reply.status, 413);
            QCOMPARE(reply.error().value(QStringLiteral("message")).toString(), QString::fromLatin1(expected));
            QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(3000));
        }
        QCOMPARE(small.requestCount(QStringLiteral("audio/transcriptions")), 2);
        QCOMPARE(small.requests().back().contentLength, qint64(300'000));
        QCOMPARE(small.requests().back().status, 413);
        // Below the limit the same server transcribes.
        const QByteArray boundary = "b";
        const Reply ok =
            exchange(small.port(), httpRequest("POST", "/v1/audio/transcriptions",
                                               {bearer(), "Content-Type: multipart/form-data; boundary=" + boundary},
                                               multipartBody(audioForm("whisper-1"), boundary)));
        QVERIFY(m_ogg.size() < 100'000);
        QCOMPARE(ok.status, 200);
    }

    void audioLongerThanTheModelAllowsIsRefused() {
        FakeOpenAiServer::Options options;
        options.maxAudioSeconds = 5;
        FakeOpenAiServer shortLimit(options);
        QVERIFY(shortLimit.listen());
        const QByteArray boundary = "b";
        const Reply reply = exchange(shortLimit.port(),
                                     httpRequest("POST", "/v1/audio/transcriptions",
                                                 {bearer(), "Content-Type: multipart/form-data; boundary=" + boundary},
                                                 multipartBody(audioForm("gpt-4o-transcribe"), boundary)));
        QString why;
        QVERIFY2(
            isError(reply, 400, "invalid_request_error", QJsonValue::Null, "invalid_value", "audio duration 6", &why),
            qPrintable(why));
        QVERIFY(reply.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .endsWith(QLatin1String(" seconds is longer than 5 seconds which is the maximum for this model")));
        QVERIFY(qAbs(shortLimit.requests().back().fileDurationSeconds - kSeconds) < 0.05);
    }

    void chatAnswersAnInstanceOfTheStrictSchema() {
        const QJsonObject body = chatBody(noteSchema());
        const Reply reply = chat(body);
        QCOMPARE(reply.status, 200);
        const QJsonObject answer = reply.json();
        QCOMPARE(answer.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        QCOMPARE(answer.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QVERIFY(answer.value(QStringLiteral("id")).toString().startsWith(QLatin1String("chatcmpl-")));
        const QJsonObject choice = answer.value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(choice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        const QJsonObject message = choice.value(QStringLiteral("message")).toObject();
        QCOMPARE(message.value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
        QVERIFY(message.value(QStringLiteral("refusal")).isNull());
        QJsonParseError parseError;
        const QJsonObject note =
            QJsonDocument::fromJson(message.value(QStringLiteral("content")).toString().toUtf8(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);

        QCOMPARE(note.keys(), (QStringList{"fee", "findings", "summary", "visit"}));
        const QJsonArray findings = note.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), qsizetype(2)); // minItems
        static const QRegularExpression fdi(QStringLiteral("^[1-4][1-8]$"));
        for (const QJsonValue& f : findings) {
            const QJsonObject finding = f.toObject();
            QCOMPARE(finding.keys(), (QStringList{"comment", "depth_mm", "surface", "tooth"}));
            QVERIFY(fdi.match(finding.value(QStringLiteral("tooth")).toString()).hasMatch());
            QCOMPARE(finding.value(QStringLiteral("surface")).toString(), QStringLiteral("occlusal"));
            const double depth = finding.value(QStringLiteral("depth_mm")).toDouble();
            QVERIFY(depth >= 3 && depth <= 9 && depth == std::floor(depth));
            QVERIFY(finding.value(QStringLiteral("comment")).isString());
        }
        QVERIFY(note.value(QStringLiteral("fee")).toDouble() >= 250.5);
        QCOMPARE(note.value(QStringLiteral("visit")).toObject().value(QStringLiteral("date")).toString().size(), 10);

        qsizetype chars = 0;
        for (const QJsonValue& m : body.value(QStringLiteral("messages")).toArray()) {
            chars += m.toObject().value(QStringLiteral("content")).toString().size();
        }
        const QJsonObject usage = answer.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("prompt_tokens")).toInteger(), qint64((chars + 3) / 4));
        QVERIFY(usage.value(QStringLiteral("completion_tokens")).toInteger() > 0);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInteger(),
                 usage.value(QStringLiteral("prompt_tokens")).toInteger() +
                     usage.value(QStringLiteral("completion_tokens")).toInteger());
        QCOMPARE(m_server->requests().back().json, body);

        // What the test sets is answered instead.
        const QJsonObject fixed{{QStringLiteral("summary"), QStringLiteral("Set by the test.")}};
        m_server->setChatContent(fixed);
        const Reply set = chat(body);
        QCOMPARE(set.json()
                     .value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QString::fromUtf8(compact(fixed)));
    }

    void strictSchemaViolationsAre400() {
        const auto with = [](QJsonObject schema, const QString& key, const QJsonValue& value) {
            schema.insert(key, value);
            return schema;
        };
        const QJsonObject base = strictObject({{QStringLiteral("a"), stringSchema()}});
        const QJsonObject openChild =
            strictObject({{QStringLiteral("child"), with(strictObject({{QStringLiteral("x"), stringSchema()}}),
                                                         QStringLiteral("additionalProperties"), true)}});
        QJsonObject missingRequired = base;
        missingRequired.insert(QStringLiteral("properties"), QJsonObject{{QStringLiteral("a"), stringSchema()},
                                                                         {QStringLiteral("b"), stringSchema()}});
        QJsonObject noAdditional = base;
        noAdditional.remove(QStringLiteral("additionalProperties"));
        const QJsonObject rootAnyOf{{QStringLiteral("anyOf"), QJsonArray{base, base}}};
        const QJsonObject rootArray{{QStringLiteral("type"), QStringLiteral("array")},
                                    {QStringLiteral("items"), stringSchema()}};
        const auto property = [&](const QJsonObject& schema) { return strictObject({{QStringLiteral("p"), schema}}); };
        const QList<std::pair<const char*, QJsonObject>> cases{
            {"no additionalProperties", noAdditional},
            {"additionalProperties true below", openChild},
            {"required misses a property", missingRequired},
            {"required names an unknown key", with(base, QStringLiteral("required"), QJsonArray{"a", "zz"})},
            {"allOf", property(QJsonObject{{QStringLiteral("allOf"), QJsonArray{stringSchema()}}})},
            {"not", property(with(stringSchema(), QStringLiteral("not"), QJsonObject{{"type", "number"}}))},
            {"if/then/else", property(with(with(with(stringSchema(), "if", stringSchema()), "then", stringSchema()),
                                           "else", stringSchema()))},
            {"dependentRequired", with(base, QStringLiteral("dependentRequired"), QJsonObject{{"a", QJsonArray{}}})},
            {"dependentSchemas", with(base, QStringLiteral("dependentSchemas"), QJsonObject{{"a", base}})},
            {"root anyOf", rootAnyOf},
            {"root array", rootArray},
            {"unsupported keyword", property(with(stringSchema(), QStringLiteral("minLength"), 2))},
            {"default value", property(with(stringSchema(), QStringLiteral("default"), "x"))},
            {"unsupported format", property(with(stringSchema(), QStringLiteral("format"), "phone"))},
            {"no type", property(QJsonObject{{QStringLiteral("description"), QStringLiteral("anything")}})},
            {"array without items", property(QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}})},
            {"$ref to a missing definition", property(QJsonObject{{QStringLiteral("$ref"), "#/$defs/nothing"}})},
            {"$ref outside $defs", property(QJsonObject{{QStringLiteral("$ref"), "#/properties/a"}})},
            {"11 nesting levels", nested(11)},
            {"5001 properties", manyProperties(5001)},
            {"1001 enum values", manyEnumValues(1001)},
        };
        for (const auto& [what, schema] : cases) {
            const Reply reply = chat(chatBody(schema));
            QString why;
            QVERIFY2(isError(reply, 400, "invalid_request_error", "response_format", QJsonValue::Null,
                             "Invalid schema for response_format 'clinical_note': ", &why),
                     qPrintable(QString::fromLatin1(what) + QStringLiteral(": ") + why));
        }
        // The limits themselves are allowed.
        for (const QJsonObject& atLimit : {nested(10), manyProperties(5000), manyEnumValues(1000), base}) {
            const Reply reply = chat(chatBody(atLimit));
            QVERIFY2(reply.status == 200, reply.body.constData());
        }
        // The schema's name.
        for (const QString& name : {QStringLiteral("clinical note"), QString(65, QLatin1Char('n')), QString()}) {
            const Reply reply = chat(chatBody(base, name));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.error().value(QStringLiteral("param")).toString(),
                     QStringLiteral("response_format.json_schema.name"));
        }
        QCOMPARE(chat(chatBody(base, QString(64, QLatin1Char('n')))).status, 200);
    }

    void chatRejectsWhatOpenAiRejects() {
        const QJsonObject good = chatBody(noteSchema());
        const auto without = [&](const QString& key) {
            QJsonObject body = good;
            body.remove(key);
            return body;
        };
        const auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject body = good;
            body.insert(key, value);
            return body;
        };
        const auto userSays = [&](const QJsonValue& content) {
            return with(QStringLiteral("messages"),
                        QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                               {QStringLiteral("content"), content}}});
        };
        const QString png =
            QStringLiteral("data:image/png;base64,") + QString::fromLatin1(QByteArray("not a png").toBase64());
        struct Case {
            const char* what;
            QJsonObject body;
            int status;
            QJsonValue param;
            QJsonValue code;
            QString message;
        };
        const QList<Case> cases{
            {"no model", without(QStringLiteral("model")), 400, QJsonValue::Null, QJsonValue::Null,
             "you must provide a model parameter"},
            {"unknown model", with(QStringLiteral("model"), "gpt-9"), 404, QJsonValue::Null, "model_not_found",
             "The model `gpt-9` does not exist"},
            {"transcription model", with(QStringLiteral("model"), "whisper-1"), 404, "model", "model_not_found",
             "This is not a chat model"},
            {"no messages", without(QStringLiteral("messages")), 400, "messages", "missing_required_parameter",
             "Missing required parameter: 'messages'."},
            {"empty messages", with(QStringLiteral("messages"), QJsonArray{}), 400, "messages", "empty_array",
             "Invalid 'messages': empty array."},
            {"bad role",
             with(QStringLiteral("messages"), QJsonArray{QJsonObject{{"role", "doctor"}, {"content", "x"}}}), 400,
             "messages[0].role", "invalid_value", "Invalid value: 'doctor'."},
            {"unknown argument", with(QStringLiteral("speed"), 2), 400, QJsonValue::Null, QJsonValue::Null,
             "Unrecognized request argument supplied: speed"},
            {"json_object without the word",
             [&] {
                 QJsonObject body = userSays(QStringLiteral("Summarise the visit."));
                 body.insert(QStringLiteral("response_format"), QJsonObject{{"type", "json_object"}});
                 return body;
             }(),
             400, "messages", "invalid_value", "'messages' must contain the word 'json'"},
            {"temperature above 2", with(QStringLiteral("temperature"), 2.5), 400, "temperature", "invalid_value",
             "Invalid 'temperature'"},
            {"not an image",
             userSays(QJsonArray{QJsonObject{{"type", "image_url"}, {"image_url", QJsonObject{{"url", png}}}}}), 400,
             "messages[0].content[0].image_url", "invalid_image_format", "You uploaded an unsupported image."},
        };
        for (const Case& c : cases) {
            const Reply reply = chat(c.body);
            QString why;
            QVERIFY2(
                isError(reply, c.status, QStringLiteral("invalid_request_error"), c.param, c.code, c.message, &why),
                qPrintable(QString::fromLatin1(c.what) + QStringLiteral(": ") + why));
        }
        const Reply notJson =
            exchange(port(), httpRequest("POST", "/v1/chat/completions", {bearer(), "Content-Type: application/json"},
                                         "{\"model\":"));
        QString why;
        QVERIFY2(isError(notJson, 400, "invalid_request_error", QJsonValue::Null, QJsonValue::Null,
                         "We could not parse the JSON body of your request.", &why),
                 qPrintable(why));
        // A real PNG header with the word json is accepted.
        const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(32, '\0');
        const QString realPng = QStringLiteral("data:image/png;base64,") + QString::fromLatin1(pngBytes.toBase64());
        QJsonObject withImage = userSays(QJsonArray{
            QJsonObject{{"type", "text"}, {"text", "Read this receipt as json."}},
            QJsonObject{{"type", "image_url"}, {"image_url", QJsonObject{{"url", realPng}, {"detail", "high"}}}}});
        withImage.insert(QStringLiteral("response_format"), QJsonObject{{"type", "json_object"}});
        const Reply image = chat(withImage);
        QVERIFY2(image.status == 200, image.body.constData());
    }

    void faultsAreConsumedInOrderPerPath() {
        m_server->pushFault(QStringLiteral("audio/transcriptions"), {FakeOpenAiServer::Fault::RateLimit, 1500});
        m_server->pushFault(QStringLiteral("audio/transcriptions"), {FakeOpenAiServer::Fault::ServiceUnavailable});
        m_server->pushFault(QStringLiteral("*"), {FakeOpenAiServer::Fault::InsufficientQuota});
        m_server->pushFault(QStringLiteral("chat/completions"), {FakeOpenAiServer::Fault::Unauthorized});
        QString why;

        // The path's own faults come before the ones for any path.
        const Reply unauthorized = chat(chatBody(noteSchema()));
        QVERIFY2(isError(unauthorized, 401, "invalid_request_error", QJsonValue::Null, "invalid_api_key",
                         "Incorrect API key provided", &why),
                 qPrintable(why));
        const Reply limited = transcribe(audioForm("whisper-1"));
        QVERIFY2(isError(limited, 429, "requests", QJsonValue::Null, "rate_limit_exceeded", "Rate limit reached", &why),
                 qPrintable(why));
        QCOMPARE(limited.headers.value("retry-after-ms"), QByteArray("1500"));
        QCOMPARE(limited.headers.value("retry-after"), QByteArray("2"));
        QCOMPARE(limited.headers.value("x-ratelimit-remaining-requests"), QByteArray("0"));
        QVERIFY(!limited.headers.value("x-request-id").isEmpty());
        const Reply unavailable = transcribe(audioForm("whisper-1"));
        QVERIFY2(isError(unavailable, 503, "server_error", QJsonValue::Null, QJsonValue::Null,
                         "The server is overloaded", &why),
                 qPrintable(why));
        const Reply quota = transcribe(audioForm("whisper-1"));
        QVERIFY2(isError(quota, 429, "insufficient_quota", QJsonValue::Null, "insufficient_quota",
                         "You exceeded your current quota", &why),
                 qPrintable(why));
        QCOMPARE(transcribe(audioForm("whisper-1")).status, 200);
        QCOMPARE(chat(chatBody(noteSchema())).status, 200);

        std::vector<int> statuses;
        for (const auto& r : m_server->requests()) {
            statuses.push_back(r.status);
        }
        QCOMPARE(statuses, (std::vector<int>{401, 429, 503, 429, 200, 200}));
        QCOMPARE(m_server->requestCount(QStringLiteral("audio/transcriptions")), 4);
        QCOMPARE(m_server->requestCount(QStringLiteral("chat/completions")), 2);
    }

    void droppedConnectionGetsNoAnswer() {
        m_server->pushFault(QStringLiteral("models"), {FakeOpenAiServer::Fault::DropConnection});
        const Reply dropped = exchange(port(), httpRequest("GET", "/v1/models", {bearer()}), 3000);
        QVERIFY(dropped.closed);
        QCOMPARE(dropped.status, 0);
        QCOMPARE(m_server->requests().back().status, 0);
        QCOMPARE(exchange(port(), httpRequest("GET", "/v1/models", {bearer()})).status, 200);
    }

    void slowAnswerComesLateWithoutBlockingOthers() {
        m_server->pushFault(QStringLiteral("models"), {FakeOpenAiServer::Fault::Slow, 0, 1500});
        QElapsedTimer timer;
        timer.start();
        QTcpSocket slow;
        slow.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(slow.waitForConnected(2000));
        slow.write(httpRequest("GET", "/v1/models", {bearer()}));
        // A client with a 250 ms timeout gives up on it...
        const Reply early = readReply(slow, 250);
        QCOMPARE(early.status, 0);
        QVERIFY(!early.closed);
        // ...while the server keeps answering everyone else at once.
        QElapsedTimer other;
        other.start();
        QCOMPARE(exchange(port(), httpRequest("GET", "/v1/models", {bearer()})).status, 200);
        // (A server blocked by the slow answer would take more than a second here.)
        QVERIFY2(other.elapsed() < 900, qPrintable(QString::number(other.elapsed())));
        const Reply late = readReply(slow, 5000);
        QCOMPARE(late.status, 200);
        QVERIFY(timer.elapsed() >= 1450);
        QCOMPARE(late.json().value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    }

    void brokenAnswersOfChat() {
        QJsonObject body = chatBody(noteSchema());
        body.insert(QStringLiteral("max_completion_tokens"), 50);
        m_server->pushFault(QStringLiteral("chat/completions"), {FakeOpenAiServer::Fault::MalformedJson});
        m_server->pushFault(QStringLiteral("chat/completions"), {FakeOpenAiServer::Fault::FinishLength});
        m_server->pushFault(QStringLiteral("chat/completions"), {FakeOpenAiServer::Fault::Refusal});

        const Reply malformed = chat(body);
        QCOMPARE(malformed.status, 200);
        QJsonParseError parseError;
        QJsonDocument::fromJson(malformed.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);

        const Reply cut = chat(body);
        QCOMPARE(cut.status, 200);
        const QJsonObject cutChoice = cut.json().value(QStringLiteral("choices")).toArray().first().toObject();
        QCOMPARE(cutChoice.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
        const QString cutContent =
            cutChoice.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        QVERIFY(cutContent.startsWith(QLatin1Char('{')));
        QJsonDocument::fromJson(cutContent.toUtf8(), &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
        QCOMPARE(
            cut.json().value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt(),
            50);

        const Reply refused = chat(body);
        QCOMPARE(refused.status, 200);
        const QJsonObject refusal = refused.json()
                                        .value(QStringLiteral("choices"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("message"))
                                        .toObject();
        QVERIFY(refusal.value(QStringLiteral("content")).isNull());
        QCOMPARE(refusal.value(QStringLiteral("refusal")).toString(), QStringLiteral("I can't help with that."));

        const Reply normal = chat(body);
        QCOMPARE(normal.json()
                     .value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("finish_reason"))
                     .toString(),
                 QStringLiteral("stop"));
    }

    void hangLastsUntilTheServerClosesAndListenBringsItBack() {
        const quint16 samePort = port();
        m_server->pushFault(QStringLiteral("*"), {FakeOpenAiServer::Fault::Hang});
        QTcpSocket hanging;
        hanging.connectToHost(QHostAddress::LocalHost, samePort);
        QVERIFY(hanging.waitForConnected(2000));
        hanging.write(httpRequest("GET", "/v1/models", {bearer()}));
        const Reply nothing = readReply(hanging, 300);
        QCOMPARE(nothing.status, 0);
        QVERIFY(!nothing.closed);
        QTRY_COMPARE(m_server->requestCount(QStringLiteral("models")), 1);
        QCOMPARE(m_server->requests().back().status, 0);

        // The network goes away: the open connection drops, new ones are refused.
        m_server->close();
        const Reply afterClose = readReply(hanging, 3000);
        QVERIFY(afterClose.closed);
        QCOMPARE(afterClose.status, 0);
        QTcpSocket refused;
        refused.connectToHost(QHostAddress::LocalHost, samePort);
        QVERIFY(!refused.waitForConnected(1000));

        // And comes back on the same port.
        QVERIFY(m_server->listen(samePort));
        QCOMPARE(port(), samePort);
        QCOMPARE(exchange(samePort, httpRequest("GET", "/v1/models", {bearer()})).status, 200);
    }

    void azurePaths() {
        const QByteArray apiKey = "api-key: sk-test-key";
        QJsonObject body = chatBody(noteSchema());
        body.remove(QStringLiteral("model")); // the deployment picks the model
        const Reply classic =
            chat(body, "/openai/deployments/clinic-notes/chat/completions?api-version=2024-10-21", apiKey);
        QVERIFY2(classic.status == 200, classic.body.constData());
        QCOMPARE(m_server->requests().back().query, QStringLiteral("api-version=2024-10-21"));
        QCOMPARE(chat(body, "/openai/deployments/clinic-notes/chat/completions?api-version=2024-10-21").status, 200);

        QString why;
        const Reply noVersion = chat(body, "/openai/deployments/clinic-notes/chat/completions", apiKey);
        QVERIFY2(isError(noVersion, 404, "invalid_request_error", QJsonValue::Null, "404", "Resource not found", &why),
                 qPrintable(why));
        const Reply unknownDeployment =
            chat(body, "/openai/deployments/other/chat/completions?api-version=2024-10-21", apiKey);
        QVERIFY2(isError(unknownDeployment, 404, "invalid_request_error", QJsonValue::Null, "DeploymentNotFound",
                         "The API deployment for this resource does not exist.", &why),
                 qPrintable(why));
        const Reply wrongKey = chat(body, "/openai/deployments/clinic-notes/chat/completions?api-version=2024-10-21",
                                    "api-key: sk-nope-nope-nope");
        QCOMPARE(wrongKey.status, 401);
        QCOMPARE(wrongKey.error().value(QStringLiteral("code")).toString(), QStringLiteral("invalid_api_key"));

        // The OpenAI-compatible Azure form takes the body's model and either header.
        QCOMPARE(chat(chatBody(noteSchema()), "/openai/v1/chat/completions", apiKey).status, 200);
        QCOMPARE(chat(body, "/openai/v1/chat/completions", apiKey).status, 400);
        QCOMPARE(transcribe(audioForm("whisper-1"), "/openai/v1/audio/transcriptions", apiKey).status, 200);
        // Classic transcription: no model field needed.
        const Reply audio =
            transcribe({{"file", m_ogg, "visit.ogg", "audio/ogg"}},
                       "/openai/deployments/clinic-notes/audio/transcriptions?api-version=2024-10-21", apiKey);
        QVERIFY2(audio.status == 200, audio.body.constData());
        QCOMPARE(m_server->requestCount(QStringLiteral("audio/transcriptions")), 2);
    }

    void chunkedBodyAndKeepAlive() {
        const QByteArray json = compact(chatBody(noteSchema()));
        QByteArray chunked;
        for (qsizetype at = 0; at < json.size(); at += 100) {
            const QByteArray piece = json.mid(at, 100);
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        chunked += "0\r\n\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bearer() +
                     "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked);
        const Reply first = readReply(socket, 5000);
        QVERIFY2(first.status == 200, first.body.constData());
        QCOMPARE(first.headers.value("connection"), QByteArray("keep-alive"));
        QCOMPARE(m_server->requests().back().contentLength, qint64(json.size()));
        // The same connection serves the next request.
        socket.write(httpRequest("GET", "/v1/models", {bearer()}));
        QCOMPARE(readReply(socket, 5000).status, 200);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }

    void executableIsControlledOverHttp() {
        QProcess process;
        process.setProgram(QStringLiteral(FAKE_OPENAI_EXE));
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--api-key"),
                              QStringLiteral("sk-proc-key")});
        process.start();
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY(process.canReadLine() || process.state() != QProcess::Running);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        static const QRegularExpression listening(QStringLiteral("^listening on (\\d+)$"));
        const auto m = listening.match(line);
        QVERIFY2(m.hasMatch(), qPrintable(line));
        const auto procPort = quint16(m.captured(1).toUInt());
        const QByteArray key = "Authorization: Bearer sk-proc-key";
        const auto control = [&](const QByteArray& what, const QJsonObject& body) {
            return exchange(procPort,
                            httpRequest("POST", "/_fake/" + what, {"Content-Type: application/json"}, compact(body)));
        };

        QCOMPARE(control("fault", {{"path", "models"}, {"fault", "unavailable"}}).status, 200);
        QCOMPARE(control("fault", {{"path", "models"}, {"fault", "no-such-fault"}}).status, 400);
        QCOMPARE(exchange(procPort, httpRequest("GET", "/v1/models", {key})).status, 503);
        QCOMPARE(exchange(procPort, httpRequest("GET", "/v1/models", {key})).status, 200);
        QCOMPARE(control("transcript", {{"text", "hello there"}}).status, 200);
        const QByteArray boundary = "b";
        const Reply transcript =
            exchange(procPort, httpRequest("POST", "/v1/audio/transcriptions",
                                           {key, "Content-Type: multipart/form-data; boundary=" + boundary},
                                           multipartBody(audioForm("whisper-1"), boundary)));
        QCOMPARE(transcript.status, 200);
        QCOMPARE(transcript.json().value(QStringLiteral("text")).toString(), QStringLiteral("hello there"));
        QCOMPARE(control("chat", {{"content", QJsonObject{{"summary", "fixed"}}}}).status, 200);
        const Reply answer =
            exchange(procPort, httpRequest("POST", "/v1/chat/completions", {key, "Content-Type: application/json"},
                                           compact(chatBody(noteSchema()))));
        QVERIFY(answer.body.contains(R"({\"summary\":\"fixed\"})"));

        const Reply listed = exchange(procPort, httpRequest("GET", "/_fake/requests", {}));
        QCOMPARE(listed.status, 200);
        const QJsonArray requests = QJsonDocument::fromJson(listed.body).array();
        QCOMPARE(requests.size(), qsizetype(4));
        QCOMPARE(requests[0].toObject().value(QStringLiteral("status")).toInt(), 503);
        QCOMPARE(requests[2].toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/v1/audio/transcriptions"));
        QCOMPARE(requests[2].toObject().value(QStringLiteral("fileSha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(m_ogg, QCryptographicHash::Sha256).toHex()));
        QVERIFY(qAbs(requests[2].toObject().value(QStringLiteral("fileDurationSeconds")).toDouble() - kSeconds) < 0.05);
        QCOMPARE(control("reset", {}).status, 200);
        QVERIFY(QJsonDocument::fromJson(exchange(procPort, httpRequest("GET", "/_fake/requests", {})).body)
                    .array()
                    .isEmpty());
        // The in-process server keeps its control endpoints off.
        QCOMPARE(exchange(port(), httpRequest("GET", "/_fake/requests", {})).status, 404);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstFakeOpenAiServer)
#include "tst_fakeopenaiserver.moc"
