// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace clinicdesk {

// One AI request's cost, as recorded in `usage`.
struct UsageEntry {
    QString userId; // whose request it was (empty: the session's user)
    QString jobId;
    QString task; // transcription | notes
    QString provider;
    QString model;
    std::int64_t audioMs = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    std::int64_t bytesSent = 0;
    std::int64_t costMicro = 0; // estimated, from the price table
    QString currency = QStringLiteral("USD");
};

// A month's totals for one user and model.
struct UsageTotal {
    QString userId;
    QString userName;
    QString model;
    std::int64_t requests = 0;
    std::int64_t audioMs = 0;
    std::int64_t inputTokens = 0;
    std::int64_t outputTokens = 0;
    std::int64_t bytesSent = 0;
    std::int64_t costMicro = 0;
    QString currency;
};

// The only code that writes SQL for `usage`: what AI requests cost, per user and month.
// Usage rows hold no patient data. Everyone sees their own usage; admins see everyone's.
class UsageRepository {
    Q_DECLARE_TR_FUNCTIONS(UsageRepository)
public:
    UsageRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Status record(const UsageEntry& entry);
    // Totals per user and model for the calendar month (local time) containing `month`.
    [[nodiscard]] Result<std::vector<UsageTotal>> monthTotals(const QDate& month);
    // What `userId` has spent in the month containing `month` (micro-units).
    [[nodiscard]] Result<std::int64_t> spentMicro(const QString& userId, const QDate& month);

    // [start, end) of the month containing `month`, in UTC ms (the month is local time).
    [[nodiscard]] static std::pair<std::int64_t, std::int64_t> monthRange(const QDate& month);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
