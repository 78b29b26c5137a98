// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/AuditService.h"

#include "async/VaultWorker.h"
#include "domain/AccessPolicy.h"
#include "export/AuditCsvExporter.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"
#include "session/VaultSession.h"

#include <QDateTime>
#include <QPointer>

namespace clinicdesk {

namespace {

constexpr qint64 kProgressIntervalMs = 100;

Status mayRead(const VaultScope& vault) {
    return AccessPolicy::require(vault.session.user, Permission::ReadAudit);
}

} // namespace

AuditService::AuditService(VaultWorker& vault, VaultWorker& longTasks, std::weak_ptr<VaultSession> session,
                           QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_longTasks(longTasks)
    , m_session(std::move(session)) {
    if (const auto signedIn = m_session.lock()) {
        m_vaultId = signedIn->vault().vaultId();
        m_vaultDir = signedIn->vault().dir();
    }
}

void AuditService::facets(QObject* context, std::function<void(Result<Facets>)> done) {
    m_vault.post(
        context,
        [](VaultScope& vault) -> Result<Facets> {
            if (auto s = mayRead(vault); !s) {
                return std::unexpected(s.error());
            }
            auto users = UserRepository(vault.db, vault.session).list();
            if (!users) {
                return logFailure(Result<Facets>(std::unexpected(users.error())), "listing users");
            }
            auto actions = AuditLog(vault.db).actions();
            if (!actions) {
                return logFailure(Result<Facets>(std::unexpected(actions.error())), "listing audit actions");
            }
            return Facets{std::move(*users), std::move(*actions)};
        },
        std::move(done));
}

void AuditService::firstPage(QObject* context, const AuditFilter& filter, int limit,
                             std::function<void(Result<std::vector<AuditEntry>>)> done) {
    m_vault.postLatest(
        context, m_pages,
        [filter, limit](VaultScope& vault) -> Result<std::vector<AuditEntry>> {
            if (auto s = mayRead(vault); !s) {
                return std::unexpected(s.error());
            }
            return logFailure(AuditLog(vault.db).list(filter, 0, limit), "reading the audit log");
        },
        std::move(done));
}

void AuditService::nextPage(QObject* context, const AuditFilter& filter, std::int64_t beforeSeq, int limit,
                            std::function<void(Result<std::vector<AuditEntry>>)> done) {
    // Same lane as the first page: a new filter drops the old filter's next page.
    m_vault.postLatest(
        context, m_pages,
        [filter, beforeSeq, limit](VaultScope& vault) -> Result<std::vector<AuditEntry>> {
            if (auto s = mayRead(vault); !s) {
                return std::unexpected(s.error());
            }
            return logFailure(AuditLog(vault.db).list(filter, beforeSeq, limit), "reading the audit log");
        },
        std::move(done));
}

void AuditService::count(QObject* context, const AuditFilter& filter, std::function<void(Result<std::int64_t>)> done) {
    m_vault.postLatest(
        context, m_counts,
        [filter](VaultScope& vault) -> Result<std::int64_t> {
            if (auto s = mayRead(vault); !s) {
                return std::unexpected(s.error());
            }
            return logFailure(AuditLog(vault.db).count(filter), "counting audit entries");
        },
        std::move(done));
}

AuditService::CancelFlag AuditService::exportCsv(QObject* context, const AuditFilter& filter, const QString& path,
                                                 std::function<void(std::int64_t, std::int64_t)> progress,
                                                 std::function<void(Result<std::int64_t>)> finished) {
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<QObject> guard(context);
    m_longTasks.post(
        context,
        [filter, path, cancel, guard, progress = std::move(progress)](VaultScope& vault) {
            qint64 lastMs = 0;
            const auto relay = [&](std::int64_t done, std::int64_t total) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (!progress || !guard || (now - lastMs < kProgressIntervalMs && done < total)) {
                    return;
                }
                lastMs = now;
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, progress, done, total] {
                        if (guard) {
                            progress(done, total);
                        }
                    },
                    Qt::QueuedConnection);
            };
            return logFailure(AuditCsvExporter::write(vault.db, vault.session, filter, path, relay, cancel.get()),
                              "exporting the audit log");
        },
        std::move(finished));
    return cancel;
}

void AuditService::verify(QObject* context, std::function<void(Result<Verified>)> done) {
    m_longTasks.post(
        context,
        [session = m_session, dir = m_vaultDir, vaultId = m_vaultId](VaultScope& vault) -> Result<Verified> {
            if (auto s = mayRead(vault); !s) {
                return std::unexpected(s.error());
            }
            const auto signedIn = session.lock();
            if (!signedIn) {
                return fail(ErrorCode::Locked, AuditService::tr("The vault is locked."),
                            QStringLiteral("session gone"));
            }
            auto head = AuditLog(vault.db).head();
            if (!head) {
                return std::unexpected(head.error());
            }
            auto report = Vault::verifyAuditOf(vault.db, dir, vaultId, signedIn->vault().databaseKey());
            if (!report) {
                return logFailure(Result<Verified>(std::unexpected(report.error())), "verifying the audit log");
            }
            return Verified{*report, head->seq};
        },
        std::move(done));
}

} // namespace clinicdesk
