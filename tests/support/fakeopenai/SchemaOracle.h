// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace clinicdesk::test::fakeopenai {

// The fake's own judge of strict json_schema response formats (OPENAI.md), written independently of the
// product's schemas so that a product schema OpenAI would refuse fails here too: the root an object (not
// anyOf); every object with `additionalProperties: false` and `required` naming every property; only the
// supported keywords (type, properties, required, additionalProperties, items, enum, anyOf, $ref/$defs,
// pattern, format, minimum/maximum/multipleOf, minItems/maxItems, plus description/title/$comment);
// at most 10 nesting levels, 5,000 properties and 1,000 enum values. Errors read like OpenAI's.
class SchemaOracle {
public:
    // Empty when `schema` follows every strict-mode rule; else what is wrong ("In context=(...), ...").
    [[nodiscard]] static QString strictSchemaError(const QJsonObject& schema);

    // "#" or "#/$defs/NAME" (with ~0 and ~1 escapes) in `root`; nullopt for anything else.
    [[nodiscard]] static std::optional<QJsonObject> resolveRef(const QJsonObject& root, const QString& ref);
    [[nodiscard]] static bool isNonNegativeInteger(const QJsonValue& v);

private:
    explicit SchemaOracle(const QJsonObject& root);
    bool checkNode(const QJsonValue& value, const QStringList& context, int depth);
    bool fail(const QStringList& context, const QString& what);

    QJsonObject m_root;
    int m_properties = 0;
    int m_enumValues = 0;
    QString m_error;
};

} // namespace clinicdesk::test::fakeopenai
