// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/EgressRepository.h"

#include "domain/AccessPolicy.h"
#include "util/Clock.h"

namespace clinicdesk {

Status EgressRepository::record(const EgressEntry& e) {
    auto stmt = m_db.prepare("INSERT INTO egress_log (id, at, user_id, job_id, host, provider, model, purpose, "
                             "bytes_sent, bytes_received, http_status, request_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(Clock::newId(), e.at != 0 ? e.at : Clock::nowMs(), e.userId.isEmpty() ? m_session.user.id : e.userId,
                  e.jobId, e.host, e.provider, e.model, e.purpose, e.bytesSent, e.bytesReceived, e.httpStatus,
                  e.requestId);
    // Absent values are NULL, not 0 or ''.
    if (e.jobId.isEmpty()) {
        stmt->bindNull(4);
    }
    if (e.httpStatus == 0) {
        stmt->bindNull(11);
    }
    if (e.requestId.isEmpty()) {
        stmt->bindNull(12);
    }
    return stmt->run();
}

Result<std::vector<EgressEntry>> EgressRepository::list(int limit) {
    // Admins see every user's requests; others their own.
    const bool everyone = AccessPolicy::allows(m_session.user.role, Permission::ManageUsers);
    auto stmt =
        m_db.prepare("SELECT e.id, e.at, coalesce(e.user_id, ''), coalesce(u.name, ''), coalesce(e.job_id, ''), "
                     "e.host, e.provider, coalesce(e.model, ''), e.purpose, e.bytes_sent, e.bytes_received, "
                     "coalesce(e.http_status, 0), coalesce(e.request_id, '') "
                     "FROM egress_log e LEFT JOIN users u ON u.id = e.user_id "
                     "WHERE (? OR e.user_id = ?) ORDER BY e.at DESC, e.rowid DESC LIMIT ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(everyone ? 1 : 0, m_session.user.id, limit);
    return stmt->collect([&] {
        EgressEntry e;
        e.id = stmt->text(0);
        e.at = stmt->int64(1);
        e.userId = stmt->text(2);
        e.userName = stmt->text(3);
        e.jobId = stmt->text(4);
        e.host = stmt->text(5);
        e.provider = stmt->text(6);
        e.model = stmt->text(7);
        e.purpose = stmt->text(8);
        e.bytesSent = stmt->int64(9);
        e.bytesReceived = stmt->int64(10);
        e.httpStatus = static_cast<int>(stmt->int64(11));
        e.requestId = stmt->text(12);
        return e;
    });
}

} // namespace clinicdesk
