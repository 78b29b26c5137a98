// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The fake OpenAI server as a server: keys, paths (OpenAI and both Azure forms), HTTP/1.1 framing, every
// fault the product must survive, and the fake-openai executable controlled over HTTP.
#include "FakeOpenAiTestCase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::FakeOpenAiServer;

class TstFakeOpenAiServerHttp : public clinicdesk::test::FakeOpenAiTestCase {
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void init() { resetServer(); }

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

QTEST_GUILESS_MAIN(TstFakeOpenAiServerHttp)
#include "tst_fakeopenaiserver_http.moc"
