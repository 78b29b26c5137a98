// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

// A patient row as schema v1 to v4 held it, written with plain SQL: the upgrade tests build old
// vault files without today's PatientRepository, whose columns (alerts, merged_into, ...) an old
// schema does not have. The row and its search-index entry are what those versions wrote.

#include "storage/Database.h"

#include <QString>

#include <cstdint>

namespace clinicdesk::test {

struct LegacyPatient {
    QString id;
    std::int64_t searchDocid = 0;
    QString firstName;
    QString lastName;
    QString nationalId;     // empty: none
    QString nationalIdKind; // e.g. "se_personnummer"; empty: none
    QString phone;          // empty: none
};

// Inserts the patient and its search-index entry, created by user "u1"; fails the running test
// when a statement fails.
void insertLegacyPatient(Database& db, const LegacyPatient& patient);

} // namespace clinicdesk::test
