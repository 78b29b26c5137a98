// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/UsageRepository.h"

#include "domain/AccessPolicy.h"
#include "util/Clock.h"

#include <QDateTime>

namespace clinicdesk {

std::pair<std::int64_t, std::int64_t> UsageRepository::monthRange(const QDate& month) {
    const QDate first(month.year(), month.month(), 1);
    const QDate next = first.addMonths(1);
    return {QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch(), QDateTime(next, QTime(0, 0)).toMSecsSinceEpoch()};
}

Status UsageRepository::record(const UsageEntry& e) {
    auto stmt = m_db.prepare("INSERT INTO usage (id, at, user_id, job_id, task, provider, model, audio_ms, "
                             "input_tokens, output_tokens, bytes_sent, cost_micro, currency) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(Clock::newId(), Clock::nowMs(), e.userId.isEmpty() ? m_session.user.id : e.userId, e.jobId, e.task,
                  e.provider, e.model, e.audioMs, e.inputTokens, e.outputTokens, e.bytesSent, e.costMicro, e.currency);
    return stmt->run();
}

Result<std::vector<UsageTotal>> UsageRepository::monthTotals(const QDate& month) {
    const auto [from, to] = monthRange(month);
    const bool everyone = AccessPolicy::allows(m_session.user.role, Permission::ManageUsers);
    auto stmt = m_db.prepare(
        "SELECT u.user_id, coalesce(us.name, ''), u.model, count(*), sum(u.audio_ms), sum(u.input_tokens), "
        "sum(u.output_tokens), sum(u.bytes_sent), sum(u.cost_micro), max(u.currency) "
        "FROM usage u LEFT JOIN users us ON us.id = u.user_id "
        "WHERE u.at >= ? AND u.at < ? AND (? OR u.user_id = ?) "
        "GROUP BY u.user_id, u.model ORDER BY us.name, u.model");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(from, to, everyone ? 1 : 0, m_session.user.id);
    return stmt->collect([&] {
        UsageTotal t;
        t.userId = stmt->text(0);
        t.userName = stmt->text(1);
        t.model = stmt->text(2);
        t.requests = stmt->int64(3);
        t.audioMs = stmt->int64(4);
        t.inputTokens = stmt->int64(5);
        t.outputTokens = stmt->int64(6);
        t.bytesSent = stmt->int64(7);
        t.costMicro = stmt->int64(8);
        t.currency = stmt->text(9);
        return t;
    });
}

Result<std::int64_t> UsageRepository::spentMicro(const QString& userId, const QDate& month) {
    const auto [from, to] = monthRange(month);
    auto stmt = m_db.prepare("SELECT coalesce(sum(cost_micro), 0) FROM usage WHERE user_id = ? AND at >= ? AND at < ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(userId, from, to);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->int64(0) : 0;
}

} // namespace clinicdesk
