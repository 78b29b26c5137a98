// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace clinicdesk {

// Which audit entries to show. Every part left empty (or 0) matches everything.
struct AuditFilter {
    QString userId;          // who acted
    QString patientId;       // entries about the patient and about what belongs to it (see AuditLog)
    QStringList actions;     // login, view, create, update, ...
    std::int64_t fromMs = 0; // UTC ms, inclusive
    std::int64_t toMs = 0;   // UTC ms, exclusive

    [[nodiscard]] bool isEmpty() const {
        return userId.isEmpty() && patientId.isEmpty() && actions.isEmpty() && fromMs == 0 && toMs == 0;
    }
};

} // namespace clinicdesk
