// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/EncounterRepository.h"

#include "domain/AccessPolicy.h"
#include "domain/AppointmentStatus.h"
#include "repo/AppointmentRepository.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/DeniedAccess.h"
#include "repo/Journal.h"
#include "repo/PatientRepository.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace clinicdesk {

namespace {

const char* const kColumns = "SELECT id, patient_id, appointment_id, practitioner_id, started_at, consent, consent_by, "
                             "consent_at, status, created_at FROM encounters ";

Encounter readEncounter(const Statement& stmt) {
    Encounter e;
    e.id = stmt.text(0);
    e.patientId = stmt.text(1);
    e.appointmentId = stmt.optionalText(2);
    e.practitionerId = stmt.optionalText(3);
    e.startedAt = stmt.int64(4);
    if (const auto consent = stmt.optionalText(5)) {
        e.consent = EncounterRepository::consentFromKey(*consent);
    }
    e.consentBy = stmt.optionalText(6);
    e.consentAt = stmt.optionalInt64(7);
    e.status = stmt.text(8);
    e.createdAt = stmt.int64(9);
    return e;
}

} // namespace

QString EncounterRepository::consentKey(Consent consent) {
    switch (consent) {
    case Consent::Verbal:
        return QStringLiteral("verbal");
    case Consent::Written:
        return QStringLiteral("written");
    case Consent::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<Consent> EncounterRepository::consentFromKey(const QString& key) {
    if (key == QLatin1String("verbal")) {
        return Consent::Verbal;
    }
    if (key == QLatin1String("written")) {
        return Consent::Written;
    }
    if (key == QLatin1String("declined")) {
        return Consent::Declined;
    }
    return std::nullopt;
}

Result<Encounter> EncounterRepository::open(const QString& patientId, std::optional<Consent> consent) {
    if (auto s =
            requireOrAuditDenial(m_db, m_session.user, Permission::WriteClinical, QStringLiteral("patient"), patientId);
        !s) {
        return std::unexpected(s.error());
    }
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto e = insert(patientId, std::nullopt, consent);
    if (!e) {
        return e;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return e;
}

Result<Encounter> EncounterRepository::insert(const QString& patientId, const std::optional<QString>& appointmentId,
                                              std::optional<Consent> consent) {
    if (auto s = PatientRepository(m_db, m_session).requireExists(patientId); !s) {
        return std::unexpected(s.error());
    }
    Encounter e;
    e.id = Clock::newId();
    e.patientId = patientId;
    e.appointmentId = appointmentId;
    e.practitionerId = m_session.user.id;
    e.startedAt = e.createdAt = Clock::nowMs();
    e.consent = consent;
    if (consent) {
        e.consentBy = m_session.user.id;
        e.consentAt = e.startedAt;
    }
    auto stmt = m_db.prepare("INSERT INTO encounters (id, patient_id, appointment_id, practitioner_id, started_at, "
                             "consent, consent_by, consent_at, created_at, updated_at, created_by, updated_by) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(e.id, e.patientId, e.appointmentId, e.practitionerId, e.startedAt,
                  consent ? std::optional<QString>(consentKey(*consent)) : std::nullopt, e.consentBy, e.consentAt,
                  e.createdAt, e.createdAt, m_session.user.id, m_session.user.id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    QStringList detail;
    if (consent) {
        detail << QStringLiteral("consent=%1").arg(consentKey(*consent));
    }
    if (appointmentId) {
        detail << QStringLiteral("appointment=%1").arg(*appointmentId);
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("encounters"), QStringLiteral("encounter"), e.id,
                                     ChangeFeed::Op::Insert, detail.join(QLatin1Char(' ')));
        !s) {
        return std::unexpected(s.error());
    }
    return e;
}

Result<Encounter> EncounterRepository::openForAppointment(const QString& appointmentId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::WriteClinical, QStringLiteral("appointment"),
                                      appointmentId);
        !s) {
        return std::unexpected(s.error());
    }
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    AppointmentRepository appointments(m_db, m_session);
    auto appointment = appointments.get(appointmentId);
    if (!appointment) {
        return std::unexpected(appointment.error());
    }
    if (appointment->status == AppointmentStatus::Cancelled) {
        return fail(ErrorCode::InvalidInput,
                    tr("The appointment was cancelled; open the patient's record to start an encounter."),
                    QStringLiteral("encounter for a cancelled appointment"));
    }
    auto existing = findForAppointment(appointmentId);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    Result<Encounter> encounter =
        *existing ? Result<Encounter>(**existing) : insert(appointment->patientId, appointmentId, std::nullopt);
    if (!encounter) {
        return encounter;
    }
    if (appointment->status == AppointmentStatus::Booked || appointment->status == AppointmentStatus::Arrived) {
        if (auto changed = appointments.setStatus(appointmentId, AppointmentStatus::InProgress); !changed) {
            return std::unexpected(changed.error());
        }
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return encounter;
}

Result<std::optional<Encounter>> EncounterRepository::findForAppointment(const QString& appointmentId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("appointment"),
                                      appointmentId);
        !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE appointment_id = ? AND deleted_at IS NULL "
                                                     "ORDER BY started_at DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, appointmentId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<Encounter>();
    }
    return std::optional<Encounter>(readEncounter(*stmt));
}

Result<Encounter> EncounterRepository::get(const QString& id) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("encounter"), id);
        !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE id = ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The encounter does not exist."), QStringLiteral("encounter not found"));
    }
    return readEncounter(*stmt);
}

Result<std::vector<Encounter>> EncounterRepository::listForPatient(const QString& patientId) {
    if (auto s =
            requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("patient"), patientId);
        !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) + "WHERE patient_id = ? AND deleted_at IS NULL "
                                                     "ORDER BY started_at DESC");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, patientId);
    return stmt->collect([&] { return readEncounter(*stmt); });
}

Result<Encounter> EncounterRepository::recordConsent(const QString& id, Consent consent) {
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    const std::int64_t now = Clock::nowMs();
    auto stmt = m_db.prepare("UPDATE encounters SET consent = ?, consent_by = ?, consent_at = ?, updated_at = ?, "
                             "updated_by = ?, rev = rev + 1 WHERE id = ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(consentKey(consent), m_session.user.id, now, now, m_session.user.id, id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    if (m_db.changes() == 0) {
        return fail(ErrorCode::NotFound, tr("The encounter does not exist."), QStringLiteral("encounter not found"));
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("encounters"), QStringLiteral("encounter"), id,
                                     ChangeFeed::Op::Update, QStringLiteral("consent=%1").arg(consentKey(consent)));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return get(id);
}

} // namespace clinicdesk
