// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/DeniedAccess.h"

#include "audit/AuditLog.h"
#include "repo/ClinicSettingsStore.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

namespace clinicdesk {

namespace {

// Writes the audit entry of a refusal in a transaction of its own and returns the refusal.
Status auditDenial(Database& db, const User& user, Status refused, const QString& entity, const QString& id,
                   const QString& detail) {
    // The refusal stands whether or not its audit entry could be written; a failure is logged (codes
    // and ids only).
    auto tx = Transaction::begin(db);
    if (!tx) {
        qCWarning(lcRepo) << "could not audit a denied access:" << tx.error().detail;
        return refused;
    }
    if (auto s = AuditLog(db).append(user.id, QStringLiteral("denied"), entity, id, detail); !s) {
        qCWarning(lcRepo) << "could not audit a denied access:" << s.error().detail;
        return refused;
    }
    if (auto s = tx->commit(); !s) {
        qCWarning(lcRepo) << "could not audit a denied access:" << s.error().detail;
    }
    return refused;
}

// The patient of a note or of an encounter; nullopt when there is no such row.
Result<std::optional<QString>> patientOf(Database& db, const QString& entity, const QString& id) {
    const char* sql = entity == QLatin1String("note")
                          ? "SELECT e.patient_id FROM notes n JOIN encounters e ON e.id = n.encounter_id WHERE n.id = ?"
                          : "SELECT patient_id FROM encounters WHERE id = ?";
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    std::optional<QString> patient = *row ? stmt->optionalText(0) : std::nullopt;
    stmt->reset();
    return patient;
}

// Whether `practitionerId` has seen (an encounter) or booked (an appointment) the patient.
Result<bool> isOwnPatient(Database& db, const QString& practitionerId, const QString& patientId) {
    auto stmt = db.prepare("SELECT EXISTS (SELECT 1 FROM encounters WHERE patient_id = ?1 AND practitioner_id = ?2 "
                           "AND deleted_at IS NULL) OR EXISTS (SELECT 1 FROM appointments WHERE patient_id = ?1 "
                           "AND practitioner_id = ?2)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(patientId, practitionerId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    const bool own = *row && stmt->int64(0) != 0;
    stmt->reset();
    return own;
}

} // namespace

Status requireOrAuditDenial(Database& db, const User& user, Permission permission, const QString& entity,
                            const QString& id) {
    auto allowed = AccessPolicy::require(user, permission);
    if (allowed) {
        return allowed;
    }
    return auditDenial(db, user, allowed, entity, id, AccessPolicy::key(permission));
}

Status requireNoteAccess(Database& db, const Session& session, const QString& entity, const QString& id) {
    if (auto s = requireOrAuditDenial(db, session.user, Permission::ReadClinical, entity, id); !s) {
        return s;
    }
    if (session.user.role != Role::Practitioner) {
        return {};
    }
    auto settings = ClinicSettingsStore(db, session).load();
    if (!settings) {
        return std::unexpected(settings.error());
    }
    if (settings->notesVisibility != NotesVisibility::OwnPatients) {
        return {};
    }
    auto patient = patientOf(db, entity, id);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    if (!*patient) {
        return {};
    }
    auto own = isOwnPatient(db, session.user.id, **patient);
    if (!own) {
        return std::unexpected(own.error());
    }
    if (*own) {
        return {};
    }
    return auditDenial(
        db, session.user,
        fail(ErrorCode::PermissionDenied,
             QCoreApplication::translate("AccessPolicy", "The clinic lets practitioners read only the notes of "
                                                         "patients they have seen or booked."),
             QStringLiteral("note of another practitioner's patient")),
        entity, id, QStringLiteral("read_clinical not_own_patient"));
}

} // namespace clinicdesk
