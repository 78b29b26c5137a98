// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/AppointmentRepository.h"

#include "domain/AccessPolicy.h"
#include "domain/AppointmentStatus.h"
#include "repo/Journal.h"
#include "repo/PatientRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QLocale>
#include <QTimeZone>

namespace clinicdesk {

namespace {

constexpr std::int64_t kMinuteMs = 60'000;
// The longest booking: an overlap check needs to look back this far for bookings that started earlier.
constexpr std::int64_t kLongestMs = std::int64_t(AppointmentRepository::kMaxDurationMinutes) * kMinuteMs;

const char* const kColumns = "a.id, a.patient_id, a.practitioner_id, a.starts_at, a.duration_min, a.status, a.reason, "
                             "a.cancel_reason, a.created_at, a.updated_at";

Appointment readAppointment(Statement& stmt) {
    Appointment a;
    a.id = stmt.text(0);
    a.patientId = stmt.text(1);
    a.practitionerId = stmt.optionalText(2);
    a.startsAt = stmt.int64(3);
    a.durationMinutes = static_cast<int>(stmt.int64(4));
    a.status = stmt.text(5);
    a.reason = stmt.optionalText(6);
    a.cancelReason = stmt.optionalText(7);
    a.createdAt = stmt.int64(8);
    a.updatedAt = stmt.int64(9);
    return a;
}

QString timeRange(std::int64_t startMs, std::int64_t endMs) {
    const QLocale locale;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(endMs);
    return QStringLiteral("%1 %2–%3")
        .arg(locale.toString(start.date(), QLocale::ShortFormat), locale.toString(start.time(), QLocale::ShortFormat),
             locale.toString(end.time(), QLocale::ShortFormat));
}

} // namespace

Status AppointmentRepository::validateTime(const QDateTime& start, int durationMinutes) {
    if (!start.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601)."),
                    QStringLiteral("bad start"));
    }
    if (durationMinutes <= 0 || durationMinutes > kMaxDurationMinutes) {
        return fail(ErrorCode::InvalidInput, tr("An appointment lasts from 1 to 1440 minutes."),
                    QStringLiteral("bad duration"));
    }
    return {};
}

Result<std::vector<Appointment>> AppointmentRepository::overlapping(const QString& practitionerId, std::int64_t startMs,
                                                                    std::int64_t endMs, const QString& exceptId) {
    // The index on (practitioner_id, starts_at) bounds the scan: a booking that overlaps started before
    // the end and at most the longest duration before the start.
    auto stmt = m_db.prepare(std::string("SELECT ") + kColumns +
                             " FROM appointments a WHERE a.practitioner_id = ? AND a.starts_at < ? AND a.starts_at > ? "
                             "AND a.starts_at + a.duration_min * 60000 > ? AND a.id <> ? AND a.deleted_at IS NULL "
                             "AND a.status NOT IN ('cancelled', 'no_show') ORDER BY a.starts_at");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(practitionerId, endMs, startMs - kLongestMs, startMs, exceptId);
    return stmt->collect([&] { return readAppointment(*stmt); });
}

Status AppointmentRepository::refuseOverlap(const std::optional<QString>& practitionerId, std::int64_t startMs,
                                            std::int64_t endMs, const QString& exceptId) {
    if (!practitionerId) {
        return {};
    }
    auto overlaps = overlapping(*practitionerId, startMs, endMs, exceptId);
    if (!overlaps) {
        return std::unexpected(overlaps.error());
    }
    if (overlaps->empty()) {
        return {};
    }
    const Appointment& other = overlaps->front();
    QString patient;
    if (auto names = m_db.prepare("SELECT first_name, last_name FROM patients WHERE id = ?")) {
        names->bindAll(other.patientId);
        if (auto row = names->step(); row && *row) {
            patient = names->text(0) + QLatin1Char(' ') + names->text(1);
        }
    }
    return fail(ErrorCode::InvalidInput,
                tr("This overlaps the practitioner's booking %1 (%2, %3). Choose another time, or book it anyway "
                   "as a double booking.")
                    .arg(other.id.left(8), timeRange(other.startsAt, other.endsAt()), patient),
                QStringLiteral("overlaps appointment %1").arg(other.id));
}

Result<Appointment> AppointmentRepository::add(const AppointmentDraft& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteSchedule); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = validateTime(draft.start, draft.durationMinutes); !s) {
        return std::unexpected(s.error());
    }
    if (draft.reason && draft.reason->size() > 500) {
        return fail(ErrorCode::InvalidInput, tr("The reason can have at most 500 characters."),
                    QStringLiteral("reason too long"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto s = PatientRepository(m_db, m_session).requireExists(draft.patientId); !s) {
        return std::unexpected(s.error());
    }
    if (draft.practitionerId) {
        auto practitioners =
            m_db.scalar("SELECT count(*) FROM users WHERE id = ? AND role <> 'receptionist' AND deleted_at IS NULL",
                        *draft.practitionerId);
        if (!practitioners) {
            return std::unexpected(practitioners.error());
        }
        if (*practitioners == 0) {
            return fail(ErrorCode::NotFound, tr("The practitioner does not exist."),
                        QStringLiteral("practitioner not found"));
        }
    }
    Appointment appointment;
    appointment.id = Clock::newId();
    appointment.patientId = draft.patientId;
    appointment.practitionerId = draft.practitionerId;
    appointment.startsAt = draft.start.toMSecsSinceEpoch();
    appointment.durationMinutes = draft.durationMinutes;
    appointment.reason = draft.reason;
    appointment.createdAt = appointment.updatedAt = Clock::nowMs();
    if (!draft.allowOverlap) {
        if (auto s = refuseOverlap(draft.practitionerId, appointment.startsAt, appointment.endsAt(), {}); !s) {
            return std::unexpected(s.error());
        }
    }
    auto stmt = m_db.prepare("INSERT INTO appointments (id, patient_id, practitioner_id, starts_at, duration_min, "
                             "status, reason, created_at, updated_at, created_by, updated_by) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(appointment.id, appointment.patientId, appointment.practitionerId, appointment.startsAt,
                  appointment.durationMinutes, appointment.status, appointment.reason, appointment.createdAt,
                  appointment.updatedAt, m_session.user.id, m_session.user.id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("appointments"), QStringLiteral("appointment"), appointment.id,
                                     ChangeFeed::Op::Insert,
                                     draft.allowOverlap ? QStringLiteral("overlap allowed") : QString());
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return appointment;
}

Result<Appointment> AppointmentRepository::get(const QString& id) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string("SELECT ") + kColumns +
                             " FROM appointments a WHERE a.id = ? AND a.deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("No such appointment."), QStringLiteral("appointment not found"));
    }
    return readAppointment(*stmt);
}

Result<Appointment> AppointmentRepository::update(const Appointment& changed, const QString& action,
                                                  const QString& detail) {
    auto stmt = m_db.prepare("UPDATE appointments SET starts_at = ?, duration_min = ?, status = ?, cancel_reason = ?, "
                             "updated_at = ?, updated_by = ?, rev = rev + 1 WHERE id = ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    Appointment result = changed;
    result.updatedAt = Clock::nowMs();
    stmt->bindAll(result.startsAt, result.durationMinutes, result.status, result.cancelReason, result.updatedAt,
                  m_session.user.id, result.id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("appointments"), QStringLiteral("appointment"), result.id,
                                     ChangeFeed::Op::Update,
                                     action + (detail.isEmpty() ? QString() : QLatin1Char(' ') + detail));
        !s) {
        return std::unexpected(s.error());
    }
    return result;
}

Result<Appointment> AppointmentRepository::move(const QString& id, const QDateTime& start, int durationMinutes,
                                                bool allowOverlap) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteSchedule); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = validateTime(start, durationMinutes); !s) {
        return std::unexpected(s.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto appointment = get(id);
    if (!appointment) {
        return appointment;
    }
    if (appointment->status == AppointmentStatus::Cancelled || appointment->status == AppointmentStatus::Done) {
        return fail(ErrorCode::InvalidInput, tr("A cancelled or finished appointment cannot be moved."),
                    QStringLiteral("move of a %1 appointment").arg(appointment->status));
    }
    appointment->startsAt = start.toMSecsSinceEpoch();
    appointment->durationMinutes = durationMinutes;
    if (!allowOverlap) {
        if (auto s = refuseOverlap(appointment->practitionerId, appointment->startsAt, appointment->endsAt(), id); !s) {
            return std::unexpected(s.error());
        }
    }
    auto moved =
        update(*appointment, QStringLiteral("moved"), allowOverlap ? QStringLiteral("overlap allowed") : QString());
    if (!moved) {
        return moved;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return moved;
}

Result<Appointment> AppointmentRepository::cancel(const QString& id, const QString& reason) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteSchedule); !s) {
        return std::unexpected(s.error());
    }
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Say why the appointment is cancelled."),
                    QStringLiteral("cancel without a reason"));
    }
    if (why.size() > 500) {
        return fail(ErrorCode::InvalidInput, tr("The reason can have at most 500 characters."),
                    QStringLiteral("reason too long"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto appointment = get(id);
    if (!appointment) {
        return appointment;
    }
    if (appointment->status == AppointmentStatus::Cancelled || appointment->status == AppointmentStatus::Done) {
        return fail(ErrorCode::InvalidInput, tr("This appointment is already cancelled or finished."),
                    QStringLiteral("cancel of a %1 appointment").arg(appointment->status));
    }
    appointment->status = AppointmentStatus::Cancelled;
    appointment->cancelReason = why;
    auto cancelled = update(*appointment, QStringLiteral("cancelled"), {});
    if (!cancelled) {
        return cancelled;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return cancelled;
}

Result<Appointment> AppointmentRepository::setStatus(const QString& id, const QString& status) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteSchedule); !s) {
        return std::unexpected(s.error());
    }
    if (!AppointmentStatus::isValid(status) || status == AppointmentStatus::Cancelled) {
        return fail(ErrorCode::InvalidInput,
                    tr("The status is booked, arrived, in-progress, done or no-show (cancel with a reason)."),
                    QStringLiteral("bad status"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto appointment = get(id);
    if (!appointment) {
        return appointment;
    }
    if (appointment->status == AppointmentStatus::Cancelled) {
        return fail(ErrorCode::InvalidInput, tr("A cancelled appointment keeps its status; book a new one."),
                    QStringLiteral("status of a cancelled appointment"));
    }
    if (appointment->status == status) {
        return appointment;
    }
    const QString from = appointment->status;
    appointment->status = status;
    auto changed = update(*appointment, QStringLiteral("status"), from + QStringLiteral("->") + status);
    if (!changed) {
        return changed;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return changed;
}

Result<AppointmentChecks> AppointmentRepository::check(const std::optional<QString>& practitionerId,
                                                       const QDateTime& start, int durationMinutes,
                                                       const ClinicSettings& settings, const QString& exceptId) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = validateTime(start, durationMinutes); !s) {
        return std::unexpected(s.error());
    }
    AppointmentChecks checks;
    const std::int64_t startMs = start.toMSecsSinceEpoch();
    const std::int64_t endMs = startMs + std::int64_t(durationMinutes) * kMinuteMs;
    checks.inPast = startMs < Clock::nowMs();
    if (practitionerId) {
        auto overlaps = overlapping(*practitionerId, startMs, endMs, exceptId);
        if (!overlaps) {
            return std::unexpected(overlaps.error());
        }
        checks.overlaps = std::move(*overlaps);
        const QDateTime local = start.toLocalTime();
        const QDateTime localEnd = local.addSecs(qint64(durationMinutes) * 60);
        const int from = local.time().hour() * 60 + local.time().minute();
        const int to =
            localEnd.date() == local.date() ? localEnd.time().hour() * 60 + localEnd.time().minute() : 24 * 60 + 1;
        bool inside = false;
        for (const WorkingInterval& interval : settings.hoursOf(*practitionerId)) {
            inside = inside || (interval.weekday == local.date().dayOfWeek() && interval.startMinute <= from &&
                                to <= interval.endMinute);
        }
        checks.outsideWorkingHours = !inside;
    }
    return checks;
}

Result<std::vector<Appointment>> AppointmentRepository::listForDay(QDate day) {
    const QDateTime start(day, QTime(0, 0));
    const QDateTime end(day.addDays(1), QTime(0, 0));
    return listBetween(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
}

Result<std::vector<Appointment>> AppointmentRepository::listBetween(std::int64_t fromMs, std::int64_t toMs, int limit) {
    return listBetween(fromMs, toMs, QString(), limit);
}

Result<std::vector<Appointment>> AppointmentRepository::listBetween(std::int64_t fromMs, std::int64_t toMs,
                                                                    const QString& practitionerId, int limit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return std::unexpected(s.error());
    }
    std::string sql = std::string("SELECT ") + kColumns +
                      " FROM appointments a WHERE a.starts_at >= ? AND a.starts_at < ? AND a.deleted_at IS NULL";
    if (!practitionerId.isEmpty()) {
        sql += " AND a.practitioner_id = ?";
    }
    sql += " ORDER BY a.starts_at LIMIT ?";
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (practitionerId.isEmpty()) {
        stmt->bindAll(fromMs, toMs, limit);
    } else {
        stmt->bindAll(fromMs, toMs, practitionerId, limit);
    }
    return stmt->collect([&] { return readAppointment(*stmt); });
}

Result<std::vector<ScheduledAppointment>>
AppointmentRepository::listScheduled(std::int64_t fromMs, std::int64_t toMs, const QString& practitionerId, int limit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return std::unexpected(s.error());
    }
    // A booking that started before `fromMs` and still runs is shown too (bounded by the longest booking,
    // so the index on starts_at still bounds the scan).
    std::string sql = std::string("SELECT ") + kColumns +
                      ", p.first_name, p.last_name FROM appointments a JOIN patients p ON p.id = a.patient_id "
                      "WHERE a.starts_at >= ? AND a.starts_at < ? AND a.starts_at + a.duration_min * 60000 > ? "
                      "AND a.deleted_at IS NULL";
    if (!practitionerId.isEmpty()) {
        sql += " AND a.practitioner_id = ?";
    }
    sql += " ORDER BY a.starts_at, a.id LIMIT ?";
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (practitionerId.isEmpty()) {
        stmt->bindAll(fromMs - kLongestMs, toMs, fromMs, limit);
    } else {
        stmt->bindAll(fromMs - kLongestMs, toMs, fromMs, practitionerId, limit);
    }
    return stmt->collect([&] {
        ScheduledAppointment s;
        s.appointment = readAppointment(*stmt);
        s.patientFirstName = stmt->text(10);
        s.patientLastName = stmt->text(11);
        return s;
    });
}

Status AppointmentRepository::recordExport(const QString& format, const QString& practitionerId, std::int64_t fromMs,
                                           std::int64_t toMs, int count) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return s;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    const auto utcDate = [](std::int64_t ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    };
    Journal journal(m_db, m_session);
    if (auto s = journal.audit(
            QStringLiteral("export"), QStringLiteral("appointments"),
            practitionerId.isEmpty() ? QStringLiteral("clinic") : practitionerId,
            QStringLiteral("%1 %2 appointments %3..%4").arg(format).arg(count).arg(utcDate(fromMs), utcDate(toMs)));
        !s) {
        return s;
    }
    return tx->commit();
}

Result<std::vector<Appointment>> AppointmentRepository::listForPatient(const QString& patientId, int limit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string("SELECT ") + kColumns +
                             " FROM appointments a WHERE a.patient_id = ? AND a.deleted_at IS NULL "
                             "ORDER BY a.starts_at DESC LIMIT ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, limit);
    return stmt->collect([&] { return readAppointment(*stmt); });
}

} // namespace clinicdesk
