// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/ICalendarExporter.h"

#include "domain/AppointmentStatus.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace clinicdesk {

namespace {

// The first letter of a name part (a whole code point, so a letter outside the BMP stays whole).
QString firstLetter(const QString& part) {
    if (part.isEmpty()) {
        return {};
    }
    const qsizetype length = part.at(0).isHighSurrogate() && part.size() > 1 ? 2 : 1;
    return part.left(length).toUpper();
}

QString initialsOf(const QString& name) {
    QStringList pieces;
    for (const QString& hyphenated : name.split(QLatin1Char('-'), Qt::SkipEmptyParts)) {
        const QString letter = firstLetter(hyphenated.trimmed());
        if (!letter.isEmpty()) {
            pieces << letter + QLatin1Char('.');
        }
    }
    return pieces.join(QLatin1Char('-'));
}

void addLine(QByteArray& out, const QByteArray& name, const QByteArray& value) {
    out += ICalendarExporter::fold(name + ':' + value);
}

void addText(QByteArray& out, const QByteArray& name, const QString& text) {
    addLine(out, name, ICalendarExporter::escapeText(text).toUtf8());
}

} // namespace

QString ICalendarExporter::initials(const QString& firstName, const QString& lastName) {
    QStringList parts;
    // Each given name and surname: "Anna Maria Lind" -> "A. M. L.".
    const QString full = firstName + QLatin1Char(' ') + lastName;
    for (const QString& name : full.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const QString i = initialsOf(name); !i.isEmpty()) {
            parts << i;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString ICalendarExporter::summaryOf(const ScheduledAppointment& appointment, CalendarPrivacy privacy) {
    switch (privacy) {
    case CalendarPrivacy::None:
        break;
    case CalendarPrivacy::Initials:
        if (const QString i = initials(appointment.patientFirstName, appointment.patientLastName); !i.isEmpty()) {
            return tr("Appointment: %1").arg(i);
        }
        break;
    case CalendarPrivacy::FullName:
        if (const QString name = appointment.patientName().trimmed(); !name.isEmpty()) {
            return tr("Appointment: %1").arg(name);
        }
        break;
    }
    return tr("Appointment");
}

QString ICalendarExporter::statusOf(const QString& appointmentStatus) {
    return AppointmentStatus::occupiesTime(appointmentStatus) ? QStringLiteral("CONFIRMED")
                                                              : QStringLiteral("CANCELLED");
}

QString ICalendarExporter::escapeText(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            out += QStringLiteral("\\\\");
        } else if (c == QLatin1Char(';')) {
            out += QStringLiteral("\\;");
        } else if (c == QLatin1Char(',')) {
            out += QStringLiteral("\\,");
        } else if (c == QLatin1Char('\r')) {
            // CRLF and a lone CR are one line break.
            out += QStringLiteral("\\n");
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
            // Other control characters are not allowed in TEXT.
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarExporter::fold(const QByteArray& line) {
    QByteArray out;
    qsizetype at = 0;
    bool first = true;
    while (true) {
        // A continuation line starts with a space, which counts towards its 75 octets.
        const qsizetype room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        if (line.size() - at <= room) {
            if (!first) {
                out += ' ';
            }
            out += line.mid(at);
            out += "\r\n";
            return out;
        }
        qsizetype end = at + room;
        // Never split a UTF-8 sequence: back up to the start of the character that would be cut.
        while (end > at && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80) {
            --end;
        }
        if (!first) {
            out += ' ';
        }
        out += line.mid(at, end - at);
        out += "\r\n";
        at = end;
        first = false;
    }
}

QByteArray ICalendarExporter::utcStamp(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        .toLatin1();
}

QByteArray ICalendarExporter::write(const std::vector<ScheduledAppointment>& appointments,
                                    const ICalendarOptions& options) {
    QByteArray out;
    addLine(out, "BEGIN", "VCALENDAR");
    addLine(out, "PRODID", "-//ClinicDesk//ClinicDesk Calendar//EN");
    addLine(out, "VERSION", "2.0");
    addLine(out, "CALSCALE", "GREGORIAN");
    addLine(out, "METHOD", "PUBLISH");
    if (!options.calendarName.isEmpty()) {
        addText(out, "X-WR-CALNAME", options.calendarName);
    }
    const QByteArray stamp = utcStamp(options.stampMs);
    for (const ScheduledAppointment& s : appointments) {
        const Appointment& a = s.appointment;
        addLine(out, "BEGIN", "VEVENT");
        addText(out, "UID", a.id + QStringLiteral("@clinicdesk"));
        addLine(out, "DTSTAMP", stamp);
        addLine(out, "DTSTART", utcStamp(a.startsAt));
        addLine(out, "DTEND", utcStamp(a.endsAt()));
        if (a.updatedAt > 0) {
            addLine(out, "LAST-MODIFIED", utcStamp(a.updatedAt));
        }
        addText(out, "SUMMARY", summaryOf(s, options.privacy));
        if (a.practitionerId) {
            if (const auto it = options.practitionerNames.find(*a.practitionerId);
                it != options.practitionerNames.end() && !it->second.isEmpty()) {
                addText(out, "DESCRIPTION", tr("With %1").arg(it->second));
            }
        }
        addLine(out, "STATUS", statusOf(a.status).toLatin1());
        addLine(out, "TRANSP", AppointmentStatus::occupiesTime(a.status) ? "OPAQUE" : "TRANSPARENT");
        addLine(out, "END", "VEVENT");
    }
    addLine(out, "END", "VCALENDAR");
    return out;
}

} // namespace clinicdesk
