// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "calendar/CalendarColumn.h"
#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"
#include "domain/User.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// Which columns the calendar shows for a range:
//  - a day of the clinic: a column per practitioner;
//  - a day or a week of one practitioner: a column per day;
//  - a week of the clinic: the days side by side, each with a lane per practitioner (grouped).
// Bookings without a practitioner get a column ("No practitioner") on the days they exist. In a week,
// Saturday and Sunday are shown only when someone shown works then or has a booking.
class CalendarColumnBuilder {
    Q_DECLARE_TR_FUNCTIONS(CalendarColumnBuilder)
public:
    struct Input {
        QDate first;
        int days = 7;
        bool week = true;
        QString practitionerId; // empty: the clinic
        const std::vector<User>* practitioners = nullptr;
        const std::vector<ScheduledAppointment>* appointments = nullptr;
        const ClinicSettings* settings = nullptr;
    };
    struct Output {
        std::vector<CalendarColumn> columns;
        bool grouped = false;
    };
    [[nodiscard]] static Output build(const Input& input);
    // "EB" for "Eva Berg", for a narrow lane's header.
    [[nodiscard]] static QString shortName(const QString& name);
};

} // namespace clinicdesk
