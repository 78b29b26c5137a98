// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

// The patient's answer to "may I record this consultation?".
enum class Consent { Verbal, Written, Declined };

// One visit: what is recorded, transcribed and noted belongs to an encounter.
struct Encounter {
    QString id;
    QString patientId;
    std::optional<QString> appointmentId;
    std::optional<QString> practitionerId;
    std::int64_t startedAt = 0;
    std::optional<Consent> consent; // nullopt: not asked yet
    std::optional<QString> consentBy;
    std::optional<std::int64_t> consentAt;
    QString status = QStringLiteral("open");
    std::int64_t createdAt = 0;

    [[nodiscard]] bool mayRecord() const { return consent != Consent::Declined; }
};

} // namespace clinicdesk
