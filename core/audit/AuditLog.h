// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditFilter.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <functional>
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
    std::int64_t anchoredSeq = 0; // the entry the anchor names (0: no anchor was given)
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

    // The newest `limit` entries that match `filter`, older than `beforeSeq` (0: from the newest):
    // one page of the audit viewer, read backwards along the primary key. An entry is about a patient
    // when its entity is the patient, a record merged into it, or one of its appointments,
    // encounters, notes, recordings, transcripts, documents, payments or AI jobs.
    [[nodiscard]] Result<std::vector<AuditEntry>> list(const AuditFilter& filter, std::int64_t beforeSeq,
                                                       std::int64_t limit);
    [[nodiscard]] Result<std::int64_t> count(const AuditFilter& filter);
    // Every entry that matches, oldest first, one at a time; `visit` returns false to stop.
    [[nodiscard]] Status forEach(const AuditFilter& filter, const std::function<bool(const AuditEntry&)>& visit);
    // The actions that occur in the log, sorted.
    [[nodiscard]] Result<QStringList> actions();

    [[nodiscard]] static QString computeHash(const AuditEntry& entry);

private:
    Database& m_db;
};

} // namespace clinicdesk
