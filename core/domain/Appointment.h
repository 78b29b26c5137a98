// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

struct Appointment {
    QString id;
    QString patientId;
    std::optional<QString> practitionerId;
    std::int64_t startsAt = 0; // UTC ms
    int durationMinutes = 0;
    QString status = QStringLiteral("booked"); // AppointmentStatus: booked, arrived, in_progress, done, ...
    std::optional<QString> reason;             // why the patient comes (no clinical detail)
    std::optional<QString> cancelReason;       // why it was cancelled
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;

    [[nodiscard]] std::int64_t endsAt() const { return startsAt + std::int64_t(durationMinutes) * 60'000; }
};

} // namespace clinicdesk
