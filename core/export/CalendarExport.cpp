// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/CalendarExport.h"

#include "export/ICalendarExporter.h"
#include "repo/AppointmentRepository.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/UserRepository.h"
#include "util/Clock.h"

#include <QFileInfo>
#include <QSaveFile>

namespace clinicdesk {

Result<CalendarExport::Built> CalendarExport::build(Database& db, const Session& session,
                                                    const CalendarExportRequest& request, std::int64_t nowMs) {
    if (request.toMs <= request.fromMs) {
        return fail(ErrorCode::InvalidInput, tr("The export's last day is before its first."),
                    QStringLiteral("export range empty"));
    }
    auto settings = ClinicSettingsStore(db, session).load();
    if (!settings) {
        return std::unexpected(settings.error());
    }
    auto users = UserRepository(db, session).list();
    if (!users) {
        return std::unexpected(users.error());
    }
    auto appointments = AppointmentRepository(db, session)
                            .listScheduled(request.fromMs, request.toMs, request.practitionerId, kMaxAppointments + 1);
    if (!appointments) {
        return std::unexpected(appointments.error());
    }
    if (appointments->size() > std::size_t(kMaxAppointments)) {
        return fail(ErrorCode::InvalidInput,
                    tr("More than %1 appointments: export a shorter range.").arg(kMaxAppointments),
                    QStringLiteral("export too large"));
    }
    // Only bookings that start in the range (listScheduled also gives those still running at its start).
    std::erase_if(*appointments,
                  [&](const ScheduledAppointment& s) { return s.appointment.startsAt < request.fromMs; });
    ICalendarOptions options;
    options.privacy = settings->calendarPrivacy;
    options.stampMs = nowMs;
    QString whose = settings->profile.name.trimmed();
    for (const User& user : *users) {
        options.practitionerNames[user.id] = user.displayName.isEmpty() ? user.name : user.displayName;
        if (user.id == request.practitionerId) {
            whose = options.practitionerNames[user.id];
        }
    }
    options.calendarName = whose.isEmpty() ? tr("ClinicDesk") : tr("ClinicDesk: %1").arg(whose);
    return Built{ICalendarExporter::write(*appointments, options), int(appointments->size())};
}

Result<int> CalendarExport::writeFile(Database& db, const Session& session, const CalendarExportRequest& request,
                                      const QString& path, bool replace) {
    if (!replace && QFileInfo::exists(path)) {
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists; choose a new file name.").arg(path),
                    QStringLiteral("export target exists"));
    }
    auto built = build(db, session, request, Clock::nowMs());
    if (!built) {
        return std::unexpected(built.error());
    }
    // The path may name a patient or a person: it goes to the user, never to the log. The export is audited
    // before the file appears: a file that left without an audit entry is not possible.
    QSaveFile file(path);
    const auto writeFailed = [&] {
        return fail(ErrorCode::Io, tr("The calendar could not be saved to “%1”: %2").arg(path, file.errorString()),
                    QStringLiteral("calendar export write failed: file error %1").arg(int(file.error())));
    };
    if (!file.open(QIODevice::WriteOnly) || file.write(built->ics) != built->ics.size()) {
        return writeFailed();
    }
    if (auto s = AppointmentRepository(db, session)
                     .recordExport(QStringLiteral("ics"), request.practitionerId, request.fromMs, request.toMs,
                                   built->count);
        !s) {
        file.cancelWriting();
        return std::unexpected(s.error());
    }
    if (!file.commit()) {
        return writeFailed();
    }
    return built->count;
}

} // namespace clinicdesk
