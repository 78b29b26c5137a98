// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/Journal.h"

namespace clinicdesk {

Status Journal::recordWrite(const QString& table, const QString& entity, const QString& id, ChangeFeed::Op op,
                            const QString& detail) {
    const QString action = op == ChangeFeed::Op::Insert   ? QStringLiteral("create")
                           : op == ChangeFeed::Op::Update ? QStringLiteral("update")
                                                          : QStringLiteral("delete");
    if (auto s = m_audit.append(m_session.user.id, action, entity, id, detail); !s) {
        return s;
    }
    return m_changes.record(table, id, op);
}

Status Journal::recordWrite(const QString& action, const QString& table, const QString& entity, const QString& id,
                            ChangeFeed::Op op, const QString& detail) {
    if (auto s = m_audit.append(m_session.user.id, action, entity, id, detail); !s) {
        return s;
    }
    return m_changes.record(table, id, op);
}

Status Journal::audit(const QString& action, const QString& entity, const QString& id, const QString& detail) {
    return m_audit.append(m_session.user.id, action, entity, id, detail);
}

} // namespace clinicdesk
