#include "storage/Transaction.h"

#include <utility>

namespace clinicdesk {

Result<Transaction> Transaction::begin(Database& db) {
    if (auto s = db.exec("BEGIN IMMEDIATE"); !s) {
        return std::unexpected(s.error());
    }
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)) {}

Transaction::~Transaction() {
    if (m_db != nullptr) {
        (void)m_db->exec("ROLLBACK");
    }
}

Status Transaction::commit() {
    auto s = m_db->exec("COMMIT");
    if (s) {
        m_db = nullptr;
    }
    return s;
}

} // namespace clinicdesk
