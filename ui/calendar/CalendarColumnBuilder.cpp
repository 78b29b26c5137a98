// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CalendarColumnBuilder.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <set>

namespace clinicdesk {

namespace {

QString nameOf(const User& user) {
    return user.displayName.isEmpty() ? user.name : user.displayName;
}

} // namespace

QString CalendarColumnBuilder::shortName(const QString& name) {
    QString letters;
    for (const QString& part : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString bare = part.endsWith(QLatin1Char('.')) ? part.chopped(1) : part;
        if (bare.compare(QLatin1String("Dr"), Qt::CaseInsensitive) == 0 ||
            (part.endsWith(QLatin1Char('.')) && part.size() <= 5)) {
            continue; // a title: "Dr", "Dr.", "Prof."
        }
        letters += part.left(1).toUpper();
    }
    return letters.left(3);
}

CalendarColumnBuilder::Output CalendarColumnBuilder::build(const Input& in) {
    const QLocale locale;
    // Who is shown.
    std::vector<const User*> people;
    for (const User& user : *in.practitioners) {
        if (in.practitionerId.isEmpty() || user.id == in.practitionerId) {
            people.push_back(&user);
        }
    }
    // The days that have bookings without a practitioner, and the days anyone shown has a booking.
    std::set<QDate> unassigned;
    std::set<QDate> booked;
    for (const ScheduledAppointment& s : *in.appointments) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(s.appointment.startsAt).date();
        if (!s.appointment.practitionerId) {
            unassigned.insert(day);
        } else if (in.practitionerId.isEmpty() || *s.appointment.practitionerId == in.practitionerId) {
            booked.insert(day);
        }
    }
    const auto shown = [&](QDate day) {
        if (!in.week || day.dayOfWeek() < 6 || booked.contains(day) ||
            (in.practitionerId.isEmpty() && unassigned.contains(day))) {
            return true;
        }
        for (const User* user : people) {
            for (const WorkingInterval& w : in.settings->hoursOf(user->id)) {
                if (w.weekday == day.dayOfWeek()) {
                    return true;
                }
            }
        }
        return false;
    };
    Output out;
    out.grouped = in.week && in.practitionerId.isEmpty();
    for (int d = 0; d < in.days; ++d) {
        const QDate day = in.first.addDays(d);
        if (!shown(day)) {
            continue;
        }
        const QString dayTitle = in.week ? locale.toString(day, QStringLiteral("ddd d"))
                                         : locale.toString(day, QStringLiteral("dddd d MMMM"));
        const QString dayLong = locale.toString(day, QStringLiteral("dddd d MMMM"));
        if (!in.practitionerId.isEmpty()) {
            const QString who = people.empty() ? QString() : nameOf(*people.front());
            out.columns.push_back(CalendarColumn{day, in.practitionerId, in.week ? dayTitle : who, QString(),
                                                 who.isEmpty() ? dayLong : tr("%1, %2").arg(dayLong, who), true});
            continue;
        }
        bool first = true;
        for (const User* user : people) {
            const QString who = nameOf(*user);
            out.columns.push_back(CalendarColumn{day, user->id, out.grouped ? dayTitle : who, shortName(who),
                                                 tr("%1, %2").arg(dayLong, who), first});
            first = false;
        }
        if (unassigned.contains(day)) {
            const QString none = tr("No practitioner");
            out.columns.push_back(CalendarColumn{day, QString(), out.grouped ? dayTitle : none, QStringLiteral("–"),
                                                 tr("%1, %2").arg(dayLong, none), first});
        } else if (first) {
            // Nobody to show: still a column for the day, so it can be seen and booked without a practitioner.
            out.columns.push_back(CalendarColumn{day, QString(), dayTitle, QString(), dayLong, true});
        }
    }
    return out;
}

} // namespace clinicdesk
