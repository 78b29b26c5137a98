// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

namespace clinicdesk {

// Tooth numbers. Notes store FDI (ISO 3950) two-digit numbers: quadrant 1-4
// (permanent, teeth 1-8) or 5-8 (primary, teeth 1-5), then the tooth counted from
// the midline. The Universal system (ADA) is a display option: permanent teeth
// 1-32 from the upper right third molar round to the lower right third molar,
// primary teeth A-T in the same order.
class ToothNumbering {
public:
    enum class Notation { Fdi, Universal };

    [[nodiscard]] static bool isValidFdi(const QString& fdi);
    [[nodiscard]] static bool isPrimary(const QString& fdi);
    // "1".."32" or "A".."T"; empty when `fdi` is not a valid FDI number.
    [[nodiscard]] static QString toUniversal(const QString& fdi);
    // The FDI number for "1".."32" or "A".."T" (lower case accepted); empty when not valid.
    [[nodiscard]] static QString fromUniversal(const QString& universal);
    // The number to show in `notation`; `fdi` itself when it is not valid.
    [[nodiscard]] static QString display(const QString& fdi, Notation notation);
};

} // namespace clinicdesk
