// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QDate>
#include <QString>

namespace clinicdesk {

// One column of the calendar's time grid: a day of one practitioner (or of the bookings without one).
struct CalendarColumn {
    QDate date;
    QString practitionerId; // empty: bookings without a practitioner
    QString title;          // the header: "Dr Berg", "Mon 3" (the day's in a grouped week)
    QString laneTitle;      // in a grouped week, the lane's short name under the day ("EB")
    QString fullTitle;      // for tooltips and screen readers: "Monday 3 June, Dr Eva Berg"
    bool startsDay = true;  // the first column of its day (a stronger line before it)
};

} // namespace clinicdesk
