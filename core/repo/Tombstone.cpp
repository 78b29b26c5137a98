// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/Tombstone.h"

#include "util/Clock.h"

#include <string>

namespace clinicdesk {

Result<bool> setTombstone(Database& db, std::string_view table, const QString& id, const QString& userId,
                          std::string_view condition) {
    std::string sql = "UPDATE ";
    sql.append(table).append(" SET deleted_at = ?1, updated_at = ?1, updated_by = ?2 WHERE id = ?3 AND "
                             "deleted_at IS NULL");
    if (!condition.empty()) {
        sql.append(" AND ").append(condition);
    }
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(Clock::nowMs(), userId, id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    return db.changes() > 0;
}

} // namespace clinicdesk
