#pragma once

#include "domain/Patient.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace clinicdesk {

// What the clinician typed, before validation.
struct PatientDraft {
    QString firstName;
    QString lastName;
    QString dateOfBirth; // YYYY-MM-DD or empty
    QString nationalId;
    QString phone;
    QString email;
    QString address;
    std::optional<QString> clinicalNotes; // nullopt: leave unchanged
};

struct PatientSaved {
    Patient patient;
    QStringList sameNationalId; // other patients with the same national id (a warning, not an error)
};

// The only code that writes SQL for `patients` and its search index. Every
// write is audited and fed to `changes`; reading one record is audited too.
class PatientRepository {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
public:
    PatientRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<PatientSaved> add(const PatientDraft& draft);
    [[nodiscard]] Result<PatientSaved> update(const QString& id, const PatientDraft& draft);
    [[nodiscard]] Status remove(const QString& id);
    // Opens one record (audited as a view). Clinical notes only for clinical roles.
    [[nodiscard]] Result<Patient> get(const QString& id);
    [[nodiscard]] Result<std::vector<Patient>> list(int limit = 200, int offset = 0);
    // Search-as-you-type over names, national id, phone and e-mail (prefix match).
    [[nodiscard]] Result<std::vector<Patient>> search(const QString& text, int limit = 50);
    [[nodiscard]] Result<std::int64_t> count();
    // NotFound unless the patient exists (not deleted); not audited, reads no patient data.
    [[nodiscard]] Status requireExists(const QString& id);

    // Validates without writing: the normalised patient, or the first rule that failed.
    [[nodiscard]] static Result<Patient> validate(const PatientDraft& draft, QDate today = QDate::currentDate());
    // The FTS query for what the user typed; empty when nothing searchable.
    [[nodiscard]] static QString matchExpression(const QString& text);

private:
    [[nodiscard]] Result<std::vector<Patient>> query(const std::string& sql, const QString& arg, int limit, int offset);
    [[nodiscard]] Result<QStringList> findSameNationalId(const QString& nationalId, const QString& exceptId);
    [[nodiscard]] Status writeSearchIndex(std::int64_t docid, const Patient& patient, bool replace);
    [[nodiscard]] bool mayReadClinical() const;

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
