#pragma once

#include "audit/AuditEntry.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace clinicdesk {

struct AuditHead {
    std::int64_t seq = 0;
    QString hash;
};

struct AuditVerifyReport {
    bool ok = true;
    std::int64_t entries = 0;
    std::int64_t firstBadSeq = 0; // 0 when ok
    QString problem;              // translated sentence saying what and where
};

// The hash-chained, append-only audit log. Each entry's hash is SHA-256 over
// the previous entry's hash and this entry's fields; verify() recomputes the
// chain and compares its head with the anchor kept outside the database.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    static constexpr const char* kGenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    explicit AuditLog(Database& db)
        : m_db(db) {}

    // Appends an entry. Call inside the transaction of the write it records.
    [[nodiscard]] Status append(const QString& userId, const QString& action, const QString& entity,
                                const QString& entityId, const QString& detail = {});
    [[nodiscard]] Result<AuditHead> head();
    [[nodiscard]] Result<std::vector<AuditEntry>> list(std::int64_t limit = 100, std::int64_t beforeSeq = 0);
    [[nodiscard]] Result<AuditVerifyReport> verify(const std::optional<AuditHead>& anchor);

    [[nodiscard]] static QString computeHash(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace clinicdesk
