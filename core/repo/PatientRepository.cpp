#include "repo/PatientRepository.h"

#include "domain/AccessPolicy.h"
#include "domain/NationalId.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/Journal.h"
#include "repo/Tombstone.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Digits.h"

#include <QRegularExpression>

namespace clinicdesk {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxFieldLength = 500;
constexpr int kMaxNotesLength = 100000;

const char* const kColumns = "SELECT id, first_name, last_name, date_of_birth, national_id, national_id_kind, phone, "
                             "email, address, clinical_notes, created_at, updated_at, rev FROM patients ";

std::optional<QString> nonEmpty(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

} // namespace

Result<Patient> PatientRepository::validate(const PatientDraft& draft, QDate today) {
    Patient patient;
    patient.firstName = draft.firstName.simplified();
    patient.lastName = draft.lastName.simplified();
    if (patient.firstName.isEmpty() || patient.lastName.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A patient needs a first name and a last name."),
                    QStringLiteral("missing name"));
    }
    if (patient.firstName.size() > kMaxNameLength || patient.lastName.size() > kMaxNameLength) {
        return fail(ErrorCode::InvalidInput, tr("A name can have at most %1 characters.").arg(kMaxNameLength),
                    QStringLiteral("name too long"));
    }
    if (const auto dob = nonEmpty(draft.dateOfBirth)) {
        const QDate date = QDate::fromString(*dob, Qt::ISODate);
        if (!date.isValid() || dob->size() != 10) {
            return fail(ErrorCode::InvalidInput, tr("The date of birth must be a real date written as YYYY-MM-DD."),
                        QStringLiteral("bad date of birth"));
        }
        if (date > today) {
            return fail(ErrorCode::InvalidInput, tr("The date of birth cannot be in the future."),
                        QStringLiteral("date of birth in the future"));
        }
        if (date.year() < 1880) {
            return fail(ErrorCode::InvalidInput, tr("The date of birth is before 1880; check the year."),
                        QStringLiteral("date of birth too early"));
        }
        patient.dateOfBirth = date;
    }
    if (const auto nid = nonEmpty(draft.nationalId)) {
        auto parsed = NationalId::parse(*nid, today);
        if (!parsed) {
            return std::unexpected(parsed.error());
        }
        patient.nationalId = parsed->normalized();
        patient.nationalIdKind = NationalId::kindKey(parsed->kind());
        if (patient.dateOfBirth && *patient.dateOfBirth != parsed->birthDate()) {
            return fail(ErrorCode::InvalidInput,
                        tr("The date of birth does not match the one in the national identity number."),
                        QStringLiteral("dob mismatch"));
        }
        if (!patient.dateOfBirth) {
            patient.dateOfBirth = parsed->birthDate();
        }
    }
    if (const auto phone = nonEmpty(draft.phone)) {
        static const QRegularExpression phonePattern(QStringLiteral("^\\+?[0-9 ()./-]{3,40}$"));
        if (!phonePattern.match(*phone).hasMatch() || digitsOf(*phone).size() < 3) {
            return fail(ErrorCode::InvalidInput,
                        tr("The phone number may contain only digits, spaces, brackets, dots, dashes and a leading "
                           "+."),
                        QStringLiteral("bad phone"));
        }
        patient.phone = phone;
    }
    if (const auto email = nonEmpty(draft.email)) {
        static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!emailPattern.match(*email).hasMatch() || email->size() > 254) {
            return fail(ErrorCode::InvalidInput,
                        tr("The e-mail address is not valid (it should look like "
                           "name@example.com)."),
                        QStringLiteral("bad email"));
        }
        patient.email = email;
    }
    if (const auto address = nonEmpty(draft.address)) {
        if (address->size() > kMaxFieldLength) {
            return fail(ErrorCode::InvalidInput, tr("The address can have at most %1 characters.").arg(kMaxFieldLength),
                        QStringLiteral("address too long"));
        }
        patient.address = address;
    }
    if (draft.clinicalNotes) {
        if (draft.clinicalNotes->size() > kMaxNotesLength) {
            return fail(ErrorCode::InvalidInput, tr("The clinical notes are too long."),
                        QStringLiteral("notes too long"));
        }
        patient.clinicalNotes = draft.clinicalNotes->trimmed();
    }
    return patient;
}

QString PatientRepository::matchExpression(const QString& text) {
    // Words of letters and digits only, so nothing the user types can reach
    // FTS syntax; each becomes a prefix term, all must match.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString& word : words) {
        terms << word.toLower() + QLatin1Char('*');
        if (terms.size() == 8) {
            break;
        }
    }
    return terms.join(QLatin1Char(' '));
}

bool PatientRepository::mayReadClinical() const {
    return AccessPolicy::allows(m_session.user.role, Permission::ReadClinical);
}

Status PatientRepository::writeSearchIndex(std::int64_t docid, const Patient& patient, bool replace) {
    if (replace) {
        auto del = m_db.prepare("DELETE FROM patients_fts WHERE docid = ?");
        if (!del) {
            return std::unexpected(del.error());
        }
        del->bind(1, docid);
        if (auto s = del->run(); !s) {
            return s;
        }
    }
    QStringList idTokens;
    if (patient.nationalId) {
        const QString digits = digitsOf(*patient.nationalId);
        idTokens << *patient.nationalId << digits;
        if (patient.nationalIdKind && patient.nationalIdKind->startsWith(QLatin1String("se_")) && digits.size() == 12) {
            idTokens << digits.mid(2) << digits.mid(2, 6) + QLatin1Char('-') + digits.mid(8);
        }
    }
    QStringList phoneTokens;
    if (patient.phone) {
        phoneTokens << *patient.phone << digitsOf(*patient.phone);
    }
    auto insert = m_db.prepare("INSERT INTO patients_fts (docid, name, national_id, phone, email) VALUES (?,?,?,?,?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bind(1, docid);
    insert->bind(2, patient.firstName + QLatin1Char(' ') + patient.lastName);
    insert->bind(3, idTokens.join(QLatin1Char(' ')));
    insert->bind(4, phoneTokens.join(QLatin1Char(' ')));
    insert->bind(5, patient.email.value_or(QString()));
    return insert->run();
}

Status PatientRepository::requireExists(const QString& id) {
    auto found = m_db.scalar("SELECT count(*) FROM patients WHERE id = ? AND deleted_at IS NULL", id);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (*found == 0) {
        return fail(ErrorCode::NotFound, tr("The patient does not exist."), QStringLiteral("patient not found"));
    }
    return {};
}

Result<QStringList> PatientRepository::findSameNationalId(const QString& nationalId, const QString& exceptId) {
    // Candidates come from the search index, whose national_id column holds the id's digits as one
    // term; the stored id is then compared exactly. There is no index on patients.national_id: it
    // was one more b-tree page to write, and encrypt, on every patient write (docs/PERFORMANCE.md).
    auto stmt = m_db.prepare("SELECT id FROM patients WHERE search_docid IN (SELECT docid FROM patients_fts WHERE "
                             "patients_fts MATCH ?) AND national_id = ? AND id <> ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(QStringLiteral("national_id:") + digitsOf(nationalId), nationalId, exceptId);
    auto ids = stmt->collect([&] { return stmt->text(0); });
    if (!ids) {
        return std::unexpected(ids.error());
    }
    return QStringList(ids->begin(), ids->end());
}

Result<PatientSaved> PatientRepository::add(const PatientDraft& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteDemographics); !s) {
        return std::unexpected(s.error());
    }
    if (draft.clinicalNotes && !draft.clinicalNotes->trimmed().isEmpty()) {
        if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
            return std::unexpected(s.error());
        }
    }
    auto patient = validate(draft);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    patient->id = Clock::newId();
    patient->createdAt = patient->updatedAt = Clock::nowMs();

    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    QStringList duplicates;
    if (patient->nationalId) {
        auto same = findSameNationalId(*patient->nationalId, patient->id);
        if (!same) {
            return std::unexpected(same.error());
        }
        duplicates = *same;
    }
    auto docid = m_db.scalar("SELECT coalesce(max(search_docid), 0) + 1 FROM patients");
    if (!docid) {
        return std::unexpected(docid.error());
    }
    auto stmt = m_db.prepare("INSERT INTO patients (id, search_docid, first_name, last_name, date_of_birth, "
                             "national_id, national_id_kind, phone, email, address, clinical_notes, created_at, "
                             "updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const std::optional<QString> dob =
        patient->dateOfBirth ? std::optional<QString>(patient->dateOfBirth->toString(Qt::ISODate)) : std::nullopt;
    stmt->bindAll(patient->id, *docid, patient->firstName, patient->lastName, dob, patient->nationalId,
                  patient->nationalIdKind, patient->phone, patient->email, patient->address, patient->clinicalNotes,
                  patient->createdAt, patient->updatedAt, m_session.user.id, m_session.user.id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = writeSearchIndex(*docid, *patient, false); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("patients"), QStringLiteral("patient"), patient->id,
                                     ChangeFeed::Op::Insert);
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    if (!mayReadClinical()) {
        patient->clinicalNotes.reset();
    }
    return PatientSaved{*patient, duplicates};
}

Result<PatientSaved> PatientRepository::update(const QString& id, const PatientDraft& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteDemographics); !s) {
        return std::unexpected(s.error());
    }
    if (draft.clinicalNotes) {
        if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
            return std::unexpected(s.error());
        }
    }
    auto patient = validate(draft);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto existing = m_db.prepare("SELECT search_docid, clinical_notes, created_at, rev FROM patients WHERE id = ? AND "
                                 "deleted_at IS NULL");
    if (!existing) {
        return std::unexpected(existing.error());
    }
    existing->bind(1, id);
    auto row = existing->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::NotFound, tr("The patient does not exist."), QStringLiteral("patient not found"));
    }
    const std::int64_t docid = existing->int64(0);
    if (!draft.clinicalNotes) {
        patient->clinicalNotes = existing->optionalText(1);
    }
    patient->id = id;
    patient->createdAt = existing->int64(2);
    patient->rev = existing->int64(3);
    patient->updatedAt = Clock::nowMs();
    QStringList duplicates;
    if (patient->nationalId) {
        auto same = findSameNationalId(*patient->nationalId, id);
        if (!same) {
            return std::unexpected(same.error());
        }
        duplicates = *same;
    }
    auto stmt = m_db.prepare("UPDATE patients SET first_name = ?, last_name = ?, date_of_birth = ?, national_id = ?, "
                             "national_id_kind = ?, phone = ?, email = ?, address = ?, clinical_notes = ?, "
                             "updated_at = ?, updated_by = ? WHERE id = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const std::optional<QString> dob =
        patient->dateOfBirth ? std::optional<QString>(patient->dateOfBirth->toString(Qt::ISODate)) : std::nullopt;
    stmt->bindAll(patient->firstName, patient->lastName, dob, patient->nationalId, patient->nationalIdKind,
                  patient->phone, patient->email, patient->address, patient->clinicalNotes, patient->updatedAt,
                  m_session.user.id, id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = writeSearchIndex(docid, *patient, true); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("patients"), QStringLiteral("patient"), id, ChangeFeed::Op::Update,
                                     draft.clinicalNotes ? QStringLiteral("clinical") : QString());
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    if (!mayReadClinical()) {
        patient->clinicalNotes.reset();
    }
    return PatientSaved{*patient, duplicates};
}

Status PatientRepository::remove(const QString& id) {
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto removed = setTombstone(m_db, "patients", id, m_session.user.id);
    if (!removed) {
        return std::unexpected(removed.error());
    }
    if (!*removed) {
        return fail(ErrorCode::NotFound, tr("The patient does not exist."), QStringLiteral("patient not found"));
    }
    auto unindex =
        m_db.prepare("DELETE FROM patients_fts WHERE docid = (SELECT search_docid FROM patients WHERE id = ?)");
    if (!unindex) {
        return std::unexpected(unindex.error());
    }
    unindex->bind(1, id);
    if (auto s = unindex->run(); !s) {
        return s;
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("patients"), QStringLiteral("patient"), id, ChangeFeed::Op::Delete);
        !s) {
        return s;
    }
    return tx->commit();
}

Result<std::vector<Patient>> PatientRepository::query(const std::string& sql, const QString& arg, int limit,
                                                      int offset) {
    auto stmt = m_db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    int index = 0;
    if (!arg.isNull()) {
        stmt->bind(++index, arg);
    }
    stmt->bind(++index, limit);
    stmt->bind(++index, offset);
    const bool clinical = mayReadClinical();
    return stmt->collect([&] {
        Patient p;
        p.id = stmt->text(0);
        p.firstName = stmt->text(1);
        p.lastName = stmt->text(2);
        if (auto dob = stmt->optionalText(3)) {
            p.dateOfBirth = QDate::fromString(*dob, Qt::ISODate);
        }
        p.nationalId = stmt->optionalText(4);
        p.nationalIdKind = stmt->optionalText(5);
        p.phone = stmt->optionalText(6);
        p.email = stmt->optionalText(7);
        p.address = stmt->optionalText(8);
        if (clinical) {
            p.clinicalNotes = stmt->optionalText(9).value_or(QString());
        }
        p.createdAt = stmt->int64(10);
        p.updatedAt = stmt->int64(11);
        p.rev = stmt->int64(12);
        return p;
    });
}

Result<Patient> PatientRepository::get(const QString& id) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadDemographics); !s) {
        return std::unexpected(s.error());
    }
    auto found = query(std::string(kColumns) + "WHERE id = ? AND deleted_at IS NULL LIMIT ? OFFSET ?", id, 1, 0);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return fail(ErrorCode::NotFound, tr("The patient does not exist."), QStringLiteral("patient not found"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.audit(QStringLiteral("view"), QStringLiteral("patient"), id,
                               mayReadClinical() ? QStringLiteral("clinical") : QStringLiteral("demographics"));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return found->front();
}

Result<std::vector<Patient>> PatientRepository::list(int limit, int offset) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadDemographics); !s) {
        return std::unexpected(s.error());
    }
    return query(std::string(kColumns) +
                     "WHERE deleted_at IS NULL ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE "
                     "LIMIT ? OFFSET ?",
                 QString(), limit, offset);
}

Result<std::vector<Patient>> PatientRepository::search(const QString& text, int limit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadDemographics); !s) {
        return std::unexpected(s.error());
    }
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return list(limit, 0);
    }
    // The page of matches is picked on the covering index patients_search_order
    // (docid, deleted_at, names), so sorting thousands of matches reads a few
    // small index pages rather than every matching row (each page read is a
    // decryption); only the rows on the page are then read (docs/PERFORMANCE.md).
    return query(std::string(kColumns) +
                     "WHERE search_docid IN (SELECT search_docid FROM patients WHERE search_docid IN "
                     "(SELECT docid FROM patients_fts WHERE patients_fts MATCH ?) AND deleted_at IS NULL "
                     "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE LIMIT ? OFFSET ?) "
                     "ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE",
                 match, limit, 0);
}

Result<std::int64_t> PatientRepository::count() {
    return m_db.scalar("SELECT count(*) FROM patients WHERE deleted_at IS NULL");
}

} // namespace clinicdesk
