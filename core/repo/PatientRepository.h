// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Patient.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>
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
    std::optional<QString> alerts;        // nullopt: leave unchanged (clinical, like the notes)
};

// The fields of the patient form, for validation messages shown beside the field that is wrong.
enum class PatientField { FirstName, LastName, DateOfBirth, NationalId, Phone, Email, Address, Alerts, ClinicalNotes };

struct PatientProblem {
    PatientField field;
    QString message; // the rule that failed, a sentence for the user
};

// What merge() moved to the kept record: rows per table.
struct PatientMergeReport {
    QString keptId;
    QString duplicateId;
    std::vector<std::pair<QString, int>> moved; // table -> rows
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
    // Names (and dates of birth) of the patients `ids`, deleted ones included, for lists such as the day's
    // appointments; not audited, like a search. Ids that do not exist are left out.
    [[nodiscard]] Result<std::vector<Patient>> namesOf(const QStringList& ids);
    // The other living patients whose national id is the same as `nationalId` (as typed; nothing when it
    // is not a valid one), for the duplicate warning while a record is edited. Not audited, like a search.
    [[nodiscard]] Result<std::vector<Patient>> sameNationalId(const QString& nationalId, const QString& exceptId = {});
    // Where a merged duplicate went: the kept record's id, or nullopt when `id` was not merged.
    [[nodiscard]] Result<std::optional<QString>> mergedInto(const QString& id);

    // Admins only: everything of the duplicate (appointments, encounters, notes, recordings, documents,
    // payments, jobs) moves to the kept record in one transaction; the duplicate's alerts and clinical notes
    // are added to the kept record's; the duplicate becomes a tombstone with merged_into = keepId and
    // leaves the search index. Audited on both ids (no patient values). See PatientMerge.
    [[nodiscard]] Result<PatientMergeReport> merge(const QString& keepId, const QString& duplicateId);

    // Validates without writing: the normalised patient, or the first rule that failed.
    [[nodiscard]] static Result<Patient> validate(const PatientDraft& draft, QDate today = QDate::currentDate());
    // Every field's problem (the first rule each field breaks), in the order of the form; empty when the
    // draft is valid.
    [[nodiscard]] static std::vector<PatientProblem> problems(const PatientDraft& draft,
                                                              QDate today = QDate::currentDate());
    // The FTS query for what the user typed; empty when nothing searchable.
    [[nodiscard]] static QString matchExpression(const QString& text);

private:
    [[nodiscard]] Result<std::vector<Patient>> query(const std::string& sql, const QString& arg, int limit, int offset);
    [[nodiscard]] Result<QStringList> findSameNationalId(const QString& nationalId, const QString& exceptId);
    [[nodiscard]] Status writeSearchIndex(std::int64_t docid, const Patient& patient, bool replace);
    [[nodiscard]] bool mayReadClinical() const;
    [[nodiscard]] Status refuseMerged(const QString& id);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
