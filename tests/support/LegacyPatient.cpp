// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "LegacyPatient.h"

#include "Checks.h"

#include <QStringList>
#include <QTest>

namespace clinicdesk::test {

namespace {

QString digitsOf(const QString& text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

std::optional<QString> orNull(const QString& text) {
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

} // namespace

void insertLegacyPatient(Database& db, const LegacyPatient& patient) {
    auto row = db.prepare("INSERT INTO patients (id, search_docid, first_name, last_name, national_id, "
                          "national_id_kind, phone, created_at, updated_at, created_by, updated_by) "
                          "VALUES (?,?,?,?,?,?,?,1700000000000,1700000000000,'u1','u1')");
    CHECK_OK(row);
    row->bindAll(patient.id, patient.searchDocid, patient.firstName, patient.lastName, orNull(patient.nationalId),
                 orNull(patient.nationalIdKind), orNull(patient.phone));
    CHECK_OK(row->run());

    // The index tokens as those versions wrote them: the id as typed and its digits (a Swedish
    // personnummer also without the century, with and without its dash), the phone and its digits.
    QStringList idTokens;
    if (!patient.nationalId.isEmpty()) {
        const QString digits = digitsOf(patient.nationalId);
        idTokens << patient.nationalId << digits;
        if (patient.nationalIdKind.startsWith(QLatin1String("se_")) && digits.size() == 12) {
            idTokens << digits.mid(2) << digits.mid(2, 6) + QLatin1Char('-') + digits.mid(8);
        }
    }
    QStringList phoneTokens;
    if (!patient.phone.isEmpty()) {
        phoneTokens << patient.phone << digitsOf(patient.phone);
    }
    auto index = db.prepare("INSERT INTO patients_fts (docid, name, national_id, phone, email) VALUES (?,?,?,?,'')");
    CHECK_OK(index);
    index->bindAll(patient.searchDocid, patient.firstName + QLatin1Char(' ') + patient.lastName,
                   idTokens.join(QLatin1Char(' ')), phoneTokens.join(QLatin1Char(' ')));
    CHECK_OK(index->run());
}

} // namespace clinicdesk::test
