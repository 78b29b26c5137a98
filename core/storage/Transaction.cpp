// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/Transaction.h"

#include <sqlite3.h>
#include <utility>

namespace clinicdesk {

Result<Transaction> Transaction::begin(Database& db) {
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    if (auto s = db.exec(nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE"); !s) {
        return std::unexpected(s.error());
    }
    return Transaction(db, nested);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested) {}

Transaction::~Transaction() {
    if (m_db != nullptr) {
        if (m_nested) {
            (void)m_db->exec("ROLLBACK TO nested");
            (void)m_db->exec("RELEASE nested");
        } else {
            (void)m_db->exec("ROLLBACK");
        }
    }
}

Status Transaction::commit() {
    auto s = m_db->exec(m_nested ? "RELEASE nested" : "COMMIT");
    if (s) {
        m_db = nullptr;
    }
    return s;
}

} // namespace clinicdesk
