// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "storage/Database.h"

namespace clinicdesk {

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted, so an
// early return on error never leaves half a write behind. Begun inside another
// transaction on the same connection, it is a savepoint of that one: a repository
// write composes into a caller's transaction (a job's result and its `done` state).
class Transaction {
public:
    [[nodiscard]] static Result<Transaction> begin(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;

    [[nodiscard]] Status commit();

private:
    Transaction(Database& db, bool nested)
        : m_db(&db)
        , m_nested(nested) {}
    Database* m_db = nullptr;
    bool m_nested = false;
};

} // namespace clinicdesk
