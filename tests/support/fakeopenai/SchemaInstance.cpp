// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/SchemaInstance.h"

#include "fakeopenai/PatternSample.h"
#include "fakeopenai/SchemaOracle.h"

#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace clinicdesk::test::fakeopenai {

namespace {

QJsonValue null() {
    return QJsonValue(QJsonValue::Null);
}

QJsonValue numberFor(const QJsonObject& schema, bool integer) {
    const double lo = schema.contains(QStringLiteral("minimum")) ? schema.value(QStringLiteral("minimum")).toDouble()
                                                                 : -std::numeric_limits<double>::infinity();
    const double hi = schema.contains(QStringLiteral("maximum")) ? schema.value(QStringLiteral("maximum")).toDouble()
                                                                 : std::numeric_limits<double>::infinity();
    double v = std::clamp(1.0, lo, hi);
    const double step = schema.value(QStringLiteral("multipleOf")).toDouble(integer ? 1.0 : 0.0);
    if (step > 0) {
        v = std::ceil(v / step) * step;
        if (v > hi) {
            v = std::floor(hi / step) * step;
        }
    } else if (integer) {
        v = std::ceil(v);
    }
    if (integer) {
        return QJsonValue(qint64(v));
    }
    return QJsonValue(v);
}

} // namespace

QJsonObject SchemaInstance::of(const QJsonObject& schema) {
    return of(schema, schema, 0).toObject();
}

QJsonValue SchemaInstance::of(const QJsonObject& root, const QJsonObject& schema, int depth) {
    if (depth > 40) {
        return null();
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        const auto target = SchemaOracle::resolveRef(root, schema.value(QStringLiteral("$ref")).toString());
        return target ? of(root, *target, depth + 1) : null();
    }
    if (schema.contains(QStringLiteral("enum"))) {
        return schema.value(QStringLiteral("enum")).toArray().first();
    }
    if (schema.contains(QStringLiteral("anyOf"))) {
        const QJsonArray branches = schema.value(QStringLiteral("anyOf")).toArray();
        for (const QJsonValue& branch : branches) {
            if (branch.toObject().value(QStringLiteral("type")) != QJsonValue(QStringLiteral("null"))) {
                return of(root, branch.toObject(), depth + 1);
            }
        }
        return null();
    }
    QStringList types;
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isArray()) {
        for (const QJsonValue& t : type.toArray()) {
            types << t.toString();
        }
    } else {
        types << type.toString();
    }
    QString chosen = QStringLiteral("null");
    for (const QString& t : types) {
        if (t != QLatin1String("null")) {
            chosen = t;
            break;
        }
    }
    if (chosen == QLatin1String("object")) {
        QJsonObject out;
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            out.insert(it.key(), of(root, it.value().toObject(), depth + 1));
        }
        return out;
    }
    if (chosen == QLatin1String("array")) {
        int count = schema.contains(QStringLiteral("minItems")) ? schema.value(QStringLiteral("minItems")).toInt()
                    : depth > 8                                 ? 0
                                                                : 1;
        if (schema.contains(QStringLiteral("maxItems"))) {
            count = std::min(count, schema.value(QStringLiteral("maxItems")).toInt());
        }
        QJsonArray out;
        for (int i = 0; i < count; ++i) {
            out.append(of(root, schema.value(QStringLiteral("items")).toObject(), depth + 1));
        }
        return out;
    }
    if (chosen == QLatin1String("string")) {
        if (schema.contains(QStringLiteral("pattern"))) {
            if (auto s = PatternSample::of(schema.value(QStringLiteral("pattern")).toString())) {
                return *s;
            }
        }
        static const QHash<QString, QString> byFormat{
            {QStringLiteral("date-time"), QStringLiteral("2025-01-15T10:30:00Z")},
            {QStringLiteral("date"), QStringLiteral("2025-01-15")},
            {QStringLiteral("time"), QStringLiteral("10:30:00")},
            {QStringLiteral("duration"), QStringLiteral("P1D")},
            {QStringLiteral("email"), QStringLiteral("someone@example.com")},
            {QStringLiteral("hostname"), QStringLiteral("example.com")},
            {QStringLiteral("ipv4"), QStringLiteral("192.0.2.1")},
            {QStringLiteral("ipv6"), QStringLiteral("2001:db8::1")},
            {QStringLiteral("uuid"), QStringLiteral("123e4567-e89b-12d3-a456-426614174000")}};
        return byFormat.value(schema.value(QStringLiteral("format")).toString(), QStringLiteral("example"));
    }
    if (chosen == QLatin1String("integer") || chosen == QLatin1String("number")) {
        return numberFor(schema, chosen == QLatin1String("integer"));
    }
    if (chosen == QLatin1String("boolean")) {
        return true;
    }
    return null();
}

} // namespace clinicdesk::test::fakeopenai
