// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditLog.h"
#include "domain/Session.h"
#include "repo/ChangeFeed.h"

namespace clinicdesk {

// What every repository write leaves behind, in the write's own transaction:
// an audit entry and (for synced tables) a change-feed row.
class Journal {
public:
    Journal(Database& db, const Session& session)
        : m_audit(db)
        , m_changes(db, session.deviceId)
        , m_session(session) {}

    [[nodiscard]] Status recordWrite(const QString& table, const QString& entity, const QString& id, ChangeFeed::Op op,
                                     const QString& detail = {});
    // The same with an action of its own ("disable", "role") instead of create/update/delete.
    [[nodiscard]] Status recordWrite(const QString& action, const QString& table, const QString& entity,
                                     const QString& id, ChangeFeed::Op op, const QString& detail);
    [[nodiscard]] Status audit(const QString& action, const QString& entity, const QString& id,
                               const QString& detail = {});

private:
    AuditLog m_audit;
    ChangeFeed m_changes;
    const Session& m_session;
};

} // namespace clinicdesk
