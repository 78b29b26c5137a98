// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace clinicdesk {

// JSON pointers (RFC 6901): "/teeth/0/finding" names the "finding" of the first item of "teeth";
// "~1" is "/" and "~0" is "~" inside a name; "" is the whole document. Safe for any text (a model
// can answer anything as a pointer): a pointer that is not well formed names nothing.
class JsonPointer {
public:
    // The value `pointer` names in `document`, or nothing when it names no value there.
    [[nodiscard]] static std::optional<QJsonValue> resolve(const QJsonValue& document, const QString& pointer);
    // The RFC 6901 form of JsonSchema's URI-fragment paths: "#/teeth/0" -> "/teeth/0", "#" -> "".
    [[nodiscard]] static QString fromFragment(const QString& fragment);
};

} // namespace clinicdesk
