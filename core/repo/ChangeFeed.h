#pragma once

#include "storage/Database.h"

namespace clinicdesk {

// The local change feed (table `changes`): one row per write, in the same
// transaction, with the device id and a monotonically increasing client_seq,
// so sync can push exactly once (see SYNC.md).
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
