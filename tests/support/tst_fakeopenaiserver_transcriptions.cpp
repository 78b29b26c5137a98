// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The fake OpenAI server's /audio/transcriptions: it must refuse what the real API refuses (OPENAI.md),
// answer in its shapes with segments on the speech in the upload, and keep what it was sent.
#include "FakeOpenAiTestCase.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::FakeOpenAiServer;

class TstFakeOpenAiServerTranscriptions : public clinicdesk::test::FakeOpenAiTestCase {
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void init() { resetServer(); }

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
};

QTEST_GUILESS_MAIN(TstFakeOpenAiServerTranscriptions)
#include "tst_fakeopenaiserver_transcriptions.moc"
