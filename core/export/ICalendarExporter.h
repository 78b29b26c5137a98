// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace clinicdesk {

// What an exported calendar says besides the appointments themselves.
struct ICalendarOptions {
    // How much of the patient the SUMMARY names (the clinic's setting; default initials).
    CalendarPrivacy privacy = CalendarPrivacy::Initials;
    // The calendar's name in the phone's list (X-WR-CALNAME), e.g. "ClinicDesk: Dr Berg"; no patient data.
    QString calendarName;
    // When the file is made (DTSTAMP of every event), UTC ms.
    std::int64_t stampMs = 0;
    // Practitioner id -> display name: a clinic's calendar says whose appointment it is (DESCRIPTION).
    std::map<QString, QString> practitionerNames;
};

// Appointments as an iCalendar file (RFC 5545) that a phone's or a mail program's calendar imports: one
// VCALENDAR (PRODID, VERSION 2.0, CALSCALE GREGORIAN, METHOD PUBLISH) with one VEVENT per appointment.
//  - UID "<appointment id>@clinicdesk": importing the file again updates the events instead of doubling them;
//  - DTSTAMP, DTSTART, DTEND and LAST-MODIFIED in UTC ("Z"), so no VTIMEZONE is needed;
//  - SUMMARY "Appointment", "Appointment: Å. L." or "Appointment: Åsa Lindström" by the privacy setting;
//    the reason for the visit is never written (it is typed by reception and may say more than it should);
//  - STATUS CONFIRMED (booked, arrived, in progress, done) or CANCELLED (cancelled, and no-show: the
//    patient did not come, the time is free), with TRANSP TRANSPARENT for those two;
//  - text escaped (\\ \; \, \n), lines folded at 75 octets without splitting a UTF-8 character, CRLF.
// Pure string building: no vault, no files, no GUI.
class ICalendarExporter {
    Q_DECLARE_TR_FUNCTIONS(ICalendarExporter)
public:
    [[nodiscard]] static QByteArray write(const std::vector<ScheduledAppointment>& appointments,
                                          const ICalendarOptions& options);

    [[nodiscard]] static QString summaryOf(const ScheduledAppointment& appointment, CalendarPrivacy privacy);
    // "Å. L." (the first letter of each name; a hyphenated first name gives both: "A.-K. L.").
    [[nodiscard]] static QString initials(const QString& firstName, const QString& lastName);
    // CONFIRMED or CANCELLED for an AppointmentStatus key.
    [[nodiscard]] static QString statusOf(const QString& appointmentStatus);
    // TEXT value escaping (RFC 5545 3.3.11).
    [[nodiscard]] static QString escapeText(const QString& text);
    // One content line (UTF-8, without its CRLF) folded into lines of at most 75 octets, each ending in CRLF.
    [[nodiscard]] static QByteArray fold(const QByteArray& line);
    // 20300603T121500Z
    [[nodiscard]] static QByteArray utcStamp(std::int64_t ms);

    static constexpr int kMaxLineOctets = 75;
};

} // namespace clinicdesk
