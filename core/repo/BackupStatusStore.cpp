// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/BackupStatusStore.h"

#include "domain/AccessPolicy.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace clinicdesk {

namespace {

QString key() {
    return QString::fromLatin1(BackupStatusStore::kSettingsKey);
}

} // namespace

Result<std::optional<VerifiedBackup>> BackupStatusStore::load() {
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(key());
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return std::optional<VerifiedBackup>();
    }
    const QJsonObject json = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
    VerifiedBackup backup;
    backup.createdAt = json.value(QStringLiteral("created_at")).toInteger();
    backup.verifiedAt = json.value(QStringLiteral("verified_at")).toInteger();
    backup.fileName = json.value(QStringLiteral("file")).toString();
    backup.verifiedBy = json.value(QStringLiteral("verified_by")).toString();
    if (backup.createdAt <= 0) {
        // Unreadable: as if none was recorded, so the status bar asks for a backup.
        return std::optional<VerifiedBackup>();
    }
    return std::optional<VerifiedBackup>(backup);
}

Result<VerifiedBackup> BackupStatusStore::recordVerified(const BackupReport& report, const QString& fileName) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::Backup); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare("SELECT value FROM local_state WHERE key = 'vault_id'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || stmt->text(0) != report.vaultId) {
        return fail(ErrorCode::InvalidInput, tr("This backup belongs to another vault; it is not recorded here."),
                    QStringLiteral("verified backup of another vault"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto current = load();
    if (!current) {
        return std::unexpected(current.error());
    }
    if (*current && (*current)->createdAt > report.createdAt) {
        return **current;
    }
    VerifiedBackup backup;
    backup.createdAt = report.createdAt;
    backup.verifiedAt = Clock::nowMs();
    backup.fileName = fileName;
    backup.verifiedBy = m_session.user.id;
    const QJsonObject json{{QStringLiteral("created_at"), qint64(backup.createdAt)},
                           {QStringLiteral("verified_at"), qint64(backup.verifiedAt)},
                           {QStringLiteral("file"), backup.fileName},
                           {QStringLiteral("verified_by"), backup.verifiedBy}};
    auto existing = m_db.scalar("SELECT count(*) FROM settings WHERE key = ?", key());
    if (!existing) {
        return std::unexpected(existing.error());
    }
    auto write =
        m_db.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)");
    if (!write) {
        return std::unexpected(write.error());
    }
    write->bindAll(key(), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)), backup.verifiedAt,
                   m_session.user.id);
    if (auto s = write->run(); !s) {
        return std::unexpected(s.error());
    }
    const QString made = QDateTime::fromMSecsSinceEpoch(report.createdAt, QTimeZone::utc()).toString(Qt::ISODate);
    if (auto s =
            Journal(m_db, m_session)
                .recordWrite(QStringLiteral("backup_verified"), QStringLiteral("settings"), QStringLiteral("settings"),
                             key(), *existing > 0 ? ChangeFeed::Op::Update : ChangeFeed::Op::Insert,
                             QStringLiteral("made=%1").arg(made));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return backup;
}

} // namespace clinicdesk
