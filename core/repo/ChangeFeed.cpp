#include "repo/ChangeFeed.h"

#include "util/Clock.h"

namespace clinicdesk {

Status ChangeFeed::record(const QString& table, const QString& recordId, Op op) {
    const QString opName = op == Op::Insert   ? QStringLiteral("insert")
                           : op == Op::Update ? QStringLiteral("update")
                                              : QStringLiteral("delete");
    auto stmt = m_db.prepare("INSERT INTO changes (tbl, record_id, op, device_id, client_seq, at) VALUES (?, ?, ?, ?, "
                             "(SELECT coalesce(max(client_seq), 0) + 1 FROM changes WHERE device_id = ?4), ?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(table, recordId, opName, m_deviceId);
    stmt->bind(5, Clock::nowMs());
    return stmt->run();
}

} // namespace clinicdesk
