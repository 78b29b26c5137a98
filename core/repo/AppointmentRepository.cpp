#include "repo/AppointmentRepository.h"

#include "domain/AccessPolicy.h"
#include "repo/Journal.h"
#include "repo/PatientRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace clinicdesk {

Result<Appointment> AppointmentRepository::add(const AppointmentDraft& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteSchedule); !s) {
        return std::unexpected(s.error());
    }
    if (!draft.start.isValid()) {
        return fail(ErrorCode::InvalidInput,
                    tr("The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601)."),
                    QStringLiteral("bad start"));
    }
    if (draft.durationMinutes <= 0 || draft.durationMinutes > 24 * 60) {
        return fail(ErrorCode::InvalidInput, tr("An appointment lasts from 1 to 1440 minutes."),
                    QStringLiteral("bad duration"));
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
                                     ChangeFeed::Op::Insert);
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return appointment;
}

Result<std::vector<Appointment>> AppointmentRepository::listForDay(QDate day) {
    const QDateTime start(day, QTime(0, 0));
    const QDateTime end(day.addDays(1), QTime(0, 0));
    return listBetween(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
}

Result<std::vector<Appointment>> AppointmentRepository::listBetween(std::int64_t fromMs, std::int64_t toMs, int limit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadSchedule); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare("SELECT id, patient_id, practitioner_id, starts_at, duration_min, status, reason, "
                             "created_at, updated_at FROM appointments WHERE starts_at >= ? AND starts_at < ? AND "
                             "deleted_at IS NULL ORDER BY starts_at LIMIT ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(fromMs, toMs, limit);
    return stmt->collect([&] {
        Appointment a;
        a.id = stmt->text(0);
        a.patientId = stmt->text(1);
        a.practitionerId = stmt->optionalText(2);
        a.startsAt = stmt->int64(3);
        a.durationMinutes = static_cast<int>(stmt->int64(4));
        a.status = stmt->text(5);
        a.reason = stmt->optionalText(6);
        a.createdAt = stmt->int64(7);
        a.updatedAt = stmt->int64(8);
        return a;
    });
}

} // namespace clinicdesk
