// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <vector>

namespace clinicdesk {

// JSON Schema as OpenAI's structured outputs use it (see docs OPENAI.md).
//
// strictViolations() checks that a schema is accepted with "strict": true, so a
// template never reaches the API with a schema that earns a 400. validate()
// checks a model's answer against the schema before anyone sees it.
//
// Paths are JSON pointers in URI-fragment form: "#" is the root,
// "#/properties/teeth/items" a place in the schema, "#/teeth/2/tooth" a place in
// an answer. Messages never quote the answer's values (they may be patient data).
class JsonSchema {
    Q_DECLARE_TR_FUNCTIONS(JsonSchema)
public:
    // Limits of OpenAI strict mode.
    static constexpr int kMaxProperties = 5000;
    static constexpr int kMaxNestingLevels = 10; // objects inside objects, the root being level 1
    static constexpr int kMaxEnumValues = 1000;

    // Every rule of strict mode the schema breaks, one translated sentence each
    // naming the path; empty when OpenAI would accept the schema.
    [[nodiscard]] static QStringList strictViolations(const QJsonObject& schema);

    // Every way `instance` fails `schema`, one translated sentence each naming the
    // path in the instance; empty when it is valid.
    [[nodiscard]] static QStringList validate(const QJsonValue& instance, const QJsonObject& schema);
    // The same, each with the place in the instance it is about ("#/teeth/0/tooth"; for a missing
    // property, the place it should be), for marking the fields.
    struct Problem {
        QString path;    // URI-fragment JSON pointer into the instance
        QString message; // the sentence validate() gives
    };
    [[nodiscard]] static std::vector<Problem> problems(const QJsonValue& instance, const QJsonObject& schema);

    // A response_format name: ^[a-zA-Z0-9_-]{1,64}$.
    [[nodiscard]] static bool isValidName(const QString& name);

    // "#/a/b~1c" for {"a", "b/c"}: one step of a JSON pointer, escaped.
    [[nodiscard]] static QString pointer(const QString& parent, const QString& key);
    [[nodiscard]] static QString pointer(const QString& parent, qsizetype index);
};

} // namespace clinicdesk
