// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/Role.h"

namespace clinicdesk {

QString RoleNames::key(Role role) {
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Practitioner:
        return QStringLiteral("practitioner");
    case Role::Receptionist:
        return QStringLiteral("receptionist");
    }
    return {};
}

std::optional<Role> RoleNames::roleFromKey(const QString& key) {
    for (Role role : {Role::Admin, Role::Practitioner, Role::Receptionist}) {
        if (RoleNames::key(role) == key.trimmed().toLower()) {
            return role;
        }
    }
    return std::nullopt;
}

QString RoleNames::displayName(Role role) {
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Practitioner:
        return tr("Practitioner");
    case Role::Receptionist:
        return tr("Receptionist");
    }
    return {};
}

QString RoleNames::key(Profession profession) {
    return profession == Profession::Dentist ? QStringLiteral("dentist") : QStringLiteral("therapist");
}

std::optional<Profession> RoleNames::professionFromKey(const QString& key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("dentist")) {
        return Profession::Dentist;
    }
    if (k == QLatin1String("therapist")) {
        return Profession::Therapist;
    }
    return std::nullopt;
}

QString RoleNames::displayName(Profession profession) {
    return profession == Profession::Dentist ? tr("Dentist") : tr("Therapist");
}

} // namespace clinicdesk
