// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Appointment.h"

#include <QString>

namespace clinicdesk {

// An appointment as a calendar shows it: the booking and the name of whom it is for (demographics, which
// every role that reads the schedule may see). Never anything clinical.
struct ScheduledAppointment {
    Appointment appointment;
    QString patientFirstName;
    QString patientLastName;

    [[nodiscard]] QString patientName() const { return patientFirstName + QLatin1Char(' ') + patientLastName; }
};

} // namespace clinicdesk
