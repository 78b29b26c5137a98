// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/PatientRepository.h"

#include "domain/AccessPolicy.h"
#include "domain/NationalId.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/Journal.h"
#include "repo/PatientMerge.h"
#include "repo/PatientValidator.h"
#include "repo/Tombstone.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Digits.h"

#include <QRegularExpression>

namespace clinicdesk {

namespace {

const char* const kColumns = "SELECT id, first_name, last_name, date_of_birth, national_id, national_id_kind, phone, "
                             "email, address, clinical_notes, created_at, updated_at, rev, alerts FROM patients ";

} // namespace

Result<Patient> PatientRepository::validate(const PatientDraft& draft, QDate today) {
    Patient patient;
    if (auto s = PatientValidator::check(draft, today, patient, nullptr); !s) {
        return std::unexpected(s.error());
    }
    return patient;
}

std::vector<PatientProblem> PatientRepository::problems(const PatientDraft& draft, QDate today) {
    Patient patient;
    std::vector<PatientProblem> found;
    (void)PatientValidator::check(draft, today, patient, &found);
    return found;
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
    if ((draft.clinicalNotes && !draft.clinicalNotes->trimmed().isEmpty()) ||
        (draft.alerts && !draft.alerts->trimmed().isEmpty())) {
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
    auto stmt =
        m_db.prepare("INSERT INTO patients (id, search_docid, first_name, last_name, date_of_birth, "
                     "national_id, national_id_kind, phone, email, address, clinical_notes, alerts, "
                     "created_at, updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const std::optional<QString> dob =
        patient->dateOfBirth ? std::optional<QString>(patient->dateOfBirth->toString(Qt::ISODate)) : std::nullopt;
    stmt->bindAll(patient->id, *docid, patient->firstName, patient->lastName, dob, patient->nationalId,
                  patient->nationalIdKind, patient->phone, patient->email, patient->address, patient->clinicalNotes,
                  patient->alerts, patient->createdAt, patient->updatedAt, m_session.user.id, m_session.user.id);
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
        patient->alerts.reset();
    } else if (!patient->alerts) {
        patient->alerts = QString();
    }
    return PatientSaved{*patient, duplicates};
}

Result<PatientSaved> PatientRepository::update(const QString& id, const PatientDraft& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteDemographics); !s) {
        return std::unexpected(s.error());
    }
    if (draft.clinicalNotes || draft.alerts) {
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
    auto existing = m_db.prepare("SELECT search_docid, clinical_notes, created_at, rev, alerts FROM patients WHERE "
                                 "id = ? AND deleted_at IS NULL");
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
    if (!draft.alerts) {
        patient->alerts = existing->optionalText(4);
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
                             "alerts = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    const std::optional<QString> dob =
        patient->dateOfBirth ? std::optional<QString>(patient->dateOfBirth->toString(Qt::ISODate)) : std::nullopt;
    stmt->bindAll(patient->firstName, patient->lastName, dob, patient->nationalId, patient->nationalIdKind,
                  patient->phone, patient->email, patient->address, patient->clinicalNotes, patient->alerts,
                  patient->updatedAt, m_session.user.id, id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = writeSearchIndex(docid, *patient, true); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("patients"), QStringLiteral("patient"), id, ChangeFeed::Op::Update,
                                     draft.clinicalNotes || draft.alerts ? QStringLiteral("clinical") : QString());
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    if (!mayReadClinical()) {
        patient->clinicalNotes.reset();
        patient->alerts.reset();
    } else if (!patient->alerts) {
        patient->alerts = QString();
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
            p.alerts = stmt->optionalText(13).value_or(QString());
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
        if (auto s = refuseMerged(id); !s) {
            return std::unexpected(s.error());
        }
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

Result<std::vector<Patient>> PatientRepository::namesOf(const QStringList& ids) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadDemographics); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare("SELECT id, first_name, last_name, date_of_birth FROM patients WHERE id = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::vector<Patient> found;
    for (const QString& id : ids) {
        stmt->reset();
        stmt->bind(1, id);
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (*row) {
            Patient p;
            p.id = stmt->text(0);
            p.firstName = stmt->text(1);
            p.lastName = stmt->text(2);
            if (auto dob = stmt->optionalText(3)) {
                p.dateOfBirth = QDate::fromString(*dob, Qt::ISODate);
            }
            found.push_back(std::move(p));
        }
    }
    stmt->reset();
    return found;
}

Result<std::vector<Patient>> PatientRepository::sameNationalId(const QString& nationalId, const QString& exceptId) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadDemographics); !s) {
        return std::unexpected(s.error());
    }
    auto parsed = NationalId::parse(nationalId.trimmed());
    if (!parsed) {
        return std::vector<Patient>();
    }
    auto ids = findSameNationalId(parsed->normalized(), exceptId);
    if (!ids) {
        return std::unexpected(ids.error());
    }
    return namesOf(*ids);
}

Result<std::optional<QString>> PatientRepository::mergedInto(const QString& id) {
    auto stmt = m_db.prepare("SELECT merged_into FROM patients WHERE id = ? AND merged_into IS NOT NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    std::optional<QString> kept = *row ? stmt->optionalText(0) : std::nullopt;
    stmt->reset();
    return kept;
}

Status PatientRepository::refuseMerged(const QString& id) {
    auto kept = mergedInto(id);
    if (!kept) {
        return std::unexpected(kept.error());
    }
    if (!*kept) {
        return {};
    }
    auto names = namesOf({**kept});
    const QString name = names && !names->empty() ? names->front().fullName() : QString();
    return fail(ErrorCode::NotFound,
                tr("This record was merged into the record of %1 (ID %2); open that one.").arg(name, **kept),
                QStringLiteral("patient merged"));
}

Result<PatientMergeReport> PatientRepository::merge(const QString& keepId, const QString& duplicateId) {
    return PatientMerge(m_db, m_session).run(keepId, duplicateId);
}

Result<std::int64_t> PatientRepository::count() {
    return m_db.scalar("SELECT count(*) FROM patients WHERE deleted_at IS NULL");
}

} // namespace clinicdesk
