#pragma once

#include "domain/Encounter.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// The only code that writes SQL for `encounters`. Encounters are clinical:
// receptionists can neither open nor read them.
class EncounterRepository {
    Q_DECLARE_TR_FUNCTIONS(EncounterRepository)
public:
    EncounterRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<Encounter> open(const QString& patientId, std::optional<Consent> consent = std::nullopt);
    [[nodiscard]] Result<Encounter> get(const QString& id);
    [[nodiscard]] Result<std::vector<Encounter>> listForPatient(const QString& patientId);
    // Records who took the patient's consent and when; audited.
    [[nodiscard]] Result<Encounter> recordConsent(const QString& id, Consent consent);

    [[nodiscard]] static QString consentKey(Consent consent);
    [[nodiscard]] static std::optional<Consent> consentFromKey(const QString& key);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
