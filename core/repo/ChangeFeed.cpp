// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/ChangeFeed.h"

#include "util/Clock.h"

namespace clinicdesk {

Status ChangeFeed::record(const QString& table, const QString& recordId, Op op) {
    const QString opName = op == Op::Insert   ? QStringLiteral("insert")
                           : op == Op::Update ? QStringLiteral("update")
                                              : QStringLiteral("delete");
    // client_seq is the row's own seq, chosen here rather than by SQLite so that both are one number.
    // seq is AUTOINCREMENT (sqlite_sequence keeps the highest ever used), so it is never reused, even
    // after rows are pruned, and it is above every earlier client_seq of every device: before schema
    // v3, client_seq counted one device's rows and seq counted all of them. One number means no index
    // on (device_id, client_seq) to write, and encrypt, on every change (docs/PERFORMANCE.md).
    auto next = m_db.scalar("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'changes'), 0), "
                            "coalesce((SELECT max(seq) FROM changes), 0)) + 1");
    if (!next) {
        return std::unexpected(next.error());
    }
    // INSERT ... VALUES, not INSERT ... SELECT: a single-row insert needs no statement journal, and
    // SQLCipher 3.4 encrypts every page it puts in one (docs/PERFORMANCE.md).
    auto stmt = m_db.prepare("INSERT INTO changes (seq, tbl, record_id, op, device_id, client_seq, at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?1, ?6)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, *next);
    stmt->bind(2, table);
    stmt->bind(3, recordId);
    stmt->bind(4, opName);
    stmt->bind(5, m_deviceId);
    stmt->bind(6, Clock::nowMs());
    return stmt->run();
}

} // namespace clinicdesk
