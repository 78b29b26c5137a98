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
    QString status = QStringLiteral("booked"); // booked, confirmed, arrived, completed, cancelled, no_show
    std::optional<QString> reason;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

} // namespace clinicdesk
