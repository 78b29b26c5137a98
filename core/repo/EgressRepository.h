// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// One request that left this computer. Never its content: where it went, why, how much.
struct EgressEntry {
    QString id;
    std::int64_t at = 0;
    QString userId;
    QString userName;
    QString jobId;
    QString host;
    QString provider;
    QString model;
    QString purpose; // transcription | notes | summary | test-connection
    std::int64_t bytesSent = 0;
    std::int64_t bytesReceived = 0;
    int httpStatus = 0; // 0: no answer
    QString requestId;  // x-request-id, what the provider's support asks for
};

// The only code that writes SQL for `egress_log` ("What left this computer").
class EgressRepository {
    Q_DECLARE_TR_FUNCTIONS(EgressRepository)
public:
    EgressRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Status record(const EgressEntry& entry);
    // Newest first.
    [[nodiscard]] Result<std::vector<EgressEntry>> list(int limit = 1000);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
