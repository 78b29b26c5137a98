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
    auto stmt = m_db.prepare(
        "INSERT INTO changes (seq, tbl, record_id, op, device_id, client_seq, at) "
        "SELECT next, ?, ?, ?, ?, next, ? FROM (SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = "
        "'changes'), 0), coalesce((SELECT max(seq) FROM changes), 0)) + 1 AS next)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(table, recordId, opName, m_deviceId);
    stmt->bind(5, Clock::nowMs());
    return stmt->run();
}

} // namespace clinicdesk
