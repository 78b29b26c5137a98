// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "storage/Database.h"

namespace clinicdesk {

// The local change feed (table `changes`): one row per write, in the same
// transaction, with the device id and a monotonically increasing client_seq
// (equal to the row's seq since schema v3), so sync can push exactly once (see
// SYNC.md). Rows are pushed in seq order, so the unpushed ones are the seq
// range above the last pushed one.
class ChangeFeed {
public:
    enum class Op { Insert, Update, Delete };

    ChangeFeed(Database& db, QString deviceId)
        : m_db(db)
        , m_deviceId(std::move(deviceId)) {}
    [[nodiscard]] Status record(const QString& table, const QString& recordId, Op op);

private:
    Database& m_db;
    QString m_deviceId;
};

} // namespace clinicdesk
