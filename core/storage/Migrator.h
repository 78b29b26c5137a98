// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "storage/Database.h"

#include <QCoreApplication>

namespace clinicdesk {

// Applies the numbered SQL migrations in resources/migrations (NNNN_name.sql)
// in one transaction and records the version in PRAGMA user_version.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    [[nodiscard]] static int latestVersion();
    // Refuses, without writing anything, a database from a newer ClinicDesk.
    [[nodiscard]] static Status checkVersion(Database& db);
    [[nodiscard]] static Status migrate(Database& db);
};

} // namespace clinicdesk
