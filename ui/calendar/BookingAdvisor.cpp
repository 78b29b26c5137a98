// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/BookingAdvisor.h"

#include "calendar/AppointmentStyle.h"
#include "domain/AppointmentStatus.h"

#include <QLocale>

namespace clinicdesk {

QString BookingAdvisor::practitionerName(const std::optional<QString>& id) const {
    if (!id) {
        return tr("no practitioner");
    }
    for (const User& user : m_practitioners) {
        if (user.id == *id) {
            return user.displayName.isEmpty() ? user.name : user.displayName;
        }
    }
    return tr("the practitioner");
}

QString BookingAdvisor::describe(const ScheduledAppointment& s) {
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.appointment.startsAt);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(s.appointment.endsAt());
    return tr("%1, %2 %3–%4")
        .arg(s.patientName(), locale.toString(start.date(), QStringLiteral("ddd d MMM")),
             AppointmentStyle::timeText(start.time()), AppointmentStyle::timeText(end.time()));
}

QStringList BookingAdvisor::warnings(const std::optional<QString>& practitionerId, const QDateTime& start, int minutes,
                                     const QString& exceptId, const std::vector<ScheduledAppointment>& booked) const {
    QStringList warnings;
    if (!start.isValid() || minutes <= 0) {
        return warnings;
    }
    if (start < QDateTime::currentDateTime()) {
        warnings << tr("This time is in the past.");
    }
    if (!practitionerId) {
        return warnings;
    }
    const int from = start.time().hour() * 60 + start.time().minute();
    const int to = from + minutes;
    bool inside = false;
    for (const WorkingInterval& w : m_settings.hoursOf(*practitionerId)) {
        inside = inside || (w.weekday == start.date().dayOfWeek() && w.startMinute <= from && to <= w.endMinute);
    }
    if (!inside) {
        warnings << tr("Outside %1's working hours.").arg(practitionerName(practitionerId));
    }
    const std::int64_t startMs = start.toMSecsSinceEpoch();
    const std::int64_t endMs = startMs + std::int64_t(minutes) * 60'000;
    for (const ScheduledAppointment& s : booked) {
        const Appointment& a = s.appointment;
        if (a.id != exceptId && a.practitionerId == practitionerId && AppointmentStatus::occupiesTime(a.status) &&
            a.startsAt < endMs && startMs < a.endsAt()) {
            warnings << tr("Overlaps %1.").arg(describe(s));
        }
    }
    return warnings;
}

BookingAdvisor::Report BookingAdvisor::afterSave(const QString& done, const AppointmentChecks& checks,
                                                 const std::optional<QString>& practitionerId) const {
    QStringList notes;
    if (checks.inPast) {
        notes << tr("it is in the past");
    }
    if (checks.outsideWorkingHours) {
        notes << tr("it is outside %1's working hours").arg(practitionerName(practitionerId));
    }
    if (!checks.overlaps.empty()) {
        notes << tr("it is a double booking");
    }
    if (notes.isEmpty()) {
        return {done, false};
    }
    return {tr("%1 Note: %2.").arg(done, notes.join(tr("; "))), true};
}

QString BookingAdvisor::overlapQuestion(const std::vector<ScheduledAppointment>& overlaps) const {
    QStringList others;
    std::optional<QString> who;
    for (const ScheduledAppointment& s : overlaps) {
        others << describe(s);
        who = s.appointment.practitionerId;
    }
    return tr("%1 already has a booking at this time: %2.")
        .arg(practitionerName(who), others.join(QStringLiteral("; ")));
}

} // namespace clinicdesk
