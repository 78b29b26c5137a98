// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Appointment.h"
#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <optional>
#include <vector>

namespace clinicdesk {

struct AppointmentDraft {
    QString patientId;
    std::optional<QString> practitionerId;
    QDateTime start;
    int durationMinutes = 0;
    std::optional<QString> reason;
    // A booking that overlaps another of the same practitioner is refused unless this is set (the user
    // was warned and chose to double-book).
    bool allowOverlap = false;
};

// What a booking (new or moved) runs into; none of it is an error, the UI and the CLI warn.
struct AppointmentChecks {
    std::vector<Appointment> overlaps; // the practitioner's other bookings in that time
    bool inPast = false;
    bool outsideWorkingHours = false; // outside the practitioner's working hours (ClinicSettings)
};

// The only code that writes SQL for `appointments`. Every write is audited and in the change feed;
// statuses are AppointmentStatus keys.
class AppointmentRepository {
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
public:
    AppointmentRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<Appointment> add(const AppointmentDraft& draft);
    [[nodiscard]] Result<Appointment> get(const QString& id);
    // Moves or resizes a booking (not a cancelled or finished one); overlaps as in add().
    [[nodiscard]] Result<Appointment> move(const QString& id, const QDateTime& start, int durationMinutes,
                                           bool allowOverlap = false);
    // Cancels with a reason (required: a sentence for the record, never clinical detail).
    [[nodiscard]] Result<Appointment> cancel(const QString& id, const QString& reason);
    // booked, arrived, in_progress, done or no_show; "cancelled" goes through cancel().
    [[nodiscard]] Result<Appointment> setStatus(const QString& id, const QString& status);

    // What a booking of `practitionerId` from `start` for `durationMinutes` runs into (`exceptId`: the
    // booking being moved). `settings` gives the working hours.
    [[nodiscard]] Result<AppointmentChecks> check(const std::optional<QString>& practitionerId, const QDateTime& start,
                                                  int durationMinutes, const ClinicSettings& settings,
                                                  const QString& exceptId = {});

    // Appointments starting on `day` in the local time zone, by start time.
    [[nodiscard]] Result<std::vector<Appointment>> listForDay(QDate day);
    [[nodiscard]] Result<std::vector<Appointment>> listBetween(std::int64_t fromMs, std::int64_t toMs,
                                                               int limit = 1000);
    // The same, for one practitioner (empty: everyone's).
    [[nodiscard]] Result<std::vector<Appointment>> listBetween(std::int64_t fromMs, std::int64_t toMs,
                                                               const QString& practitionerId, int limit);
    // What a calendar shows from `fromMs` to `toMs` (bookings starting in it, cancelled ones too), with the
    // patients' names, by start time; one practitioner's or (empty) everyone's. Not audited as a view of
    // each patient: the schedule is read constantly and names no clinical data.
    [[nodiscard]] Result<std::vector<ScheduledAppointment>> listScheduled(std::int64_t fromMs, std::int64_t toMs,
                                                                          const QString& practitionerId,
                                                                          int limit = 5000);
    // Audits that `count` appointments left the vault as a calendar file (`format`: "ics"), for one
    // practitioner or (empty) the clinic; the entry names the range and the count, never a patient.
    [[nodiscard]] Status recordExport(const QString& format, const QString& practitionerId, std::int64_t fromMs,
                                      std::int64_t toMs, int count);
    // A patient's appointments, newest first.
    [[nodiscard]] Result<std::vector<Appointment>> listForPatient(const QString& patientId, int limit = 500);

    static constexpr int kMaxDurationMinutes = 24 * 60;

private:
    [[nodiscard]] Status validateTime(const QDateTime& start, int durationMinutes);
    [[nodiscard]] Status refuseOverlap(const std::optional<QString>& practitionerId, std::int64_t startMs,
                                       std::int64_t endMs, const QString& exceptId);
    [[nodiscard]] Result<std::vector<Appointment>> overlapping(const QString& practitionerId, std::int64_t startMs,
                                                               std::int64_t endMs, const QString& exceptId);
    [[nodiscard]] Result<Appointment> update(const Appointment& changed, const QString& action, const QString& detail);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
