// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The fake OpenAI server's /chat/completions: strict json_schema response formats judged by its own rules
// (OPENAI.md), answers that are instances of the schema, and the requests the real API refuses.
#include "FakeOpenAiTestCase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

using namespace clinicdesk;
using clinicdesk::test::FakeOpenAiServer;

class TstFakeOpenAiServerChat : public clinicdesk::test::FakeOpenAiTestCase {
    Q_OBJECT

private slots:
    void initTestCase() { startServer(); }
    void init() { resetServer(); }

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
};

QTEST_GUILESS_MAIN(TstFakeOpenAiServerChat)
#include "tst_fakeopenaiserver_chat.moc"
