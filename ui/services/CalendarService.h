// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"
#include "domain/User.h"
#include "export/CalendarExport.h"
#include "repo/AppointmentRepository.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// The calendar page and the calendar settings ask here: thin asynchronous calls over AppointmentRepository
// and ClinicSettingsStore on the session's vault worker; an iCalendar export on the long-task worker. Every
// answer arrives on `context`'s thread and is dropped if the context is gone by then.
class CalendarService {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
public:
    // What the calendar shows for a range: the bookings with names, who can be booked, and the hours.
    struct Range {
        std::vector<ScheduledAppointment> appointments;
        std::vector<User> practitioners; // who has a column: practitioners, admins with a profession, and
                                         // anyone with a booking in the range; by name
        ClinicSettings settings;
    };
    // What a booking or a move ran into. Without `saved`, nothing was written: the time overlaps
    // `overlaps` (named) and the caller did not allow a double booking.
    struct Outcome {
        std::optional<Appointment> saved;
        AppointmentChecks checks;
        std::vector<ScheduledAppointment> overlaps;
    };
    // The Calendar section of Settings.
    struct CalendarSettings {
        std::vector<User> practitioners;
        std::map<QString, std::vector<WorkingInterval>> workingHours;
        CalendarPrivacy privacy = CalendarPrivacy::Initials;
    };

    CalendarService(VaultWorker& worker, VaultWorker& longTasks);

    // The range [fromMs, toMs) for one practitioner or (empty) the clinic. Latest only: moving through the
    // weeks quickly answers only the newest request.
    void loadRange(QObject* context, std::int64_t fromMs, std::int64_t toMs, const QString& practitionerId,
                   std::function<void(Result<Range>)> done);
    // Books `draft` (checked first: an overlap without draft.allowOverlap writes nothing).
    void book(QObject* context, const AppointmentDraft& draft, std::function<void(Result<Outcome>)> done);
    // Moves or resizes, checked like book().
    void move(QObject* context, const QString& id, const QDateTime& start, int minutes, bool allowOverlap,
              std::function<void(Result<Outcome>)> done);
    void cancel(QObject* context, const QString& id, const QString& reason,
                std::function<void(Result<Appointment>)> done);
    void setStatus(QObject* context, const QString& id, const QString& status,
                   std::function<void(Result<Appointment>)> done);
    // Writes the iCalendar file (replacing `path`: the file dialog asked) and audits it; the count.
    void exportIcs(QObject* context, const CalendarExportRequest& request, const QString& path,
                   std::function<void(Result<int>)> done);

    void loadSettings(QObject* context, std::function<void(Result<CalendarSettings>)> done);
    // Saves the working hours and the export privacy, keeping every other clinic setting as it is stored.
    void saveSettings(QObject* context, const CalendarSettings& changed, std::function<void(Status)> done);

private:
    VaultWorker& m_worker;
    VaultWorker& m_longTasks;
    LatestOnly m_ranges;
};

} // namespace clinicdesk
