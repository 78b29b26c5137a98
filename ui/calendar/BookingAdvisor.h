// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"
#include "domain/User.h"
#include "repo/AppointmentRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>
#include <vector>

namespace clinicdesk {

// What the calendar says about a booking before and after it is saved: the warnings while a time is
// chosen (in the past, outside the practitioner's working hours, overlapping one of their bookings),
// the sentence after a save, and the double-booking question. Knows the shown range's practitioners
// and the clinic's working hours; no widgets, so the words can be checked without a window.
class BookingAdvisor {
    Q_DECLARE_TR_FUNCTIONS(BookingAdvisor)
public:
    BookingAdvisor() = default;
    BookingAdvisor(std::vector<User> practitioners, ClinicSettings settings)
        : m_practitioners(std::move(practitioners))
        , m_settings(std::move(settings)) {}

    // "Dr Ada Berg", "the practitioner" for one not in the range, "no practitioner" for none.
    [[nodiscard]] QString practitionerName(const std::optional<QString>& id) const;
    // "Åsa Lind, Mon 7 Dec 09:30–10:00".
    [[nodiscard]] static QString describe(const ScheduledAppointment& s);
    // The warnings for a booking of `minutes` at `start`, against the bookings in `booked` (those of
    // the shown range) other than `exceptId` (the one being moved). Empty when all is well.
    [[nodiscard]] QStringList warnings(const std::optional<QString>& practitionerId, const QDateTime& start,
                                       int minutes, const QString& exceptId,
                                       const std::vector<ScheduledAppointment>& booked) const;

    struct Report {
        QString text;
        bool warning = false;
    };
    // `done` ("Booked.") and what the core's checks found: "Booked. Note: it is in the past."
    [[nodiscard]] Report afterSave(const QString& done, const AppointmentChecks& checks,
                                   const std::optional<QString>& practitionerId) const;
    // "Dr Ada Berg already has a booking at this time: …".
    [[nodiscard]] QString overlapQuestion(const std::vector<ScheduledAppointment>& overlaps) const;

private:
    std::vector<User> m_practitioners;
    ClinicSettings m_settings;
};

} // namespace clinicdesk
