// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace clinicdesk {

enum class Role { Admin, Practitioner, Receptionist };
enum class Profession { Dentist, Therapist };

// Stable keys (stored in the vault, used by the CLI) and translated names.
class RoleNames {
    Q_DECLARE_TR_FUNCTIONS(RoleNames)
public:
    [[nodiscard]] static QString key(Role role);
    [[nodiscard]] static std::optional<Role> roleFromKey(const QString& key);
    [[nodiscard]] static QString displayName(Role role);
    [[nodiscard]] static QString key(Profession profession);
    [[nodiscard]] static std::optional<Profession> professionFromKey(const QString& key);
    [[nodiscard]] static QString displayName(Profession profession);
};

} // namespace clinicdesk
