// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "FakeOpenAiServer.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <utility>

class QTcpSocket;

namespace clinicdesk::test {

// What the tests of the fake OpenAI server share (tst_fakeopenaiserver_*.cpp, one executable per topic):
// an in-process FakeOpenAiServer that also knows gpt-4o-transcribe-diarize, a recording of tone bursts
// as Ogg Opus, requests written byte by byte over a plain socket (so no client library smooths anything
// over), multipart forms, strict schemas and chat bodies to send, and the error shape to expect.
class FakeOpenAiTestCase : public QObject {
    Q_OBJECT

protected:
    static constexpr auto kKey = "sk-test-key";
    static constexpr int kRate = 48000;
    // Tone bursts in the test recording (seconds). The last two are 0.4 s apart, so they are one region.
    static constexpr std::pair<double, double> kBursts[] = {{0.5, 1.5}, {2.5, 3.2}, {4.0, 4.4}, {4.8, 5.4}};
    static constexpr std::pair<double, double> kRegions[] = {{0.5, 1.5}, {2.5, 3.2}, {4.0, 5.4}};
    static constexpr double kSeconds = 6.0;

    struct Reply {
        int status = 0; // 0: no answer
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        bool closed = false; // the server closed the connection
        [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        [[nodiscard]] QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
    };

    struct Field {
        QByteArray name;
        QByteArray value;
        QByteArray filename = {};
        QByteArray contentType = {};
    };

    // One HTTP/1.1 answer (Content-Length body) from `socket`, waiting at most `timeoutMs`.
    static Reply readReply(QTcpSocket& socket, int timeoutMs);
    static QByteArray httpRequest(const QByteArray& method, const QByteArray& target, const QList<QByteArray>& headers,
                                  const QByteArray& body = {});
    static QByteArray bearer(const char* key = kKey);
    static Reply exchange(quint16 port, const QByteArray& raw, int timeoutMs = 5000);
    static QByteArray multipartBody(const QList<Field>& fields, const QByteArray& boundary);
    static QByteArray compact(const QJsonObject& o);

    static QJsonObject strictObject(const QJsonObject& properties);
    static QJsonObject stringSchema();
    // Objects nested `levels` deep (the root counts as one).
    static QJsonObject nested(int levels);
    static QJsonObject manyProperties(int count);
    static QJsonObject manyEnumValues(int count);
    // The note schema the tests ask for: a tooth in FDI notation, an enum, nested objects, bounded numbers,
    // a nullable field and a definition used by reference.
    static QJsonObject noteSchema();
    static QJsonObject chatBody(const QJsonObject& schema, const QString& name = QStringLiteral("clinical_note"));

    // The error shape of OPENAI.md, with these values.
    static bool isError(const Reply& reply, int status, const QString& type, const QJsonValue& param,
                        const QJsonValue& code, const QString& messageStart, QString* why);

    // For initTestCase: the recording and the listening server (a failed check here fails initTestCase).
    void startServer();
    // For init: no faults, requests, transcript or chat content left over from the case before.
    void resetServer();

    [[nodiscard]] quint16 port() const { return m_server->port(); }
    Reply transcribe(const QList<Field>& fields, const QByteArray& path = "/v1/audio/transcriptions",
                     const QByteArray& auth = bearer());
    [[nodiscard]] QList<Field> audioForm(const QByteArray& model, const QList<Field>& extra = {}) const;
    Reply chat(const QJsonObject& body, const QByteArray& path = "/v1/chat/completions",
               const QByteArray& auth = bearer());

    std::unique_ptr<FakeOpenAiServer> m_server;
    QByteArray m_ogg; // kSeconds of tone bursts, Ogg Opus
};

} // namespace clinicdesk::test
