// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QJsonObject>
#include <QJsonValue>

namespace clinicdesk::test::fakeopenai {

// What chat/completions answers for a json_schema response format when the test set no content: an
// instance of the schema. Every property filled (the first non-null type, the first enum value, the first
// anyOf branch that is not null), arrays with minItems items (else one; none below 8 levels), numbers
// within minimum/maximum on multipleOf, strings that match their pattern or format, $ref followed.
class SchemaInstance {
public:
    [[nodiscard]] static QJsonObject of(const QJsonObject& schema);

private:
    [[nodiscard]] static QJsonValue of(const QJsonObject& root, const QJsonObject& schema, int depth);
};

} // namespace clinicdesk::test::fakeopenai
