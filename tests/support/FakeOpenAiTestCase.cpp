// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "FakeOpenAiTestCase.h"

#include "audio/OpusStreamEncoder.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

#include <cmath>
#include <numbers>

namespace clinicdesk::test {

FakeOpenAiTestCase::Reply FakeOpenAiTestCase::readReply(QTcpSocket& socket, int timeoutMs) {
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

QByteArray FakeOpenAiTestCase::httpRequest(const QByteArray& method, const QByteArray& target,
                                           const QList<QByteArray>& headers, const QByteArray& body) {
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray& header : headers) {
        out += header + "\r\n";
    }
    if (!body.isEmpty() || method == "POST") {
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return out + "\r\n" + body;
}

QByteArray FakeOpenAiTestCase::bearer(const char* key) {
    return QByteArray("Authorization: Bearer ") + key;
}

FakeOpenAiTestCase::Reply FakeOpenAiTestCase::exchange(quint16 port, const QByteArray& raw, int timeoutMs) {
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

QByteArray FakeOpenAiTestCase::multipartBody(const QList<Field>& fields, const QByteArray& boundary) {
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

QByteArray FakeOpenAiTestCase::compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject FakeOpenAiTestCase::strictObject(const QJsonObject& properties) {
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        required.append(it.key());
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("additionalProperties"), false}};
}

QJsonObject FakeOpenAiTestCase::stringSchema() {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}};
}

QJsonObject FakeOpenAiTestCase::nested(int levels) {
    QJsonObject inner = strictObject({{QStringLiteral("leaf"), stringSchema()}});
    for (int i = 1; i < levels; ++i) {
        inner = strictObject({{QStringLiteral("child"), inner}});
    }
    return inner;
}

QJsonObject FakeOpenAiTestCase::manyProperties(int count) {
    QJsonObject properties;
    for (int i = 0; i < count; ++i) {
        properties.insert(QStringLiteral("p%1").arg(i), stringSchema());
    }
    return strictObject(properties);
}

QJsonObject FakeOpenAiTestCase::manyEnumValues(int count) {
    QJsonArray values;
    for (int i = 0; i < count; ++i) {
        values.append(QStringLiteral("v%1").arg(i));
    }
    return strictObject({{QStringLiteral("code"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                              {QStringLiteral("enum"), values}}}});
}

QJsonObject FakeOpenAiTestCase::noteSchema() {
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

QJsonObject FakeOpenAiTestCase::chatBody(const QJsonObject& schema, const QString& name) {
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

bool FakeOpenAiTestCase::isError(const Reply& reply, int status, const QString& type, const QJsonValue& param,
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

void FakeOpenAiTestCase::startServer() {
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

void FakeOpenAiTestCase::resetServer() {
    m_server->clearFaults();
    m_server->clearRequests();
    m_server->setTranscriptText({});
    m_server->setChatContent({});
}

FakeOpenAiTestCase::Reply FakeOpenAiTestCase::transcribe(const QList<Field>& fields, const QByteArray& path,
                                                         const QByteArray& auth) {
    const QByteArray boundary = "----fake-test-boundary-7MA4YWxk";
    return exchange(port(), httpRequest("POST", path, {auth, "Content-Type: multipart/form-data; boundary=" + boundary},
                                        multipartBody(fields, boundary)));
}

QList<FakeOpenAiTestCase::Field> FakeOpenAiTestCase::audioForm(const QByteArray& model,
                                                               const QList<Field>& extra) const {
    return QList<Field>{{"file", m_ogg, "visit.ogg", "audio/ogg"}, {"model", model}} + extra;
}

FakeOpenAiTestCase::Reply FakeOpenAiTestCase::chat(const QJsonObject& body, const QByteArray& path,
                                                   const QByteArray& auth) {
    return exchange(port(), httpRequest("POST", path, {auth, "Content-Type: application/json"}, compact(body)));
}

} // namespace clinicdesk::test
