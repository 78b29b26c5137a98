// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "audit/AuditLog.h"
#include "domain/User.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace clinicdesk {

class VaultSession;
class VaultWorker;

// The audit viewer asks here. Pages of the log (newest first, a few hundred entries each, read
// backwards along the primary key) and their count run on the vault worker; a new filter replaces the
// one before (LatestOnly), so typing in the filters never queues up old queries. The CSV export and
// the chain check read the whole log and run on the long-task worker. Administrators only (core's
// ReadAudit permission is checked in every call).
class AuditService : public QObject {
    Q_OBJECT
public:
    // What the filters offer.
    struct Facets {
        std::vector<User> users;
        QStringList actions;
    };
    // The chain check, and the anchor it was checked against.
    struct Verified {
        AuditVerifyReport report;
        std::int64_t head = 0; // the newest entry's sequence number
    };
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;

    AuditService(VaultWorker& vault, VaultWorker& longTasks, std::weak_ptr<VaultSession> session,
                 QObject* parent = nullptr);

    void facets(QObject* context, std::function<void(Result<Facets>)> done);
    // The first page of a filter: replaces any first page still on its way.
    void firstPage(QObject* context, const AuditFilter& filter, int limit,
                   std::function<void(Result<std::vector<AuditEntry>>)> done);
    // The next page of the same filter, older than `beforeSeq`; dropped if a new filter came since.
    void nextPage(QObject* context, const AuditFilter& filter, std::int64_t beforeSeq, int limit,
                  std::function<void(Result<std::vector<AuditEntry>>)> done);
    // How many entries match (after the first page, so the list shows first).
    void count(QObject* context, const AuditFilter& filter, std::function<void(Result<std::int64_t>)> done);
    CancelFlag exportCsv(QObject* context, const AuditFilter& filter, const QString& path,
                         std::function<void(std::int64_t done, std::int64_t total)> progress,
                         std::function<void(Result<std::int64_t>)> finished);
    // Recomputes the chain and checks its head against the anchor file.
    void verify(QObject* context, std::function<void(Result<Verified>)> done);

private:
    VaultWorker& m_vault;
    VaultWorker& m_longTasks;
    std::weak_ptr<VaultSession> m_session;
    QString m_vaultId;
    QString m_vaultDir;
    LatestOnly m_pages;
    LatestOnly m_counts;
};

} // namespace clinicdesk
