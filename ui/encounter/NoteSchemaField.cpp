// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/NoteSchemaField.h"

#include "encounter/BuiltinFieldText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace clinicdesk {

namespace {

const QString kFdiPatternMark = QStringLiteral("[1-4][1-8]");

// The non-null type of a property and whether null is allowed ("type": [T, "null"] or anyOf).
std::pair<QString, bool> typeOf(const QJsonObject& property) {
    const QJsonValue type = property.value(QStringLiteral("type"));
    if (type.isString()) {
        return {type.toString(), false};
    }
    QString main;
    bool nullable = false;
    for (const QJsonValue& t : type.toArray()) {
        if (t.toString() == QLatin1String("null")) {
            nullable = true;
        } else if (main.isEmpty()) {
            main = t.toString();
        }
    }
    return {main, nullable};
}

QStringList enumOf(const QJsonObject& property) {
    QStringList values;
    for (const QJsonValue& v : property.value(QStringLiteral("enum")).toArray()) {
        if (v.isString()) {
            values << v.toString();
        }
    }
    return values;
}

} // namespace

QJsonObject NoteSchemaField::resolve(const QJsonObject& property, const QJsonObject& root) {
    QJsonObject current = property;
    // A few steps at most: a $ref to a $ref is legal, a loop is not followed forever.
    for (int i = 0; i < 8 && current.contains(QStringLiteral("$ref")); ++i) {
        const QString ref = current.value(QStringLiteral("$ref")).toString();
        if (!ref.startsWith(QLatin1String("#/"))) {
            break;
        }
        QJsonValue target = root;
        for (const QString& step : ref.mid(2).split(QLatin1Char('/'))) {
            QString key = step;
            key.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
            target = target.toObject().value(key);
        }
        QJsonObject resolved = target.toObject();
        // Siblings of $ref (a description, a title) win over the definition's.
        for (auto it = current.begin(); it != current.end(); ++it) {
            if (it.key() != QLatin1String("$ref")) {
                resolved.insert(it.key(), it.value());
            }
        }
        current = resolved;
    }
    // anyOf [X, {"type":"null"}]: X, nullable.
    if (current.contains(QStringLiteral("anyOf")) && !current.contains(QStringLiteral("type"))) {
        QJsonObject chosen;
        bool nullable = false;
        for (const QJsonValue& branch : current.value(QStringLiteral("anyOf")).toArray()) {
            const QJsonObject b = resolve(branch.toObject(), root);
            if (b.value(QStringLiteral("type")).toString() == QLatin1String("null")) {
                nullable = true;
            } else if (chosen.isEmpty()) {
                chosen = b;
            }
        }
        if (!chosen.isEmpty()) {
            for (auto it = current.begin(); it != current.end(); ++it) {
                if (it.key() != QLatin1String("anyOf")) {
                    chosen.insert(it.key(), it.value());
                }
            }
            if (nullable) {
                const QString type = chosen.value(QStringLiteral("type")).toString();
                if (!type.isEmpty()) {
                    chosen.insert(QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")});
                }
            }
            current = chosen;
        }
    }
    return current;
}

QStringList NoteSchemaField::propertyOrder(const QJsonObject& objectSchema) {
    const QJsonObject properties = objectSchema.value(QStringLiteral("properties")).toObject();
    QStringList order;
    QJsonArray listed = objectSchema.value(QStringLiteral("x-order")).toArray();
    if (listed.isEmpty()) {
        listed = objectSchema.value(QStringLiteral("required")).toArray();
    }
    for (const QJsonValue& name : listed) {
        if (properties.contains(name.toString()) && !order.contains(name.toString())) {
            order << name.toString();
        }
    }
    QStringList rest;
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!order.contains(it.key())) {
            rest << it.key();
        }
    }
    rest.sort();
    return order + rest;
}

QString NoteSchemaField::humanise(const QString& name) {
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    // camelCase -> camel case
    static const QRegularExpression camel(QStringLiteral("([a-z0-9])([A-Z])"));
    text.replace(camel, QStringLiteral("\\1 \\2"));
    text = text.simplified().toLower();
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

NoteSchemaField NoteSchemaField::describe(const QString& name, const QJsonObject& property, const QJsonObject& root) {
    const QJsonObject p = resolve(property, root);
    NoteSchemaField field;
    field.name = name;
    field.title = p.value(QStringLiteral("title")).toString();
    if (field.title.isEmpty()) {
        field.title = BuiltinFieldText::title(name);
    }
    if (field.title.isEmpty()) {
        field.title = humanise(name);
    }
    field.description = BuiltinFieldText::description(p.value(QStringLiteral("description")).toString());
    const auto [type, nullable] = typeOf(p);
    field.nullable = nullable;
    field.choices = enumOf(p);
    if (type == QLatin1String("string") || (type.isEmpty() && !field.choices.isEmpty())) {
        field.kind = field.choices.isEmpty() ? Kind::Text : Kind::Choice;
        field.tooth =
            name == QLatin1String("tooth") || p.value(QStringLiteral("pattern")).toString().contains(kFdiPatternMark);
    } else if (type == QLatin1String("number")) {
        field.kind = Kind::Number;
    } else if (type == QLatin1String("integer")) {
        field.kind = Kind::Integer;
    } else if (type == QLatin1String("boolean")) {
        field.kind = Kind::Boolean;
    } else if (type == QLatin1String("array")) {
        const QJsonObject items = resolve(p.value(QStringLiteral("items")).toObject(), root);
        const auto [itemType, itemNullable] = typeOf(items);
        Q_UNUSED(itemNullable);
        if (itemType == QLatin1String("object")) {
            field.kind = Kind::Table;
            field.itemSchema = items;
        } else if (itemType == QLatin1String("string") && !enumOf(items).isEmpty()) {
            field.kind = Kind::ChoiceList;
            field.choices = enumOf(items);
        } else if (itemType == QLatin1String("string")) {
            field.kind = Kind::TextList;
        } else {
            field.kind = Kind::Json;
        }
    } else {
        field.kind = Kind::Json;
    }
    return field;
}

QJsonValue NoteSchemaField::emptyValue() const {
    if (nullable) {
        return QJsonValue::Null;
    }
    switch (kind) {
    case Kind::ChoiceList:
    case Kind::TextList:
    case Kind::Table:
        return QJsonArray{};
    case Kind::Boolean:
        return false;
    case Kind::Json:
        return QJsonValue::Null;
    default:
        return QString();
    }
}

QString NoteSchemaField::toText(const QJsonValue& value, ToothNumbering::Notation notation) const {
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    switch (kind) {
    case Kind::Text:
        return tooth ? ToothNumbering::display(value.toString(), notation) : value.toString();
    case Kind::Choice:
        return value.toString();
    case Kind::Number:
        return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
    case Kind::Integer:
        return value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
    case Kind::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::ChoiceList: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            parts << v.toString();
        }
        return parts.join(QStringLiteral(", "));
    }
    case Kind::TextList: {
        QStringList lines;
        for (const QJsonValue& v : value.toArray()) {
            lines << v.toString();
        }
        return lines.join(QLatin1Char('\n'));
    }
    case Kind::Table:
    case Kind::Json:
        break;
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    }
    return value.toVariant().toString();
}

QJsonValue NoteSchemaField::fromText(const QString& text, ToothNumbering::Notation notation, QStringList* problems,
                                     const QString& where) const {
    const QString trimmed = text.trimmed();
    auto problem = [&](const QString& sentence) {
        if (problems != nullptr) {
            problems->append(sentence);
        }
    };
    switch (kind) {
    case Kind::Text:
        if (trimmed.isEmpty()) {
            return emptyValue();
        }
        if (tooth) {
            if (notation == ToothNumbering::Notation::Universal) {
                const QString fdi = ToothNumbering::fromUniversal(trimmed);
                if (fdi.isEmpty()) {
                    problem(tr("%1: “%2” is not a Universal tooth number (1–32 or A–T).").arg(where, trimmed));
                    return trimmed;
                }
                return fdi;
            }
            if (!ToothNumbering::isValidFdi(trimmed)) {
                problem(tr("%1: “%2” is not an FDI tooth number (e.g. 16 or 75).").arg(where, trimmed));
            }
            return trimmed;
        }
        return text;
    case Kind::Choice:
        if (trimmed.isEmpty()) {
            return emptyValue();
        }
        if (!choices.contains(trimmed)) {
            problem(tr("%1: choose one of %2.").arg(where, choices.join(QStringLiteral(", "))));
        }
        return trimmed;
    case Kind::Number:
    case Kind::Integer: {
        if (trimmed.isEmpty()) {
            if (!nullable) {
                problem(tr("%1: enter a number.").arg(where));
            }
            return QJsonValue::Null;
        }
        bool ok = false;
        double number = trimmed.toDouble(&ok);
        if (!ok) {
            number = QLocale().toDouble(trimmed, &ok);
        }
        if (!ok || (kind == Kind::Integer && number != double(qint64(number)))) {
            problem(kind == Kind::Integer ? tr("%1: “%2” is not a whole number.").arg(where, trimmed)
                                          : tr("%1: “%2” is not a number.").arg(where, trimmed));
            return trimmed;
        }
        return number;
    }
    case Kind::Boolean:
        return trimmed == QLatin1String("true");
    case Kind::ChoiceList: {
        QJsonArray values;
        static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
        for (const QString& part : trimmed.split(separators, Qt::SkipEmptyParts)) {
            const auto match = std::find_if(choices.begin(), choices.end(), [&](const QString& choice) {
                return choice.compare(part, Qt::CaseInsensitive) == 0;
            });
            if (match == choices.end()) {
                problem(tr("%1: “%2” is not one of %3.").arg(where, part, choices.join(QStringLiteral(", "))));
                values.append(part);
            } else if (!values.contains(*match)) {
                values.append(*match);
            }
        }
        return values;
    }
    case Kind::TextList: {
        QJsonArray lines;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                lines.append(line.trimmed());
            }
        }
        return lines;
    }
    case Kind::Table:
    case Kind::Json:
        break;
    }
    if (trimmed.isEmpty()) {
        return emptyValue();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(trimmed).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        problem(tr("%1: this is not valid JSON.").arg(where));
        return text;
    }
    return doc.array().first();
}

} // namespace clinicdesk
