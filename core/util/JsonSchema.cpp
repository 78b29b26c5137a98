// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/JsonSchema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace clinicdesk {

namespace {

const QStringList kTypeNames = {QStringLiteral("string"),  QStringLiteral("number"), QStringLiteral("integer"),
                                QStringLiteral("boolean"), QStringLiteral("object"), QStringLiteral("array"),
                                QStringLiteral("null")};

// Keywords strict mode accepts. "description" and "title" are annotations the
// API accepts and ignores; "const" is accepted like a one-value enum;
// exclusiveMinimum/exclusiveMaximum are among OpenAI's documented number constraints.
const QSet<QString> kStrictKeywords = {
    QStringLiteral("type"),
    QStringLiteral("properties"),
    QStringLiteral("required"),
    QStringLiteral("additionalProperties"),
    QStringLiteral("items"),
    QStringLiteral("enum"),
    QStringLiteral("const"),
    QStringLiteral("anyOf"),
    QStringLiteral("$ref"),
    QStringLiteral("$defs"),
    QStringLiteral("description"),
    QStringLiteral("title"),
    QStringLiteral("pattern"),
    QStringLiteral("format"),
    QStringLiteral("minimum"),
    QStringLiteral("maximum"),
    QStringLiteral("exclusiveMinimum"),
    QStringLiteral("exclusiveMaximum"),
    QStringLiteral("multipleOf"),
    QStringLiteral("minItems"),
    QStringLiteral("maxItems"),
};

// Composition and conditionals that strict mode refuses outright.
const QSet<QString> kRefusedKeywords = {
    QStringLiteral("allOf"),
    QStringLiteral("not"),
    QStringLiteral("if"),
    QStringLiteral("then"),
    QStringLiteral("else"),
    QStringLiteral("dependentRequired"),
    QStringLiteral("dependentSchemas"),
};

const QSet<QString> kStrictFormats = {
    QStringLiteral("date-time"), QStringLiteral("time"),  QStringLiteral("date"),
    QStringLiteral("duration"),  QStringLiteral("email"), QStringLiteral("hostname"),
    QStringLiteral("ipv4"),      QStringLiteral("ipv6"),  QStringLiteral("uuid"),
};

QString unescapePointerToken(QString token) {
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}

// The schema a local "$ref" ("#" or "#/..." ) points to, or nothing.
std::optional<QJsonObject> resolveRef(const QJsonObject& root, const QString& ref) {
    if (ref == QLatin1String("#")) {
        return root;
    }
    if (!ref.startsWith(QLatin1String("#/"))) {
        return std::nullopt;
    }
    QJsonValue at = root;
    const QStringList tokens = ref.mid(2).split(QLatin1Char('/'));
    for (const QString& raw : tokens) {
        const QString token = unescapePointerToken(raw);
        if (at.isObject()) {
            const QJsonObject object = at.toObject();
            if (!object.contains(token)) {
                return std::nullopt;
            }
            at = object.value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const int index = token.toInt(&ok);
            if (!ok || index < 0 || index >= at.toArray().size()) {
                return std::nullopt;
            }
            at = at.toArray().at(index);
        } else {
            return std::nullopt;
        }
    }
    if (!at.isObject()) {
        return std::nullopt;
    }
    return at.toObject();
}

// JSON Schema patterns are ECMA-262 regular expressions, searched (not anchored).
// PCRE differs where it matters here: its "$" also matches before a final
// newline, so "11\n" would pass "^[1-4][1-8]$". A "$" outside a character class
// therefore becomes "\z" (the very end), which is what "$" means in ECMA without
// the multiline flag. Without UseUnicodePropertiesOption, \d and \w stay ASCII as in ECMA.
QString ecmaPattern(const QString& pattern) {
    QString out;
    out.reserve(pattern.size() + 8);
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            out += c;
            out += pattern.at(++i);
            continue;
        }
        if (inClass) {
            inClass = c != QLatin1Char(']');
        } else if (c == QLatin1Char('[')) {
            inClass = true;
        } else if (c == QLatin1Char('$')) {
            out += QStringLiteral("\\z");
            continue;
        }
        out += c;
    }
    return out;
}

bool isNonNegativeInteger(const QJsonValue& value) {
    if (!value.isDouble()) {
        return false;
    }
    const double d = value.toDouble();
    return std::isfinite(d) && d >= 0 && std::trunc(d) == d;
}

bool isScalar(const QJsonValue& value) {
    return value.isString() || value.isDouble() || value.isBool() || value.isNull();
}

QString listed(const QStringList& names) {
    QStringList quoted;
    for (const QString& name : names) {
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    }
    return quoted.join(QStringLiteral(", "));
}

} // namespace

QString JsonSchema::pointer(const QString& parent, const QString& key) {
    QString escaped = key;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return parent + QLatin1Char('/') + escaped;
}

QString JsonSchema::pointer(const QString& parent, qsizetype index) {
    return parent + QLatin1Char('/') + QString::number(index);
}

bool JsonSchema::isValidName(const QString& name) {
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9_-]{1,64}")));
    return pattern.match(name).hasMatch();
}

// ---------------------------------------------------------------------------
// Strict mode

namespace {

class StrictChecker {
public:
    explicit StrictChecker(const QJsonObject& root)
        : m_root(root) {}

    QStringList run() {
        if (m_root.contains(QLatin1String("anyOf"))) {
            m_out << JsonSchema::tr("At #: the root of the schema must be an object, not anyOf.");
        } else if (m_root.value(QLatin1String("type")) != QJsonValue(QStringLiteral("object"))) {
            m_out << JsonSchema::tr("At #: the root of the schema must have \"type\": \"object\".");
        }
        node(m_root, QStringLiteral("#"), 0);
        if (m_root.contains(QLatin1String("$defs"))) {
            const QJsonValue defs = m_root.value(QLatin1String("$defs"));
            if (!defs.isObject()) {
                m_out << JsonSchema::tr("At #/$defs: $defs must be an object of named schemas.");
            } else {
                const QJsonObject named = defs.toObject();
                for (auto it = named.begin(); it != named.end(); ++it) {
                    node(it.value(), JsonSchema::pointer(QStringLiteral("#/$defs"), it.key()), 0);
                }
            }
        }
        if (m_properties > JsonSchema::kMaxProperties) {
            m_out << JsonSchema::tr("At #: the schema has %1 properties in all; strict mode allows at most %2.")
                         .arg(m_properties)
                         .arg(JsonSchema::kMaxProperties);
        }
        if (m_enumValues > JsonSchema::kMaxEnumValues) {
            m_out << JsonSchema::tr("At #: the schema has %1 enum values in all; strict mode allows at most %2.")
                         .arg(m_enumValues)
                         .arg(JsonSchema::kMaxEnumValues);
        }
        return m_out;
    }

private:
    // `level`: how many objects enclose this schema.
    void node(const QJsonValue& value, const QString& path, int level) {
        if (!value.isObject()) {
            m_out << JsonSchema::tr("At %1: a schema must be a JSON object.").arg(path);
            return;
        }
        const QJsonObject s = value.toObject();
        keywords(s, path);

        QStringList types;
        bool typeOk = true;
        if (s.contains(QLatin1String("type"))) {
            types = typeList(s.value(QLatin1String("type")), &typeOk);
            if (!typeOk) {
                m_out << JsonSchema::tr("At %1: \"type\" must be one of string, number, integer, boolean, object, "
                                        "array or null, or a list of different ones.")
                             .arg(path);
            }
        } else if (!s.contains(QLatin1String("enum")) && !s.contains(QLatin1String("const")) &&
                   !s.contains(QLatin1String("anyOf")) && !s.contains(QLatin1String("$ref"))) {
            m_out << JsonSchema::tr("At %1: the schema has no \"type\".").arg(path);
        }

        if (s.contains(QLatin1String("$ref"))) {
            const QJsonValue ref = s.value(QLatin1String("$ref"));
            const QString target = ref.toString();
            if (!ref.isString() || !(target == QLatin1String("#") || target.startsWith(QLatin1String("#/$defs/"))) ||
                !resolveRef(m_root, target)) {
                m_out << JsonSchema::tr("At %1: \"$ref\" must point to a schema in the root's $defs.").arg(path);
            }
        }
        if (s.contains(QLatin1String("$defs")) && path != QLatin1String("#")) {
            m_out << JsonSchema::tr("At %1: $defs is supported only at the root of the schema.").arg(path);
        }
        if (s.contains(QLatin1String("enum"))) {
            const QJsonValue e = s.value(QLatin1String("enum"));
            if (!e.isArray() || e.toArray().isEmpty()) {
                m_out << JsonSchema::tr("At %1: \"enum\" must be a non-empty list.").arg(path);
            } else {
                const QJsonArray values = e.toArray();
                m_enumValues += int(values.size());
                for (const QJsonValue& v : values) {
                    if (!isScalar(v)) {
                        m_out << JsonSchema::tr("At %1: \"enum\" values must be strings, numbers, booleans or null.")
                                     .arg(path);
                        break;
                    }
                }
            }
        }
        if (s.contains(QLatin1String("anyOf"))) {
            const QJsonValue any = s.value(QLatin1String("anyOf"));
            if (!any.isArray() || any.toArray().isEmpty()) {
                m_out << JsonSchema::tr("At %1: \"anyOf\" must be a non-empty list of schemas.").arg(path);
            } else {
                const QJsonArray branches = any.toArray();
                for (qsizetype i = 0; i < branches.size(); ++i) {
                    node(branches.at(i), JsonSchema::pointer(JsonSchema::pointer(path, QStringLiteral("anyOf")), i),
                         level);
                }
            }
        }
        constraints(s, path);

        if (types.contains(QLatin1String("object"))) {
            object(s, path, level + 1);
        }
        if (types.contains(QLatin1String("array"))) {
            const QJsonValue items = s.value(QLatin1String("items"));
            if (!items.isObject()) {
                m_out << JsonSchema::tr("At %1: an array needs \"items\" with one schema for its elements.").arg(path);
            } else {
                node(items, JsonSchema::pointer(path, QStringLiteral("items")), level);
            }
        }
    }

    void object(const QJsonObject& s, const QString& path, int level) {
        if (level > JsonSchema::kMaxNestingLevels && !m_depthReported) {
            m_depthReported = true;
            m_out << JsonSchema::tr("At %1: objects are nested more than %2 levels deep.")
                         .arg(path)
                         .arg(JsonSchema::kMaxNestingLevels);
        }
        if (s.value(QLatin1String("additionalProperties")) != QJsonValue(false)) {
            m_out << JsonSchema::tr("At %1: every object needs \"additionalProperties\": false.").arg(path);
        }
        QJsonObject properties;
        if (s.contains(QLatin1String("properties"))) {
            if (!s.value(QLatin1String("properties")).isObject()) {
                m_out << JsonSchema::tr("At %1: \"properties\" must be an object of named schemas.").arg(path);
            } else {
                properties = s.value(QLatin1String("properties")).toObject();
            }
        }
        m_properties += int(properties.size());

        QStringList required;
        const QJsonValue req = s.value(QLatin1String("required"));
        bool requiredOk = req.isArray();
        for (const QJsonValue& v : req.toArray()) {
            requiredOk = requiredOk && v.isString();
            required << v.toString();
        }
        if (!requiredOk) {
            m_out << JsonSchema::tr("At %1: every object needs \"required\" listing all of its properties.").arg(path);
        } else {
            QStringList missing;
            for (auto it = properties.begin(); it != properties.end(); ++it) {
                if (!required.contains(it.key())) {
                    missing << it.key();
                }
            }
            if (!missing.isEmpty()) {
                m_out << JsonSchema::tr("At %1: \"required\" must list every property; missing: %2.")
                             .arg(path, listed(missing));
            }
            QStringList unknown;
            for (const QString& name : required) {
                if (!properties.contains(name)) {
                    unknown << name;
                }
            }
            if (!unknown.isEmpty()) {
                m_out << JsonSchema::tr("At %1: \"required\" names properties that are not defined: %2.")
                             .arg(path, listed(unknown));
            }
        }
        const QString propertiesPath = JsonSchema::pointer(path, QStringLiteral("properties"));
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            node(it.value(), JsonSchema::pointer(propertiesPath, it.key()), level);
        }
    }

    void keywords(const QJsonObject& s, const QString& path) {
        for (auto it = s.begin(); it != s.end(); ++it) {
            if (kRefusedKeywords.contains(it.key())) {
                m_out << JsonSchema::tr("At %1: \"%2\" is not supported in strict mode.").arg(path, it.key());
            } else if (!kStrictKeywords.contains(it.key())) {
                m_out
                    << JsonSchema::tr("At %1: the keyword \"%2\" is not supported in strict mode.").arg(path, it.key());
            }
        }
    }

    void constraints(const QJsonObject& s, const QString& path) {
        for (const char* key : {"description", "title"}) {
            if (s.contains(QLatin1String(key)) && !s.value(QLatin1String(key)).isString()) {
                m_out << JsonSchema::tr("At %1: \"%2\" must be text.").arg(path, QLatin1String(key));
            }
        }
        if (s.contains(QLatin1String("pattern"))) {
            const QJsonValue p = s.value(QLatin1String("pattern"));
            if (!p.isString() || !QRegularExpression(p.toString()).isValid()) {
                m_out << JsonSchema::tr("At %1: \"pattern\" must be a valid regular expression.").arg(path);
            }
        }
        if (s.contains(QLatin1String("format"))) {
            if (!kStrictFormats.contains(s.value(QLatin1String("format")).toString())) {
                QStringList formats(kStrictFormats.begin(), kStrictFormats.end());
                formats.sort();
                m_out << JsonSchema::tr("At %1: \"format\" must be one of %2.").arg(path, listed(formats));
            }
        }
        for (const char* key : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
            if (s.contains(QLatin1String(key)) && !s.value(QLatin1String(key)).isDouble()) {
                m_out << JsonSchema::tr("At %1: \"%2\" must be a number.").arg(path, QLatin1String(key));
            }
        }
        if (s.contains(QLatin1String("multipleOf"))) {
            const QJsonValue m = s.value(QLatin1String("multipleOf"));
            if (!m.isDouble() || !(m.toDouble() > 0)) {
                m_out << JsonSchema::tr("At %1: \"multipleOf\" must be a number greater than zero.").arg(path);
            }
        }
        for (const char* key : {"minItems", "maxItems"}) {
            if (s.contains(QLatin1String(key)) && !isNonNegativeInteger(s.value(QLatin1String(key)))) {
                m_out << JsonSchema::tr("At %1: \"%2\" must be a whole number, zero or more.")
                             .arg(path, QLatin1String(key));
            }
        }
        if (isNonNegativeInteger(s.value(QLatin1String("minItems"))) &&
            isNonNegativeInteger(s.value(QLatin1String("maxItems"))) &&
            s.value(QLatin1String("minItems")).toDouble() > s.value(QLatin1String("maxItems")).toDouble()) {
            m_out << JsonSchema::tr("At %1: \"minItems\" is greater than \"maxItems\".").arg(path);
        }
    }

    static QStringList typeList(const QJsonValue& type, bool* ok) {
        QStringList types;
        if (type.isString()) {
            types << type.toString();
        } else if (type.isArray()) {
            for (const QJsonValue& v : type.toArray()) {
                types << v.toString();
                *ok = *ok && v.isString();
            }
            *ok = *ok && !types.isEmpty() && types.removeDuplicates() == 0;
        } else {
            *ok = false;
        }
        for (const QString& t : std::as_const(types)) {
            *ok = *ok && kTypeNames.contains(t);
        }
        return types;
    }

    const QJsonObject& m_root;
    QStringList m_out;
    int m_properties = 0;
    int m_enumValues = 0;
    bool m_depthReported = false;
};

} // namespace

QStringList JsonSchema::strictViolations(const QJsonObject& schema) {
    return StrictChecker(schema).run();
}

// ---------------------------------------------------------------------------
// Validation of an answer

namespace {

constexpr int kMaxValidationDepth = 256;

QString typeOf(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isInteger(const QJsonValue& v) {
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    return std::isfinite(d) && std::trunc(d) == d;
}

bool hasType(const QJsonValue& v, const QString& type) {
    if (type == QLatin1String("integer")) {
        return isInteger(v);
    }
    return typeOf(v) == type;
}

QString number(double d) {
    return QString::number(d, 'g', 15);
}

// What validation found, each with the place in the instance it is about.
struct Findings {
    std::vector<JsonSchema::Problem> items;

    struct At {
        Findings& findings;
        QString path;
        At& operator<<(const QString& message) {
            findings.items.push_back({path, message});
            return *this;
        }
    };
    [[nodiscard]] At at(const QString& path) { return At{*this, path}; }
    Findings& operator<<(const Findings& other) {
        items.insert(items.end(), other.items.begin(), other.items.end());
        return *this;
    }
    [[nodiscard]] std::size_t size() const { return items.size(); }
    [[nodiscard]] bool isEmpty() const { return items.empty(); }
};

class Validator {
public:
    explicit Validator(const QJsonObject& root)
        : m_root(root) {}

    void check(const QJsonValue& inst, const QJsonObject& s, const QString& path, Findings& out) {
        if (m_depth >= kMaxValidationDepth) {
            out.at(path) << JsonSchema::tr("At %1: the schema is nested too deeply to check.").arg(path);
            return;
        }
        ++m_depth;
        checkNode(inst, s, path, out);
        --m_depth;
    }

private:
    void checkNode(const QJsonValue& inst, const QJsonObject& s, const QString& path, Findings& out) {
        if (inst.isUndefined()) {
            out.at(path) << JsonSchema::tr("At %1: there is no value.").arg(path);
            return;
        }
        if (s.contains(QLatin1String("$ref"))) {
            const auto target = resolveRef(m_root, s.value(QLatin1String("$ref")).toString());
            if (!target) {
                out.at(path)
                    << JsonSchema::tr("At %1: the schema refers to a definition that does not exist.").arg(path);
                return;
            }
            const std::size_t before = out.size();
            check(inst, *target, path, out);
            if (out.size() != before) {
                return;
            }
        }
        if (s.contains(QLatin1String("type"))) {
            const QJsonValue type = s.value(QLatin1String("type"));
            QStringList types;
            if (type.isArray()) {
                for (const QJsonValue& t : type.toArray()) {
                    types << t.toString();
                }
            } else {
                types << type.toString();
            }
            bool matches = false;
            for (const QString& t : std::as_const(types)) {
                matches = matches || hasType(inst, t);
            }
            if (!matches) {
                out.at(path) << JsonSchema::tr("At %1: expected %2, found %3.")
                                    .arg(path, types.join(QStringLiteral(" or ")), typeOf(inst));
                return;
            }
        }
        if (s.contains(QLatin1String("enum"))) {
            if (!s.value(QLatin1String("enum")).toArray().contains(inst)) {
                out.at(path) << JsonSchema::tr("At %1: the value is not one of the allowed values.").arg(path);
            }
        }
        if (s.contains(QLatin1String("const")) && s.value(QLatin1String("const")) != inst) {
            out.at(path) << JsonSchema::tr("At %1: the value is not the one the schema requires.").arg(path);
        }
        if (s.contains(QLatin1String("anyOf"))) {
            anyOf(inst, s.value(QLatin1String("anyOf")).toArray(), path, out);
        }
        switch (inst.type()) {
        case QJsonValue::String:
            string(inst.toString(), s, path, out);
            break;
        case QJsonValue::Double:
            numberChecks(inst.toDouble(), s, path, out);
            break;
        case QJsonValue::Array:
            array(inst.toArray(), s, path, out);
            break;
        case QJsonValue::Object:
            object(inst.toObject(), s, path, out);
            break;
        default:
            break;
        }
    }

    void anyOf(const QJsonValue& inst, const QJsonArray& branches, const QString& path, Findings& out) {
        Findings closest;
        bool first = true;
        for (const QJsonValue& branch : branches) {
            Findings errors;
            check(inst, branch.toObject(), path, errors);
            if (errors.isEmpty()) {
                return;
            }
            if (first || errors.size() < closest.size()) {
                closest = errors;
                first = false;
            }
        }
        out.at(path) << JsonSchema::tr("At %1: the value matches none of the allowed forms.").arg(path);
        out << closest;
    }

    static void string(const QString& text, const QJsonObject& s, const QString& path, Findings& out) {
        if (s.contains(QLatin1String("pattern"))) {
            const QRegularExpression re(ecmaPattern(s.value(QLatin1String("pattern")).toString()));
            if (!re.isValid()) {
                out.at(path)
                    << JsonSchema::tr("At %1: the schema's pattern is not a valid regular expression.").arg(path);
            } else if (!re.match(text).hasMatch()) {
                out.at(path) << JsonSchema::tr("At %1: the text does not match the pattern %2.")
                                    .arg(path, s.value(QLatin1String("pattern")).toString());
            }
        }
        const auto length = text.toUcs4().size();
        if (s.contains(QLatin1String("minLength")) && length < s.value(QLatin1String("minLength")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the text is shorter than %2 characters.")
                                .arg(path, number(s.value(QLatin1String("minLength")).toDouble()));
        }
        if (s.contains(QLatin1String("maxLength")) && length > s.value(QLatin1String("maxLength")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the text is longer than %2 characters.")
                                .arg(path, number(s.value(QLatin1String("maxLength")).toDouble()));
        }
    }

    static void numberChecks(double value, const QJsonObject& s, const QString& path, Findings& out) {
        if (s.contains(QLatin1String("minimum")) && value < s.value(QLatin1String("minimum")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the number is less than the minimum %2.")
                                .arg(path, number(s.value(QLatin1String("minimum")).toDouble()));
        }
        if (s.contains(QLatin1String("maximum")) && value > s.value(QLatin1String("maximum")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the number is greater than the maximum %2.")
                                .arg(path, number(s.value(QLatin1String("maximum")).toDouble()));
        }
        if (s.contains(QLatin1String("exclusiveMinimum")) &&
            value <= s.value(QLatin1String("exclusiveMinimum")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the number must be greater than %2.")
                                .arg(path, number(s.value(QLatin1String("exclusiveMinimum")).toDouble()));
        }
        if (s.contains(QLatin1String("exclusiveMaximum")) &&
            value >= s.value(QLatin1String("exclusiveMaximum")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the number must be less than %2.")
                                .arg(path, number(s.value(QLatin1String("exclusiveMaximum")).toDouble()));
        }
        if (s.contains(QLatin1String("multipleOf"))) {
            const double step = s.value(QLatin1String("multipleOf")).toDouble();
            if (step > 0) {
                const double quotient = value / step;
                if (std::abs(quotient - std::round(quotient)) > 1e-9 * std::max(1.0, std::abs(quotient))) {
                    out.at(path)
                        << JsonSchema::tr("At %1: the number is not a multiple of %2.").arg(path, number(step));
                }
            }
        }
    }

    void array(const QJsonArray& items, const QJsonObject& s, const QString& path, Findings& out) {
        const auto count = items.size();
        if (s.contains(QLatin1String("minItems")) && count < s.value(QLatin1String("minItems")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the list has fewer than %2 items.")
                                .arg(path, number(s.value(QLatin1String("minItems")).toDouble()));
        }
        if (s.contains(QLatin1String("maxItems")) && count > s.value(QLatin1String("maxItems")).toDouble()) {
            out.at(path) << JsonSchema::tr("At %1: the list has more than %2 items.")
                                .arg(path, number(s.value(QLatin1String("maxItems")).toDouble()));
        }
        const QJsonValue itemSchema = s.value(QLatin1String("items"));
        if (itemSchema.isObject()) {
            for (qsizetype i = 0; i < count; ++i) {
                check(items.at(i), itemSchema.toObject(), JsonSchema::pointer(path, i), out);
            }
        } else if (itemSchema == QJsonValue(false) && count > 0) {
            out.at(path) << JsonSchema::tr("At %1: the list must be empty.").arg(path);
        }
    }

    void object(const QJsonObject& o, const QJsonObject& s, const QString& path, Findings& out) {
        const QJsonObject properties = s.value(QLatin1String("properties")).toObject();
        for (const QJsonValue& name : s.value(QLatin1String("required")).toArray()) {
            if (!o.contains(name.toString())) {
                out.at(JsonSchema::pointer(path, name.toString()))
                    << JsonSchema::tr("At %1: a required property is missing.")
                           .arg(JsonSchema::pointer(path, name.toString()));
            }
        }
        const QJsonValue additional = s.value(QLatin1String("additionalProperties"));
        int unexpected = 0;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (properties.contains(it.key())) {
                check(it.value(), properties.value(it.key()).toObject(), JsonSchema::pointer(path, it.key()), out);
            } else if (additional.isObject()) {
                // The key comes from the answer: it stays out of the path and the message.
                check(it.value(), additional.toObject(), path, out);
            } else if (additional == QJsonValue(false)) {
                ++unexpected;
            }
        }
        if (unexpected > 0) {
            // The unexpected keys come from the answer, so they are counted, not quoted.
            out.at(path) << JsonSchema::tr("At %1: the object has properties the schema does not allow (%2).")
                                .arg(path)
                                .arg(unexpected);
        }
    }

    const QJsonObject& m_root;
    int m_depth = 0;
};

} // namespace

std::vector<JsonSchema::Problem> JsonSchema::problems(const QJsonValue& instance, const QJsonObject& schema) {
    Findings out;
    Validator(schema).check(instance, schema, QStringLiteral("#"), out);
    return std::move(out.items);
}

QStringList JsonSchema::validate(const QJsonValue& instance, const QJsonObject& schema) {
    QStringList out;
    for (const Problem& p : problems(instance, schema)) {
        out << p.message;
    }
    return out;
}

} // namespace clinicdesk
