// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

// Demographics and contact, plus clinical notes and alerts that only clinical roles see.
struct Patient {
    QString id;
    QString firstName;
    QString lastName;
    std::optional<QDate> dateOfBirth;
    std::optional<QString> nationalId;     // normalised form
    std::optional<QString> nationalIdKind; // NationalId::kindKey
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> address;
    // Clinical: absent (nullopt) when the reader's role may not see it.
    std::optional<QString> clinicalNotes;
    // What the team must know before treating (allergies, conditions); clinical like clinicalNotes:
    // absent (nullopt) when the reader's role may not see it, empty when there are none.
    std::optional<QString> alerts;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::int64_t rev = 0;

    [[nodiscard]] QString fullName() const { return firstName + QLatin1Char(' ') + lastName; }
};

} // namespace clinicdesk
