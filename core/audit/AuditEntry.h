// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>

namespace clinicdesk {

// One audit log row. `detail` is a short description without patient values.
struct AuditEntry {
    std::int64_t seq = 0;
    std::int64_t at = 0; // UTC ms
    QString userId;
    QString action; // login, logout, view, create, update, delete, sign, export, backup, ...
    QString entity; // vault, user, patient, appointment, ...
    QString entityId;
    QString detail;
    QString prevHash;
    QString hash;
};

} // namespace clinicdesk
