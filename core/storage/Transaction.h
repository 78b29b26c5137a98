#pragma once

#include "storage/Database.h"

namespace clinicdesk {

// BEGIN IMMEDIATE ... COMMIT; rolls back when destroyed uncommitted, so an
// early return on error never leaves half a write behind.
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
    explicit Transaction(Database& db)
        : m_db(&db) {}
    Database* m_db = nullptr;
};

} // namespace clinicdesk
