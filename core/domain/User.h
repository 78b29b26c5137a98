// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Role.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

struct User {
    QString id;
    QString name; // login name, unique (case-insensitive)
    QString displayName;
    Role role = Role::Practitioner;
    std::optional<Profession> profession;
    std::optional<QString> licenceNumber;
    bool active = true;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

} // namespace clinicdesk
