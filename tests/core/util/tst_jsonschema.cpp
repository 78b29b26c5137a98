// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// JsonSchema: the strict-mode rules OpenAI applies to response_format schemas
// (each broken rule reported with its path), and validation of a model's answer
// against a template's schema (each failure reported with its path, never with
// the answer's values).

#include "util/JsonSchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace clinicdesk;

namespace {

QJsonObject parse(const char* json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return doc.object();
}

QJsonObject builtin(const QString& key) {
    QFile file(QStringLiteral(":/templates/%1.json").arg(key));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject object(const QJsonObject& properties) {
    QJsonArray required;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        required.append(it.key());
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("required"), required},
                       {QStringLiteral("additionalProperties"), false}};
}

const QJsonObject kString{{QStringLiteral("type"), QStringLiteral("string")}};

// Objects nested `levels` deep, the root being level 1.
QJsonObject nested(int levels) {
    QJsonObject inner = object({{QStringLiteral("leaf"), kString}});
    for (int i = 1; i < levels; ++i) {
        inner = object({{QStringLiteral("child"), inner}});
    }
    return inner;
}

QString joined(const QStringList& list) {
    return list.isEmpty() ? QStringLiteral("(none)") : list.join(QStringLiteral("\n  "));
}

// A dental examination answer that satisfies the built-in schema.
QJsonObject goodExam() {
    return parse(R"({
        "chief_complaint": "Pain on chewing, lower left",
        "medical_history_changes": null,
        "extraoral": "No findings",
        "intraoral_soft_tissue": null,
        "teeth": [
            {"tooth": "36", "surfaces": ["M", "O"], "finding": "caries", "note": "Deep, close to the pulp"},
            {"tooth": "75", "surfaces": [], "finding": "watch", "note": null},
            {"tooth": "18", "surfaces": [], "finding": "missing", "note": null}
        ],
        "periodontal": "BOP in the lower front",
        "radiographs": "Two bitewings",
        "diagnosis": "Caries 36",
        "treatment_plan": "Composite restoration 36 MO"
    })");
}

} // namespace

class TstJsonSchema : public QObject {
    Q_OBJECT

private slots:
    void builtinTemplatesAreWellFormed_data();
    void builtinTemplatesAreWellFormed();
    void validSchemasHaveNoViolations_data();
    void validSchemasHaveNoViolations();
    void eachStrictRuleIsCaughtWithItsPath_data();
    void eachStrictRuleIsCaughtWithItsPath();
    void propertyLimit();
    void nestingLimit();
    void enumValueLimit();

    void goodAnswerIsAccepted();
    void answerFailuresNameTheirPath_data();
    void answerFailuresNameTheirPath();
    void messagesNeverQuoteTheAnswer();
    void nullableFieldsTakeNullButOthersDoNot();
    void numbersAndLengths_data();
    void numbersAndLengths();
    void anyOfAndRefs();
    void treatmentToothMayBeNullButNotAnyNumber();

    void names_data();
    void names();
};

void TstJsonSchema::builtinTemplatesAreWellFormed_data() {
    QTest::addColumn<QString>("key");
    for (const char* key : {"dental-exam", "dental-treatment", "soap", "dap", "birp", "free"}) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TstJsonSchema::builtinTemplatesAreWellFormed() {
    QFETCH(QString, key);
    const QJsonObject t = builtin(key);
    QVERIFY2(!t.isEmpty(), "the template is not in the resources or is not a JSON object");
    QCOMPARE(t.value(QLatin1String("key")).toString(), key);
    QVERIFY(!t.value(QLatin1String("name")).toString().isEmpty());
    QVERIFY(!t.value(QLatin1String("description")).toString().isEmpty());
    const QString instructions = t.value(QLatin1String("instructions")).toString();
    QVERIFY(instructions.contains(QLatin1String("Never invent")));
    QVERIFY(instructions.contains(QLatin1String("language you are asked to use")));
    if (key.startsWith(QLatin1String("dental"))) {
        QVERIFY(instructions.contains(QLatin1String("FDI")));
    }
    const QJsonObject schema = t.value(QLatin1String("schema")).toObject();
    QVERIFY2(JsonSchema::strictViolations(schema).isEmpty(), qPrintable(joined(JsonSchema::strictViolations(schema))));
    QVERIFY(JsonSchema::isValidName(key));
}

void TstJsonSchema::validSchemasHaveNoViolations_data() {
    QTest::addColumn<QJsonObject>("schema");
    QTest::newRow("empty object") << parse(R"({"type":"object","properties":{},"required":[],
        "additionalProperties":false})");
    QTest::newRow("nullable, enum, constraints") << parse(R"({"type":"object","properties":{
        "a":{"type":["string","null"],"pattern":"^[0-9]+$","description":"digits"},
        "b":{"type":"integer","minimum":0,"maximum":10,"multipleOf":2},
        "c":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},
        "d":{"type":"array","items":{"type":"string","enum":["x","y"]},"minItems":0,"maxItems":3},
        "e":{"type":"string","format":"date"},
        "f":{"enum":["p","q",null]},
        "g":{"const":"fixed"}},
        "required":["a","b","c","d","e","f","g"],"additionalProperties":false})");
    QTest::newRow("$defs, $ref, anyOf") << parse(R"({"type":"object","properties":{
        "item":{"anyOf":[{"$ref":"#/$defs/item"},{"type":"null"}]}},
        "required":["item"],"additionalProperties":false,
        "$defs":{"item":{"type":"object","properties":{"name":{"type":"string"}},
                          "required":["name"],"additionalProperties":false}}})");
    QTest::newRow("recursive via $defs") << parse(R"({"type":"object","properties":{
        "tree":{"$ref":"#/$defs/node"}},"required":["tree"],"additionalProperties":false,
        "$defs":{"node":{"type":"object","properties":{"label":{"type":"string"},
            "children":{"type":"array","items":{"$ref":"#/$defs/node"}}},
            "required":["label","children"],"additionalProperties":false}}})");
    QTest::newRow("recursive via #") << parse(R"({"type":"object","properties":{
        "next":{"anyOf":[{"$ref":"#"},{"type":"null"}]}},"required":["next"],"additionalProperties":false})");
    QTest::newRow("10 levels") << nested(10);
}

void TstJsonSchema::validSchemasHaveNoViolations() {
    QFETCH(QJsonObject, schema);
    const QStringList violations = JsonSchema::strictViolations(schema);
    QVERIFY2(violations.isEmpty(), qPrintable(joined(violations)));
}

void TstJsonSchema::eachStrictRuleIsCaughtWithItsPath_data() {
    QTest::addColumn<QJsonObject>("schema");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("root anyOf") << parse(R"({"anyOf":[{"type":"object","properties":{},"required":[],
        "additionalProperties":false}]})")
                                << "#"
                                << "anyOf";
    QTest::newRow("root is an array") << parse(R"({"type":"array","items":{"type":"string"}})") << "#"
                                      << "\"type\": \"object\"";
    QTest::newRow("additionalProperties missing")
        << parse(R"({"type":"object","properties":{"inner":{"type":"object","properties":{"x":{"type":"string"}},
        "required":["x"]}},"required":["inner"],"additionalProperties":false})")
        << "#/properties/inner"
        << "additionalProperties";
    QTest::newRow("additionalProperties true")
        << parse(R"({"type":"object","properties":{},"required":[],"additionalProperties":true})") << "#"
        << "additionalProperties";
    QTest::newRow("required incomplete") << parse(R"({"type":"object","properties":{"a":{"type":"string"},
        "optional_field":{"type":"string"}},"required":["a"],"additionalProperties":false})")
                                         << "#"
                                         << "optional_field";
    QTest::newRow("required missing") << parse(R"({"type":"object","properties":{"a":{"type":"string"}},
        "additionalProperties":false})")
                                      << "#"
                                      << "required";
    QTest::newRow("required names a ghost") << parse(R"({"type":"object","properties":{"a":{"type":"string"}},
        "required":["a","ghost"],"additionalProperties":false})")
                                            << "#"
                                            << "ghost";
    for (const char* keyword : {"allOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas"}) {
        QJsonObject inner{{QStringLiteral("type"), QStringLiteral("string")}, {QLatin1String(keyword), QJsonObject()}};
        QTest::addRow("%s refused", keyword)
            << object({{QStringLiteral("field"), inner}}) << "#/properties/field" << QString::fromLatin1(keyword);
    }
    QTest::newRow("minLength unsupported")
        << object({{QStringLiteral("a"), parse(R"({"type":"string","minLength":1})")}}) << "#/properties/a"
        << "minLength";
    QTest::newRow("patternProperties unsupported")
        << parse(R"({"type":"object","properties":{},"required":[],"additionalProperties":false,
        "patternProperties":{"^x":{"type":"string"}}})")
        << "#"
        << "patternProperties";
    QTest::newRow("unknown type") << object({{QStringLiteral("a"), parse(R"({"type":"date"})")}}) << "#/properties/a"
                                  << "type";
    QTest::newRow("no type") << object({{QStringLiteral("a"), parse(R"({"description":"anything"})")}})
                             << "#/properties/a"
                             << "type";
    QTest::newRow("boolean schema") << object({{QStringLiteral("a"), QJsonValue(true)}}) << "#/properties/a"
                                    << "JSON object";
    QTest::newRow("$ref to a missing definition")
        << object({{QStringLiteral("a"), parse(R"({"$ref":"#/$defs/nothing"})")}}) << "#/properties/a"
        << "$ref";
    QTest::newRow("$ref outside the schema")
        << object({{QStringLiteral("a"), parse(R"({"$ref":"https://example.com/schema.json"})")}}) << "#/properties/a"
        << "$ref";
    QTest::newRow("$defs below the root")
        << object({{QStringLiteral("a"), parse(R"({"type":"string","$defs":{"x":{"type":"string"}}})")}})
        << "#/properties/a"
        << "$defs";
    QTest::newRow("array without items") << object({{QStringLiteral("list"), parse(R"({"type":"array"})")}})
                                         << "#/properties/list"
                                         << "items";
    QTest::newRow("object in an array without required")
        << object({{QStringLiteral("list"), parse(R"({"type":"array","items":{"type":"object",
           "properties":{"x":{"type":"string"}},"additionalProperties":false}})")}})
        << "#/properties/list/items"
        << "required";
    QTest::newRow("anyOf branch") << object({{QStringLiteral("a"), parse(R"({"anyOf":[{"type":"null"},
        {"type":"object","properties":{},"required":[]}]})")}})
                                  << "#/properties/a/anyOf/1"
                                  << "additionalProperties";
    QTest::newRow("unsupported format") << object(
                                               {{QStringLiteral("a"), parse(R"({"type":"string","format":"iban"})")}})
                                        << "#/properties/a"
                                        << "format";
    QTest::newRow("empty enum") << object({{QStringLiteral("a"), parse(R"({"type":"string","enum":[]})")}})
                                << "#/properties/a"
                                << "enum";
    QTest::newRow("bad pattern") << object({{QStringLiteral("a"), parse(R"({"type":"string","pattern":"(["})")}})
                                 << "#/properties/a"
                                 << "pattern";
    QTest::newRow("key with slash is escaped")
        << object({{QStringLiteral("a/b"), parse(R"({"type":"string","maxLength":3})")}}) << "#/properties/a~1b"
        << "maxLength";
}

void TstJsonSchema::eachStrictRuleIsCaughtWithItsPath() {
    QFETCH(QJsonObject, schema);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const QStringList violations = JsonSchema::strictViolations(schema);
    QVERIFY2(violations.size() == 1,
             qPrintable(QStringLiteral("expected one violation, got:\n  ") + joined(violations)));
    QVERIFY2(violations.front().startsWith(QStringLiteral("At %1: ").arg(path)), qPrintable(violations.front()));
    QVERIFY2(violations.front().contains(mentions), qPrintable(violations.front()));
}

void TstJsonSchema::propertyLimit() {
    // 5000 properties in all is the limit; spread over two objects so no single object is the point.
    auto schemaWith = [](int total) {
        QJsonObject first;
        QJsonObject second;
        for (int i = 0; i < total - 1; ++i) {
            (i % 2 ? first : second).insert(QStringLiteral("p%1").arg(i), kString);
        }
        // The nested object itself counts as one property of the root.
        first.insert(QStringLiteral("nested"), object(second));
        return object(first);
    };
    QVERIFY2(JsonSchema::strictViolations(schemaWith(5000)).isEmpty(),
             qPrintable(joined(JsonSchema::strictViolations(schemaWith(5000)))));
    const QStringList violations = JsonSchema::strictViolations(schemaWith(5001));
    QCOMPARE(violations.size(), 1);
    QVERIFY2(violations.front().startsWith(QLatin1String("At #: ")) &&
                 violations.front().contains(QLatin1String("5001")),
             qPrintable(violations.front()));
}

void TstJsonSchema::nestingLimit() {
    const QStringList violations = JsonSchema::strictViolations(nested(11));
    QCOMPARE(violations.size(), 1);
    const QString eleventh = QStringLiteral("#") + QStringLiteral("/properties/child").repeated(10);
    QVERIFY2(violations.front().startsWith(QStringLiteral("At %1: ").arg(eleventh)), qPrintable(violations.front()));
    QVERIFY(violations.front().contains(QLatin1String("10 levels")));
}

void TstJsonSchema::enumValueLimit() {
    auto withEnums = [](int a, int b) {
        QJsonArray first;
        QJsonArray second;
        for (int i = 0; i < a; ++i) {
            first.append(QStringLiteral("a%1").arg(i));
        }
        for (int i = 0; i < b; ++i) {
            second.append(QStringLiteral("b%1").arg(i));
        }
        return object({{QStringLiteral("x"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                         {QStringLiteral("enum"), first}}},
                       {QStringLiteral("y"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                         {QStringLiteral("enum"), second}}}});
    };
    QVERIFY(JsonSchema::strictViolations(withEnums(500, 500)).isEmpty());
    const QStringList violations = JsonSchema::strictViolations(withEnums(600, 401));
    QCOMPARE(violations.size(), 1);
    QVERIFY2(violations.front().startsWith(QLatin1String("At #: ")) &&
                 violations.front().contains(QLatin1String("1001")),
             qPrintable(violations.front()));
}

void TstJsonSchema::goodAnswerIsAccepted() {
    const QJsonObject schema = builtin(QStringLiteral("dental-exam")).value(QLatin1String("schema")).toObject();
    const QStringList errors = JsonSchema::validate(goodExam(), schema);
    QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
}

void TstJsonSchema::answerFailuresNameTheirPath_data() {
    QTest::addColumn<QJsonObject>("answer");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");

    QJsonObject a = goodExam();
    a.insert(QStringLiteral("chief_complaint"), 5);
    QTest::newRow("wrong type") << a << "#/chief_complaint"
                                << "expected string or null";

    a = goodExam();
    a.remove(QStringLiteral("diagnosis"));
    QTest::newRow("missing required") << a << "#/diagnosis"
                                      << "required";

    a = goodExam();
    a.insert(QStringLiteral("billing_code"), QStringLiteral("X1"));
    QTest::newRow("extra property") << a << "#"
                                    << "does not allow";

    auto withTooth = [](int index, const char* key, const QJsonValue& value) {
        QJsonObject answer = goodExam();
        QJsonArray teeth = answer.value(QLatin1String("teeth")).toArray();
        QJsonObject tooth = teeth.at(index).toObject();
        tooth.insert(QLatin1String(key), value);
        teeth.replace(index, tooth);
        answer.insert(QStringLiteral("teeth"), teeth);
        return answer;
    };
    QTest::newRow("bad enum") << withTooth(0, "finding", QStringLiteral("cavity")) << "#/teeth/0/finding"
                              << "allowed values";
    QTest::newRow("bad surface") << withTooth(1, "surfaces", QJsonArray{QStringLiteral("M"), QStringLiteral("X")})
                                 << "#/teeth/1/surfaces/1"
                                 << "allowed values";
    QTest::newRow("FDI 19 (no ninth tooth)") << withTooth(1, "tooth", QStringLiteral("19")) << "#/teeth/1/tooth"
                                             << "pattern";
    QTest::newRow("FDI 56 (no primary sixth)") << withTooth(2, "tooth", QStringLiteral("56")) << "#/teeth/2/tooth"
                                               << "pattern";
    QTest::newRow("FDI with a trailing newline") << withTooth(0, "tooth", QStringLiteral("36\n")) << "#/teeth/0/tooth"
                                                 << "pattern";
    QTest::newRow("Universal number instead of FDI") << withTooth(0, "tooth", QStringLiteral("3")) << "#/teeth/0/tooth"
                                                     << "pattern";
    QTest::newRow("too many surfaces") << withTooth(0, "surfaces",
                                                    QJsonArray{QStringLiteral("M"), QStringLiteral("O"),
                                                               QStringLiteral("D"), QStringLiteral("B"),
                                                               QStringLiteral("L"), QStringLiteral("P")})
                                       << "#/teeth/0/surfaces"
                                       << "more than 5 items";
    QTest::newRow("tooth entry missing its finding") <<
        [] {
            QJsonObject answer = goodExam();
            QJsonArray teeth = answer.value(QLatin1String("teeth")).toArray();
            QJsonObject tooth = teeth.at(2).toObject();
            tooth.remove(QStringLiteral("finding"));
            teeth.replace(2, tooth);
            answer.insert(QStringLiteral("teeth"), teeth);
            return answer;
        }() << "#/teeth/2/finding"
                                                     << "required";
    a = goodExam();
    a.insert(QStringLiteral("teeth"), QStringLiteral("36 caries"));
    QTest::newRow("list given as text") << a << "#/teeth"
                                        << "expected array";
}

void TstJsonSchema::answerFailuresNameTheirPath() {
    QFETCH(QJsonObject, answer);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const QJsonObject schema = builtin(QStringLiteral("dental-exam")).value(QLatin1String("schema")).toObject();
    const QStringList errors = JsonSchema::validate(answer, schema);
    QVERIFY2(errors.size() == 1, qPrintable(QStringLiteral("expected one error, got:\n  ") + joined(errors)));
    QVERIFY2(errors.front().startsWith(QStringLiteral("At %1: ").arg(path)), qPrintable(errors.front()));
    QVERIFY2(errors.front().contains(mentions), qPrintable(errors.front()));
}

void TstJsonSchema::messagesNeverQuoteTheAnswer() {
    // Patient data in every place a value or key could leak from.
    const QString secret = QStringLiteral("Astrid Lindqvist 19121212-1212");
    const QJsonObject schema = builtin(QStringLiteral("dental-exam")).value(QLatin1String("schema")).toObject();
    QJsonObject answer = goodExam();
    answer.insert(secret, secret);
    QJsonArray teeth = answer.value(QLatin1String("teeth")).toArray();
    QJsonObject tooth = teeth.at(0).toObject();
    tooth.insert(QStringLiteral("tooth"), secret);
    tooth.insert(QStringLiteral("finding"), secret);
    tooth.insert(QStringLiteral("surfaces"), QJsonArray{secret});
    teeth.replace(0, tooth);
    answer.insert(QStringLiteral("teeth"), teeth);
    answer.insert(QStringLiteral("diagnosis"), QJsonArray{secret});
    const QStringList errors = JsonSchema::validate(answer, schema);
    QCOMPARE(errors.size(), 5);
    for (const QString& error : errors) {
        QVERIFY2(!error.contains(QLatin1String("Astrid")) && !error.contains(QLatin1String("1212")), qPrintable(error));
    }
}

void TstJsonSchema::nullableFieldsTakeNullButOthersDoNot() {
    const QJsonObject soap = builtin(QStringLiteral("soap")).value(QLatin1String("schema")).toObject();
    QJsonObject answer{{QStringLiteral("subjective"), QStringLiteral("Sleeps badly")},
                       {QStringLiteral("objective"), QString()},
                       {QStringLiteral("assessment"), QString()},
                       {QStringLiteral("plan"), QStringLiteral("Sleep diary")}};
    QVERIFY(JsonSchema::validate(answer, soap).isEmpty());
    answer.insert(QStringLiteral("objective"), QJsonValue::Null);
    const QStringList errors = JsonSchema::validate(answer, soap);
    QCOMPARE(errors, QStringList{QStringLiteral("At #/objective: expected string, found null.")});

    const QJsonObject exam = builtin(QStringLiteral("dental-exam")).value(QLatin1String("schema")).toObject();
    QJsonObject nulls = goodExam();
    for (const char* key : {"chief_complaint", "extraoral", "periodontal", "radiographs", "diagnosis"}) {
        nulls.insert(QLatin1String(key), QJsonValue::Null);
    }
    nulls.insert(QStringLiteral("teeth"), QJsonArray());
    QVERIFY2(JsonSchema::validate(nulls, exam).isEmpty(), qPrintable(joined(JsonSchema::validate(nulls, exam))));
    // An answer that is not an object at all.
    QCOMPARE(JsonSchema::validate(QJsonArray(), exam),
             QStringList{QStringLiteral("At #: expected object, found array.")});
}

void TstJsonSchema::numbersAndLengths_data() {
    QTest::addColumn<QJsonObject>("property");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error"); // empty: valid

    const QJsonObject count = parse(R"({"type":"integer","minimum":1,"maximum":32})");
    QTest::newRow("integer in range") << count << QJsonValue(32) << QString();
    QTest::newRow("2.0 is an integer") << count << QJsonValue(2.0) << QString();
    QTest::newRow("1.5 is not an integer") << count << QJsonValue(1.5) << "expected integer, found number";
    QTest::newRow("below minimum") << count << QJsonValue(0) << "less than the minimum 1";
    QTest::newRow("above maximum") << count << QJsonValue(33) << "greater than the maximum 32";
    const QJsonObject fraction = parse(R"({"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1})");
    QTest::newRow("inside exclusive range") << fraction << QJsonValue(0.5) << QString();
    QTest::newRow("exclusive minimum") << fraction << QJsonValue(0) << "greater than 0";
    QTest::newRow("exclusive maximum") << fraction << QJsonValue(1) << "less than 1";
    const QJsonObject dose = parse(R"({"type":"number","multipleOf":0.1})");
    QTest::newRow("0.3 is a multiple of 0.1") << dose << QJsonValue(0.3) << QString();
    QTest::newRow("0.35 is not") << dose << QJsonValue(0.35) << "not a multiple of 0.1";
    const QJsonObject code = parse(R"({"type":"string","minLength":2,"maxLength":3})");
    QTest::newRow("length in range") << code << QJsonValue(QStringLiteral("abc")) << QString();
    // Lengths count characters (code points), not UTF-16 units: three emoji are three characters.
    QTest::newRow("non-BMP characters") << code << QJsonValue(QString::fromUtf8("\U0001F9B7\U0001F9B7\U0001F9B7"))
                                        << QString();
    QTest::newRow("too short") << code << QJsonValue(QStringLiteral("a")) << "shorter than 2";
    QTest::newRow("too long") << code << QJsonValue(QStringLiteral("abcd")) << "longer than 3";
    const QJsonObject list = parse(R"({"type":"array","items":{"type":"boolean"},"minItems":1,"maxItems":2})");
    QTest::newRow("too few items") << list << QJsonValue(QJsonArray()) << "fewer than 1 items";
    QTest::newRow("item of the wrong type") << list << QJsonValue(QJsonArray{true, 1}) << "#/value/1: expected boolean";
    const QJsonObject fixed = parse(R"({"const":"v2"})");
    QTest::newRow("const matches") << fixed << QJsonValue(QStringLiteral("v2")) << QString();
    QTest::newRow("const differs") << fixed << QJsonValue(QStringLiteral("v1")) << "the one the schema requires";
}

void TstJsonSchema::numbersAndLengths() {
    QFETCH(QJsonObject, property);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    const QJsonObject schema = object({{QStringLiteral("value"), property}});
    const QStringList errors = JsonSchema::validate(QJsonObject{{QStringLiteral("value"), value}}, schema);
    if (error.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
    } else {
        QVERIFY2(errors.size() == 1, qPrintable(joined(errors)));
        QVERIFY2(errors.front().startsWith(QLatin1String("At #/value")), qPrintable(errors.front()));
        QVERIFY2(errors.front().contains(error), qPrintable(errors.front()));
    }
}

void TstJsonSchema::anyOfAndRefs() {
    const QJsonObject schema = parse(R"({"type":"object","properties":{
        "tree":{"$ref":"#/$defs/node"},
        "extra":{"anyOf":[{"$ref":"#/$defs/node"},{"type":"null"}]}},
        "required":["tree","extra"],"additionalProperties":false,
        "$defs":{"node":{"type":"object","properties":{"label":{"type":"string"},
            "children":{"type":"array","items":{"$ref":"#/$defs/node"}}},
            "required":["label","children"],"additionalProperties":false}}})");
    QVERIFY(JsonSchema::strictViolations(schema).isEmpty());
    const QJsonObject good = parse(R"({"tree":{"label":"a","children":[{"label":"b","children":[]}]},"extra":null})");
    QVERIFY2(JsonSchema::validate(good, schema).isEmpty(), qPrintable(joined(JsonSchema::validate(good, schema))));

    // Deep inside the recursion: the path follows the answer.
    const QJsonObject deep = parse(R"({"tree":{"label":"a","children":[{"label":"b","children":[{"label":7,
        "children":[]}]}]},"extra":null})");
    QCOMPARE(JsonSchema::validate(deep, schema),
             QStringList{QStringLiteral("At #/tree/children/0/children/0/label: expected string, found number.")});

    // anyOf: none matches; the closest form's reason comes with it.
    const QJsonObject badExtra = parse(R"({"tree":{"label":"a","children":[]},"extra":{"label":"x"}})");
    const QStringList errors = JsonSchema::validate(badExtra, schema);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0), QStringLiteral("At #/extra: the value matches none of the allowed forms."));
    QCOMPARE(errors.at(1), QStringLiteral("At #/extra/children: a required property is missing."));

    // A $ref that points nowhere is reported, not followed.
    const QJsonObject broken = object({{QStringLiteral("a"), parse(R"({"$ref":"#/$defs/none"})")}});
    QCOMPARE(JsonSchema::validate(QJsonObject{{QStringLiteral("a"), 1}}, broken),
             QStringList{QStringLiteral("At #/a: the schema refers to a definition that does not exist.")});
}

void TstJsonSchema::treatmentToothMayBeNullButNotAnyNumber() {
    const QJsonObject schema = builtin(QStringLiteral("dental-treatment")).value(QLatin1String("schema")).toObject();
    QJsonObject answer = parse(R"({"chief_complaint":"Lost filling","procedures":[
        {"tooth":"46","procedure":"Composite restoration MOD","materials":"Filtek","anaesthesia":"Articaine 1.7 ml"},
        {"tooth":null,"procedure":"Scaling","materials":null,"anaesthesia":null}],
        "complications":null,"post_op_instructions":"No food for 2 hours","next_visit":"6 months"})");
    QVERIFY2(JsonSchema::validate(answer, schema).isEmpty(), qPrintable(joined(JsonSchema::validate(answer, schema))));
    QJsonArray procedures = answer.value(QLatin1String("procedures")).toArray();
    QJsonObject second = procedures.at(1).toObject();
    second.insert(QStringLiteral("tooth"), QStringLiteral("49"));
    procedures.replace(1, second);
    answer.insert(QStringLiteral("procedures"), procedures);
    const QStringList errors = JsonSchema::validate(answer, schema);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.front().startsWith(QLatin1String("At #/procedures/1/tooth: ")), qPrintable(errors.front()));
}

void TstJsonSchema::names_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("key") << QStringLiteral("dental-exam") << true;
    QTest::newRow("underscore digits") << QStringLiteral("Note_2") << true;
    QTest::newRow("64 chars") << QString(64, QLatin1Char('a')) << true;
    QTest::newRow("65 chars") << QString(65, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("dental exam") << false;
    QTest::newRow("dot") << QStringLiteral("soap.v2") << false;
    QTest::newRow("non-ASCII letter") << QString::fromUtf8("tandvård") << false;
    QTest::newRow("trailing newline") << QStringLiteral("soap\n") << false;
}

void TstJsonSchema::names() {
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(JsonSchema::isValidName(name), valid);
}

QTEST_GUILESS_MAIN(TstJsonSchema)
#include "tst_jsonschema.moc"
