// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/SchemaOracle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace clinicdesk::test::fakeopenai {

namespace {

QString contextText(const QStringList& context) {
    QStringList quoted;
    for (const QString& c : context) {
        quoted << QStringLiteral("'%1'").arg(c);
    }
    if (quoted.size() == 1) {
        return QStringLiteral("(%1,)").arg(quoted.front());
    }
    return QStringLiteral("(%1)").arg(quoted.join(QStringLiteral(", ")));
}

} // namespace

SchemaOracle::SchemaOracle(const QJsonObject& root)
    : m_root(root) {}

QString SchemaOracle::strictSchemaError(const QJsonObject& schema) {
    if (schema.contains(QStringLiteral("anyOf"))) {
        return QStringLiteral("schema must be a JSON Schema of 'type: \"object\"', and the root must not use 'anyOf'.");
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type != QJsonValue(QStringLiteral("object"))) {
        const QString got = type.isArray()
                                ? QString::fromUtf8(QJsonDocument(type.toArray()).toJson(QJsonDocument::Compact))
                            : type.isUndefined() ? QStringLiteral("None")
                                                 : type.toVariant().toString();
        return QStringLiteral("schema must be a JSON Schema of 'type: \"object\"', got 'type: \"%1\"'.").arg(got);
    }
    SchemaOracle check(schema);
    if (!check.checkNode(schema, {}, 0)) {
        return check.m_error;
    }
    const QJsonValue defs = schema.value(QStringLiteral("$defs"));
    if (!defs.isUndefined()) {
        if (!defs.isObject()) {
            return QStringLiteral("In context=(), '$defs' must be an object.");
        }
        const QJsonObject defsObject = defs.toObject();
        for (auto it = defsObject.begin(); it != defsObject.end(); ++it) {
            if (!check.checkNode(it.value(), {QStringLiteral("$defs"), it.key()}, 0)) {
                return check.m_error;
            }
        }
    }
    if (check.m_properties > 5000) {
        return QStringLiteral("The schema has %1 object properties; at most 5000 are allowed.").arg(check.m_properties);
    }
    if (check.m_enumValues > 1000) {
        return QStringLiteral("The schema has %1 enum values; at most 1000 are allowed.").arg(check.m_enumValues);
    }
    return {};
}

std::optional<QJsonObject> SchemaOracle::resolveRef(const QJsonObject& root, const QString& ref) {
    if (ref == QLatin1String("#")) {
        return root;
    }
    static const QString prefix = QStringLiteral("#/$defs/");
    if (!ref.startsWith(prefix)) {
        return std::nullopt;
    }
    QString name = ref.mid(prefix.size());
    if (name.contains(QLatin1Char('/'))) {
        return std::nullopt;
    }
    name.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
    const QJsonValue def = root.value(QStringLiteral("$defs")).toObject().value(name);
    if (!def.isObject()) {
        return std::nullopt;
    }
    return def.toObject();
}

bool SchemaOracle::isNonNegativeInteger(const QJsonValue& v) {
    return v.isDouble() && v.toDouble() >= 0 && std::floor(v.toDouble()) == v.toDouble();
}

bool SchemaOracle::fail(const QStringList& context, const QString& what) {
    if (m_error.isEmpty()) {
        m_error = QStringLiteral("In context=%1, %2").arg(contextText(context), what);
    }
    return false;
}

bool SchemaOracle::checkNode(const QJsonValue& value, const QStringList& context, int depth) {
    static const QSet<QString> allowed{QStringLiteral("type"),        QStringLiteral("properties"),
                                       QStringLiteral("required"),    QStringLiteral("additionalProperties"),
                                       QStringLiteral("items"),       QStringLiteral("enum"),
                                       QStringLiteral("anyOf"),       QStringLiteral("$ref"),
                                       QStringLiteral("$defs"),       QStringLiteral("pattern"),
                                       QStringLiteral("format"),      QStringLiteral("minimum"),
                                       QStringLiteral("maximum"),     QStringLiteral("multipleOf"),
                                       QStringLiteral("minItems"),    QStringLiteral("maxItems"),
                                       QStringLiteral("description"), QStringLiteral("title"),
                                       QStringLiteral("$comment")};
    static const QSet<QString> types{QStringLiteral("string"),  QStringLiteral("number"), QStringLiteral("integer"),
                                     QStringLiteral("boolean"), QStringLiteral("object"), QStringLiteral("array"),
                                     QStringLiteral("null")};
    static const QSet<QString> formats{QStringLiteral("date-time"), QStringLiteral("time"),  QStringLiteral("date"),
                                       QStringLiteral("duration"),  QStringLiteral("email"), QStringLiteral("hostname"),
                                       QStringLiteral("ipv4"),      QStringLiteral("ipv6"),  QStringLiteral("uuid")};
    if (!value.isObject()) {
        return fail(context, QStringLiteral("schema must be a JSON object."));
    }
    const QJsonObject node = value.toObject();
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return fail(context, QStringLiteral("'%1' is not permitted.").arg(it.key()));
        }
    }
    if (node.contains(QStringLiteral("$defs")) && !context.isEmpty()) {
        return fail(context, QStringLiteral("'$defs' is only permitted at the root."));
    }
    if (node.contains(QStringLiteral("$ref"))) {
        const QString ref = node.value(QStringLiteral("$ref")).toString();
        if (!resolveRef(m_root, ref)) {
            return fail(context,
                        QStringLiteral("reference '%1' does not resolve to a definition in '$defs'.").arg(ref));
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (it.key() != QLatin1String("$ref") && it.key() != QLatin1String("description") &&
                it.key() != QLatin1String("title") && it.key() != QLatin1String("$comment")) {
                return fail(context, QStringLiteral("'%1' is not permitted next to '$ref'.").arg(it.key()));
            }
        }
        return true;
    }
    if (node.contains(QStringLiteral("anyOf"))) {
        const QJsonValue anyOf = node.value(QStringLiteral("anyOf"));
        if (!anyOf.isArray() || anyOf.toArray().isEmpty()) {
            return fail(context, QStringLiteral("'anyOf' must be a non-empty array of schemas."));
        }
        const QJsonArray branches = anyOf.toArray();
        for (qsizetype i = 0; i < branches.size(); ++i) {
            if (!checkNode(branches[i], context + QStringList{QStringLiteral("anyOf"), QString::number(i)}, depth)) {
                return false;
            }
        }
    }
    if (node.contains(QStringLiteral("enum"))) {
        const QJsonValue values = node.value(QStringLiteral("enum"));
        if (!values.isArray() || values.toArray().isEmpty()) {
            return fail(context, QStringLiteral("'enum' must be a non-empty array."));
        }
        const QJsonArray list = values.toArray();
        m_enumValues += int(list.size());
        if (list.size() > 250) {
            qsizetype chars = 0;
            for (const QJsonValue& v : list) {
                chars += v.toString().size();
            }
            if (chars > 7500) {
                return fail(context, QStringLiteral("an enum of more than 250 strings may hold at most 7500 characters "
                                                    "(%1).")
                                         .arg(chars));
            }
        }
    }
    if (!node.contains(QStringLiteral("type"))) {
        if (node.contains(QStringLiteral("enum")) || node.contains(QStringLiteral("anyOf"))) {
            return true;
        }
        return fail(context, QStringLiteral("schema must have a 'type' key."));
    }
    QStringList nodeTypes;
    const QJsonValue type = node.value(QStringLiteral("type"));
    if (type.isString()) {
        nodeTypes << type.toString();
    } else if (type.isArray() && !type.toArray().isEmpty()) {
        for (const QJsonValue& t : type.toArray()) {
            nodeTypes << t.toString();
        }
    }
    if (nodeTypes.isEmpty() || nodeTypes.removeDuplicates() > 0) {
        return fail(context, QStringLiteral("'type' must be a type name or an array of distinct ones."));
    }
    for (const QString& t : nodeTypes) {
        if (!types.contains(t)) {
            return fail(context, QStringLiteral("type '%1' is not supported.").arg(t));
        }
    }
    if (nodeTypes.contains(QStringLiteral("object"))) {
        const int level = depth + 1;
        if (level > 10) {
            return fail(context,
                        QStringLiteral("objects are nested %1 levels deep; at most 10 are allowed.").arg(level));
        }
        const QJsonValue additional = node.value(QStringLiteral("additionalProperties"));
        if (!additional.isBool() || additional.toBool()) {
            return fail(context, QStringLiteral("'additionalProperties' is required to be supplied and to be false."));
        }
        const QJsonValue propertiesValue = node.value(QStringLiteral("properties"));
        if (!propertiesValue.isUndefined() && !propertiesValue.isObject()) {
            return fail(context, QStringLiteral("'properties' must be an object."));
        }
        const QJsonObject properties = propertiesValue.toObject();
        const QJsonValue requiredValue = node.value(QStringLiteral("required"));
        if (!requiredValue.isArray()) {
            return fail(context, QStringLiteral("'required' is required to be supplied and to be an array including "
                                                "every key in properties."));
        }
        QStringList required;
        for (const QJsonValue& r : requiredValue.toArray()) {
            if (!r.isString()) {
                return fail(context, QStringLiteral("'required' must list property names."));
            }
            required << r.toString();
        }
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!required.contains(it.key())) {
                return fail(context,
                            QStringLiteral("'required' is required to be supplied and to be an array including "
                                           "every key in properties. Missing '%1'.")
                                .arg(it.key()));
            }
        }
        for (const QString& r : required) {
            if (!properties.contains(r)) {
                return fail(context, QStringLiteral("Extra required key '%1' supplied.").arg(r));
            }
        }
        m_properties += int(properties.size());
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!checkNode(it.value(), context + QStringList{QStringLiteral("properties"), it.key()}, level)) {
                return false;
            }
        }
    }
    if (nodeTypes.contains(QStringLiteral("array"))) {
        if (!node.value(QStringLiteral("items")).isObject()) {
            return fail(context, QStringLiteral("array schema must have an 'items' schema."));
        }
        if (!checkNode(node.value(QStringLiteral("items")), context + QStringList{QStringLiteral("items")}, depth)) {
            return false;
        }
        for (const QString& key : {QStringLiteral("minItems"), QStringLiteral("maxItems")}) {
            if (node.contains(key) && !isNonNegativeInteger(node.value(key))) {
                return fail(context, QStringLiteral("'%1' must be a non-negative integer.").arg(key));
            }
        }
        if (node.contains(QStringLiteral("minItems")) && node.contains(QStringLiteral("maxItems")) &&
            node.value(QStringLiteral("minItems")).toDouble() > node.value(QStringLiteral("maxItems")).toDouble()) {
            return fail(context, QStringLiteral("'minItems' is greater than 'maxItems'."));
        }
    }
    if (node.contains(QStringLiteral("pattern"))) {
        const QJsonValue pattern = node.value(QStringLiteral("pattern"));
        if (!pattern.isString() || !QRegularExpression(pattern.toString()).isValid()) {
            return fail(context, QStringLiteral("'pattern' is not a valid regular expression."));
        }
    }
    if (node.contains(QStringLiteral("format")) && !formats.contains(node.value(QStringLiteral("format")).toString())) {
        return fail(
            context,
            QStringLiteral("format '%1' is not supported.").arg(node.value(QStringLiteral("format")).toString()));
    }
    for (const QString& key : {QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("multipleOf")}) {
        if (node.contains(key) && !node.value(key).isDouble()) {
            return fail(context, QStringLiteral("'%1' must be a number.").arg(key));
        }
    }
    if (node.contains(QStringLiteral("multipleOf")) && node.value(QStringLiteral("multipleOf")).toDouble() <= 0) {
        return fail(context, QStringLiteral("'multipleOf' must be greater than 0."));
    }
    if (node.contains(QStringLiteral("minimum")) && node.contains(QStringLiteral("maximum")) &&
        node.value(QStringLiteral("minimum")).toDouble() > node.value(QStringLiteral("maximum")).toDouble()) {
        return fail(context, QStringLiteral("'minimum' is greater than 'maximum'."));
    }
    return true;
}

} // namespace clinicdesk::test::fakeopenai
