// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

namespace clinicdesk {

// The decimal digits of `text`, in order ("070-123 45 67" -> "0701234567"):
// how phone numbers and national ids are indexed and searched.
[[nodiscard]] inline QString digitsOf(const QString& text) {
    QString digits;
    for (QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

} // namespace clinicdesk
