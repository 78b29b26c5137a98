// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Encounter.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// The only code that writes SQL for `encounters`. Encounters are clinical:
// receptionists can neither open nor read them (a refused attempt is audited, see DeniedAccess).
class EncounterRepository {
    Q_DECLARE_TR_FUNCTIONS(EncounterRepository)
public:
    EncounterRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<Encounter> open(const QString& patientId, std::optional<Consent> consent = std::nullopt);
    // The encounter of an appointment (encounters.appointment_id), opened the first time: for the
    // appointment's patient, by the signed-in user. A booked or arrived appointment becomes in progress
    // in the same transaction (audited by AppointmentRepository). A cancelled one is refused.
    [[nodiscard]] Result<Encounter> openForAppointment(const QString& appointmentId);
    // The encounter of an appointment, if one was opened (not audited: no clinical content).
    [[nodiscard]] Result<std::optional<Encounter>> findForAppointment(const QString& appointmentId);
    [[nodiscard]] Result<Encounter> get(const QString& id);
    [[nodiscard]] Result<std::vector<Encounter>> listForPatient(const QString& patientId);
    // Records who took the patient's consent and when; audited.
    [[nodiscard]] Result<Encounter> recordConsent(const QString& id, Consent consent);

    [[nodiscard]] static QString consentKey(Consent consent);
    [[nodiscard]] static std::optional<Consent> consentFromKey(const QString& key);

private:
    [[nodiscard]] Result<Encounter> insert(const QString& patientId, const std::optional<QString>& appointmentId,
                                           std::optional<Consent> consent);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
