// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/Backup.h"

#include "audit/AuditAnchor.h"
#include "domain/AccessPolicy.h"
#include "repo/PatientRepository.h"
#include "session/VaultSession.h"
#include "storage/BackupReader.h"
#include "storage/BackupTag.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <nlohmann/json.hpp>
#include <optional>
#include <sqlite3.h>

namespace clinicdesk {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr int kPagesPerStep = 256;

QByteArray u32(std::uint32_t value) {
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QString native(const QString& path) {
    return QDir::toNativeSeparators(path);
}

// Appends one audit entry in a transaction of its own. Other connections may be writing; a busy
// vault gets a few more chances than one busy timeout.
Status auditBackup(Database& db, const Session& session, const QString& action, const QString& vaultId,
                   const QString& detail = {}) {
    std::optional<Transaction> tx;
    for (int attempt = 1; !tx; ++attempt) {
        auto begun = Transaction::begin(db);
        if (begun) {
            tx.emplace(std::move(*begun));
        } else if (begun.error().code != ErrorCode::Database || attempt == 4) {
            return std::unexpected(begun.error());
        }
    }
    if (auto s = AuditLog(db).append(session.user.id, action, QStringLiteral("vault"), vaultId, detail); !s) {
        return s;
    }
    return tx->commit();
}

Error cancelledBackup() {
    return Error{ErrorCode::Cancelled, Backup::tr("The backup was cancelled; no file was written."),
                 QStringLiteral("backup cancelled")};
}

// The key envelopes for the header: keys.json as it is on disk (written atomically, so another
// thread adding a user at this moment leaves the old or the new file), without the keychain
// envelopes, which belong to this computer and not to a backup.
Result<nlohmann::json> headerKeys(const QString& vaultDir) {
    auto keys = KeyFile::load(QDir(vaultDir).filePath(QLatin1String(Vault::kKeysFile)));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    nlohmann::json json = nlohmann::json::parse(keys->toBytes().toStdString());
    auto& envelopes = json["envelopes"];
    envelopes.erase(
        std::remove_if(envelopes.begin(), envelopes.end(),
                       [](const nlohmann::json& e) { return e.value("kind", std::string()) == "keychain"; }),
        envelopes.end());
    return json;
}

// Copies the database through `source` into `copyPath` as one consistent snapshot (one read
// transaction for the whole copy while other connections keep writing). Returns the audit head the
// snapshot holds.
Result<AuditHead> copyDatabase(Database& source, const SecureBytes& key, const QString& copyPath,
                               const BackupControl& control) {
    auto target = Database::open(copyPath, key, Database::Mode::CreateNew);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (auto s = source.exec("BEGIN"); !s) {
        return std::unexpected(s.error());
    }
    auto head = AuditLog(source).head();
    if (!head) {
        (void)source.exec("COMMIT");
        return std::unexpected(head.error());
    }
    sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", source.handle(), "main");
    if (backup == nullptr) {
        (void)source.exec("COMMIT");
        return std::unexpected(Database::errorFrom(target->handle(), sqlite3_errcode(target->handle()), "backup_init"));
    }
    int rc = SQLITE_OK;
    bool stopped = false;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (control.cancelled()) {
            stopped = true;
            break;
        }
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        control.report(BackupStep::Copying, total - sqlite3_backup_remaining(backup), total);
    }
    sqlite3_backup_finish(backup);
    (void)source.exec("COMMIT");
    if (stopped) {
        return std::unexpected(cancelledBackup());
    }
    if (rc != SQLITE_DONE) {
        return std::unexpected(Database::errorFrom(target->handle(), rc, "backup_step"));
    }
    if (auto s = target->exec("PRAGMA journal_mode = DELETE"); !s) {
        return std::unexpected(s.error());
    }
    return head;
}

Result<BackupReport> checkedCopy(const BackupReader& reader, const BackupControl& control) {
    QTemporaryDir work;
    if (!work.isValid()) {
        return fail(ErrorCode::Io, Backup::tr("No temporary folder is available to check the backup."),
                    work.errorString());
    }
    const QString dbPath = work.filePath(QStringLiteral("check.db"));
    if (auto s = reader.extractDatabase(dbPath, control); !s) {
        return std::unexpected(s.error());
    }
    return reader.checkDatabase(dbPath, false, control);
}

} // namespace

Result<BackupReport> Backup::create(VaultSession& session, const QString& outPath, const BackupControl& control) {
    Vault& vault = session.vault();
    return create(BackupSource{session.db(), session.session(), vault.dir(), vault.vaultId(), vault.databaseKey()},
                  outPath, control);
}

Result<BackupReport> Backup::create(const BackupSource& source, const QString& outPath, const BackupControl& control) {
    if (auto s = AccessPolicy::require(source.session.user, Permission::Backup); !s) {
        return std::unexpected(s.error());
    }
    if (QFileInfo::exists(outPath)) {
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists; choose a new file name.").arg(native(outPath)),
                    QStringLiteral("backup target exists"));
    }
    // Opened first, so a folder that cannot be written is refused before anything else happens. Until
    // commit() the bytes go to a temporary file beside it, removed if the backup fails or is cancelled.
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    tr("ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to, such as a USB "
                       "drive or a network share.")
                        .arg(native(QFileInfo(outPath).absolutePath()), out.errorString()),
                    QStringLiteral("backup target not writable: ") + out.errorString());
    }
    auto keys = headerKeys(source.vaultDir);
    if (!keys) {
        return std::unexpected(keys.error());
    }
    // Audited first, so the backup carries its own entry.
    if (auto s = auditBackup(source.db, source.session, QStringLiteral("backup"), source.vaultId); !s) {
        return std::unexpected(s.error());
    }
    const auto cancelled = [&]() -> Result<BackupReport> {
        out.cancelWriting();
        if (auto s = auditBackup(source.db, source.session, QStringLiteral("backup_cancelled"), source.vaultId); !s) {
            qCWarning(lcBackup) << "could not audit the cancelled backup:" << s.error().detail;
        }
        qCInfo(lcBackup) << "backup cancelled";
        return std::unexpected(cancelledBackup());
    };
    QTemporaryDir work;
    if (!work.isValid()) {
        return fail(ErrorCode::Io, tr("No temporary folder is available for the backup."), work.errorString());
    }
    const QString copyPath = work.filePath(QStringLiteral("copy.db"));
    const std::int64_t createdAt = Clock::nowMs();
    auto head = copyDatabase(source.db, source.databaseKey, copyPath, control);
    if (!head) {
        if (head.error().code == ErrorCode::Cancelled) {
            return cancelled();
        }
        return std::unexpected(head.error());
    }
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The backup copy could not be read."), copy.errorString());
    }
    nlohmann::json header = {{"format", "clinicdesk-backup"},
                             {"vault_id", source.vaultId.toStdString()},
                             {"created_at", createdAt},
                             {"schema", Migrator::latestVersion()},
                             {"db_size", copy.size()},
                             {"audit_seq", head->seq},
                             {"audit_hash", head->hash.toStdString()}};
    header["keys"] = std::move(*keys);
    const QByteArray headerBytes = QByteArray::fromStdString(header.dump());

    BackupTag tagger(source.databaseKey);
    const auto put = [&](const QByteArray& bytes) {
        tagger.add(bytes);
        return out.write(bytes) == bytes.size();
    };
    const qint64 total = copy.size();
    bool ok = put(QByteArray(BackupReader::kMagic, 8)) && put(u32(kFormatVersion)) &&
              put(u32(static_cast<std::uint32_t>(headerBytes.size()))) && put(headerBytes);
    control.report(BackupStep::Writing, 0, total);
    while (ok && !copy.atEnd()) {
        if (control.cancelled()) {
            return cancelled();
        }
        ok = put(copy.read(kChunk));
        control.report(BackupStep::Writing, copy.pos(), total);
    }
    const QByteArray tag = tagger.finish();
    ok = ok && out.write(tag) == tag.size();
    if (ok && control.cancelled()) {
        return cancelled();
    }
    if (!ok || !out.commit()) {
        return fail(ErrorCode::Io, tr("The backup file could not be written: %1").arg(out.errorString()),
                    out.errorString());
    }
    qCInfo(lcBackup) << "backup written," << copy.size() << "database bytes";
    BackupReport report;
    report.vaultId = source.vaultId;
    report.createdAt = createdAt;
    report.databaseBytes = copy.size();
    report.auditEntries = head->seq;
    if (auto patients = PatientRepository(source.db, source.session).count()) {
        report.patients = *patients;
    }
    return report;
}

Result<BackupHeader> Backup::inspect(const QString& path) {
    return BackupReader::readHeader(path);
}

Result<BackupReport> Backup::verify(const QString& path, const QString& userName, const SecureBytes& password,
                                    const BackupControl& control) {
    auto reader = BackupReader::open(path, userName, password, control);
    if (!reader) {
        return std::unexpected(reader.error());
    }
    return checkedCopy(*reader, control);
}

Result<BackupReport> Backup::verifyWithKey(const QString& path, const QString& vaultId, const SecureBytes& databaseKey,
                                           const BackupControl& control) {
    auto reader = BackupReader::openWithKey(path, vaultId, databaseKey, control);
    if (!reader) {
        return std::unexpected(reader.error());
    }
    return checkedCopy(*reader, control);
}

Status Backup::checkRestoreTarget(const QString& toDir) {
    if (toDir.trimmed().isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("Choose a folder for the restored vault."),
                    QStringLiteral("restore target empty"));
    }
    const QFileInfo info(toDir);
    if (info.exists() && !info.isDir()) {
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 is a file, not a folder. Restore into a new or empty folder.").arg(native(toDir)),
                    QStringLiteral("restore target is a file"));
    }
    if (info.isDir() && !QDir(toDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return fail(ErrorCode::AlreadyExists,
                    tr("The folder %1 is not empty. Restore into a new or empty folder.").arg(native(toDir)),
                    QStringLiteral("restore target not empty"));
    }
    // The restored vault is made beside the target and moved into place: the nearest folder that
    // exists must be one that can be written.
    QString existing = info.absoluteFilePath();
    while (!QFileInfo::exists(existing)) {
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing) {
            break;
        }
        existing = parent;
    }
    const QFileInfo base(existing);
    if (!base.isDir() || !base.isWritable()) {
        return fail(
            ErrorCode::Io,
            tr("ClinicDesk cannot create or write the folder %1. Choose a folder you may write to.").arg(native(toDir)),
            QStringLiteral("restore target not writable"));
    }
    return {};
}

Result<BackupReport> Backup::restore(const QString& path, const QString& userName, const SecureBytes& password,
                                     const QString& toDir, const BackupControl& control) {
    if (auto s = checkRestoreTarget(toDir); !s) {
        return std::unexpected(s.error());
    }
    auto reader = BackupReader::open(path, userName, password, control);
    if (!reader) {
        return std::unexpected(reader.error());
    }
    // Extract and check inside a staging folder next to the target, then move into place, so a failed
    // or cancelled restore leaves nothing behind.
    const QFileInfo targetInfo(toDir);
    const QString staging =
        QDir(targetInfo.absolutePath())
            .filePath(QStringLiteral(".%1.restoring-%2").arg(targetInfo.fileName(), Clock::newId()));
    // mkdir, not mkpath: it fails when the folder is already there, so the clean-up below only ever
    // removes a folder this restore created (never one planted under that name, or a link to another).
    if (!QDir().mkpath(targetInfo.absolutePath()) || !QDir().mkdir(staging)) {
        return fail(
            ErrorCode::Io,
            tr("ClinicDesk cannot create or write the folder %1. Choose a folder you may write to.").arg(native(toDir)),
            QStringLiteral("mkpath staging"));
    }
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto failed = [&staging](Error error) -> Result<BackupReport> {
        QDir(staging).removeRecursively();
        return std::unexpected(std::move(error));
    };
    const QString dbPath = QDir(staging).filePath(QLatin1String(Vault::kDatabaseFile));
    if (auto s = reader->extractDatabase(dbPath, control); !s) {
        return failed(s.error());
    }
    auto report = reader->checkDatabase(dbPath, true, control);
    if (!report) {
        return failed(report.error());
    }
    if (control.cancelled()) {
        return failed(Error{ErrorCode::Cancelled, tr("The restore was cancelled; nothing was written."),
                            QStringLiteral("restore cancelled")});
    }
    control.report(BackupStep::Restoring);
    {
        // A restored vault is a new installation: new device id, so its change feed never collides
        // with the original's client_seq numbers.
        auto db = Database::open(dbPath, reader->databaseKey(), Database::Mode::OpenExisting);
        if (!db) {
            return failed(db.error());
        }
        auto stmt = db->prepare("UPDATE local_state SET value = ? WHERE key = 'device_id'");
        if (!stmt) {
            return failed(stmt.error());
        }
        stmt->bind(1, Clock::newId());
        if (auto s = stmt->run(); !s) {
            return failed(s.error());
        }
        if (auto s = AuditLog(*db).append(reader->userId(), QStringLiteral("restore"), QStringLiteral("vault"),
                                          reader->keys().vaultId, QStringLiteral("restored from a backup"));
            !s) {
            return failed(s.error());
        }
        auto head = AuditLog(*db).head();
        if (!head || !AuditAnchor::write(staging, reader->keys().vaultId, *head, reader->databaseKey())) {
            return failed(
                Error{ErrorCode::Io, tr("The restored vault could not be finished."), QStringLiteral("anchor")});
        }
        (void)db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    if (auto s = reader->keys().save(QDir(staging).filePath(QLatin1String(Vault::kKeysFile))); !s) {
        return failed(s.error());
    }
    // The restored vault is the clinic's patient data: owner-only, like the folder (SQLite creates its
    // files with the process's umask, often readable by every local user).
    for (const QFileInfo& file : QDir(staging).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile::setPermissions(file.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    }
    if (targetInfo.exists()) {
        QDir().rmdir(toDir);
    }
    if (!QDir().rename(staging, toDir)) {
        return failed(Error{ErrorCode::Io, tr("The restored vault could not be moved to %1.").arg(native(toDir)),
                            QStringLiteral("rename staging")});
    }
    qCInfo(lcBackup) << "backup restored";
    return report;
}

} // namespace clinicdesk
