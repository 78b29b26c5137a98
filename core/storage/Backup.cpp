#include "storage/Backup.h"

#include "audit/AuditAnchor.h"
#include "domain/AccessPolicy.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <nlohmann/json.hpp>
#include <optional>
#include <sodium.h>
#include <sqlite3.h>

namespace clinicdesk {

namespace {

constexpr char kMagic[8] = {'C', 'D', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr std::size_t kTagSize = crypto_generichash_BYTES; // 32
constexpr qint64 kChunk = 1 << 20;
constexpr std::uint32_t kMaxHeader = 16u << 20;

SecureBytes tagKey(const SecureBytes& databaseKey) {
    SecureBytes key(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), 2, "cdbackup", databaseKey.data());
    return key;
}

class Tagger {
public:
    explicit Tagger(const SecureBytes& databaseKey) {
        const SecureBytes key = tagKey(databaseKey);
        crypto_generichash_init(&m_state, key.data(), key.size(), kTagSize);
    }
    void add(const QByteArray& bytes) {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                  static_cast<unsigned long long>(bytes.size()));
    }
    QByteArray finish() {
        QByteArray tag(static_cast<qsizetype>(kTagSize), '\0');
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(tag.data()), kTagSize);
        return tag;
    }

private:
    crypto_generichash_state m_state{};
};

QByteArray u32(std::uint32_t value) {
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

Error damaged(const QString& detail) {
    return Error{ErrorCode::Integrity,
                 QCoreApplication::translate("Backup", "The backup file is damaged, truncated or was modified; it "
                                                       "cannot be trusted."),
                 detail};
}

struct OpenedBackup {
    KeyFile keys;
    nlohmann::json header;
    SecureBytes databaseKey;
    QString userId;
    qint64 databaseOffset = 0;
    qint64 databaseSize = 0;
};

// Reads the header, opens an envelope with the password and checks the tag
// over the whole file before anything else is trusted.
Result<OpenedBackup> openBackup(const QString& path, const QString& userName, const SecureBytes& password) {
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, Backup::tr("The backup file %1 does not exist.").arg(path),
                    QStringLiteral("backup missing"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, Backup::tr("The backup file could not be read: %1").arg(file.errorString()),
                    file.errorString());
    }
    const QByteArray prefix = file.read(16);
    if (prefix.size() < 16 || !prefix.startsWith(QByteArray(kMagic, 8))) {
        return fail(ErrorCode::VaultRefused, Backup::tr("This file is not a ClinicDesk backup."),
                    QStringLiteral("bad magic"));
    }
    const auto version = qFromBigEndian<std::uint32_t>(prefix.constData() + 8);
    const auto headerLength = qFromBigEndian<std::uint32_t>(prefix.constData() + 12);
    if (version > Backup::kFormatVersion) {
        return fail(ErrorCode::VaultRefused,
                    Backup::tr("This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it."),
                    QStringLiteral("backup format %1").arg(version));
    }
    if (headerLength == 0 || headerLength > kMaxHeader || 16 + qint64(headerLength) + qint64(kTagSize) > file.size()) {
        return std::unexpected(damaged(QStringLiteral("header length out of range")));
    }
    const QByteArray headerBytes = file.read(headerLength);
    const auto header =
        nlohmann::json::parse(headerBytes.constData(), headerBytes.constData() + headerBytes.size(), nullptr, false);
    if (header.is_discarded() || !header.is_object() || !header.contains("keys") || !header.contains("db_size") ||
        !header.at("db_size").is_number_integer()) {
        return std::unexpected(damaged(QStringLiteral("header unreadable")));
    }
    OpenedBackup opened;
    opened.header = header;
    opened.databaseOffset = 16 + qint64(headerLength);
    opened.databaseSize = header.at("db_size").get<qint64>();
    if (opened.databaseSize <= 0 || opened.databaseOffset + opened.databaseSize + qint64(kTagSize) != file.size()) {
        return std::unexpected(damaged(QStringLiteral("size mismatch (truncated or extended)")));
    }
    auto keys = KeyFile::fromBytes(QByteArray::fromStdString(header.at("keys").dump()));
    if (!keys) {
        return std::unexpected(damaged(QStringLiteral("key envelopes unreadable")));
    }
    const KeyEnvelope* envelope = nullptr;
    if (userName.trimmed().isEmpty()) {
        for (const KeyEnvelope& candidate : keys->envelopes) {
            if (candidate.kind == KeyEnvelope::Kind::Password && candidate.adminHint) {
                if (envelope != nullptr) {
                    return fail(ErrorCode::Usage,
                                Backup::tr("This backup has several administrators: say which user you are."),
                                QStringLiteral("several admins"));
                }
                envelope = &candidate;
            }
        }
    } else {
        envelope = keys->find(KeyEnvelope::Kind::Password, KeyFile::userHash(keys->vaultId, userName));
    }
    if (envelope == nullptr) {
        return fail(ErrorCode::WrongPassword, Backup::tr("The user name or password is not correct for this backup."),
                    QStringLiteral("no envelope"));
    }
    auto key = envelope->openWithSecret(keys->vaultId, password);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassword) {
            return fail(ErrorCode::WrongPassword,
                        Backup::tr("The user name or password is not correct for this backup."), key.error().detail);
        }
        return std::unexpected(key.error());
    }
    // Check the tag over everything before the tag.
    Tagger tagger(*key);
    file.seek(0);
    qint64 remaining = file.size() - qint64(kTagSize);
    while (remaining > 0) {
        const QByteArray chunk = file.read(std::min(remaining, kChunk));
        if (chunk.isEmpty()) {
            return std::unexpected(damaged(QStringLiteral("short read")));
        }
        tagger.add(chunk);
        remaining -= chunk.size();
    }
    const QByteArray expected = tagger.finish();
    const QByteArray actual = file.read(qint64(kTagSize));
    if (actual.size() != expected.size() || sodium_memcmp(actual.constData(), expected.constData(), kTagSize) != 0) {
        return std::unexpected(damaged(QStringLiteral("tag mismatch")));
    }
    opened.userId = envelope->userId;
    opened.keys = std::move(*keys);
    opened.databaseKey = std::move(*key);
    return opened;
}

Status extractDatabase(const QString& backupPath, const OpenedBackup& opened, const QString& target) {
    QFile in(backupPath);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return fail(ErrorCode::Io, Backup::tr("The database could not be copied out of the backup."),
                    in.errorString() + QLatin1Char('/') + out.errorString());
    }
    in.seek(opened.databaseOffset);
    qint64 remaining = opened.databaseSize;
    while (remaining > 0) {
        const QByteArray chunk = in.read(std::min(remaining, kChunk));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            return fail(ErrorCode::Io, Backup::tr("The database could not be copied out of the backup."),
                        out.errorString());
        }
        remaining -= chunk.size();
    }
    if (!out.flush()) {
        return fail(ErrorCode::Io, Backup::tr("The database could not be copied out of the backup."),
                    out.errorString());
    }
    return {};
}

// Opens an extracted database copy and checks it: integrity, schema version, audit chain.
Result<BackupReport> checkDatabase(const QString& dbPath, const OpenedBackup& opened, const QString& requiredUserId,
                                   bool requireAdmin) {
    auto db = Database::open(dbPath, opened.databaseKey, Database::Mode::OpenExisting);
    if (!db) {
        return std::unexpected(damaged(QStringLiteral("database does not open: ") + db.error().detail));
    }
    if (auto s = Migrator::checkVersion(*db); !s) {
        return std::unexpected(s.error());
    }
    auto integrity = db->prepare("PRAGMA integrity_check");
    if (!integrity) {
        return std::unexpected(integrity.error());
    }
    if (auto row = integrity->step(); !row || !*row || integrity->text(0) != QLatin1String("ok")) {
        return std::unexpected(damaged(QStringLiteral("integrity_check failed")));
    }
    std::optional<AuditHead> anchor;
    if (opened.header.contains("audit_seq") && opened.header.contains("audit_hash")) {
        anchor = AuditHead{opened.header.at("audit_seq").get<std::int64_t>(),
                           QString::fromStdString(opened.header.at("audit_hash").get<std::string>())};
    }
    auto audit = AuditLog(*db).verify(anchor);
    if (!audit) {
        return std::unexpected(audit.error());
    }
    if (!audit->ok) {
        return fail(ErrorCode::Integrity, Backup::tr("The audit log in the backup is broken: %1").arg(audit->problem),
                    QStringLiteral("audit chain broken at %1").arg(audit->firstBadSeq));
    }
    if (requireAdmin) {
        auto role = db->prepare("SELECT role FROM users WHERE id = ? AND deleted_at IS NULL AND active = 1");
        if (!role) {
            return std::unexpected(role.error());
        }
        role->bind(1, requiredUserId);
        auto row = role->step();
        if (!row || !*row || role->text(0) != QLatin1String("admin")) {
            return fail(ErrorCode::PermissionDenied, Backup::tr("Only an administrator may restore backups."),
                        QStringLiteral("restore by non-admin"));
        }
    }
    BackupReport report;
    report.vaultId = opened.keys.vaultId;
    report.createdAt = opened.header.value("created_at", std::int64_t{0});
    report.databaseBytes = opened.databaseSize;
    report.auditEntries = audit->entries;
    if (auto patients = db->scalar("SELECT count(*) FROM patients WHERE deleted_at IS NULL")) {
        report.patients = *patients;
    }
    return report;
}

} // namespace

Result<BackupReport> Backup::create(VaultSession& session, const QString& outPath, const Progress& progress) {
    if (auto s = AccessPolicy::require(session.user(), Permission::Backup); !s) {
        return std::unexpected(s.error());
    }
    if (QFile::exists(outPath)) {
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists; choose a new file name.").arg(outPath),
                    QStringLiteral("backup target exists"));
    }
    Vault& vault = session.vault();
    // Audit first, so the backup carries its own entry. Other connections may
    // be writing; a busy vault gets a few more chances than one busy timeout.
    {
        std::optional<Transaction> tx;
        for (int attempt = 1; !tx; ++attempt) {
            auto begun = Transaction::begin(vault.db());
            if (begun) {
                tx.emplace(std::move(*begun));
            } else if (begun.error().code != ErrorCode::Database || attempt == 4) {
                return std::unexpected(begun.error());
            }
        }
        if (auto s = AuditLog(vault.db())
                         .append(session.user().id, QStringLiteral("backup"), QStringLiteral("vault"), vault.vaultId());
            !s) {
            return std::unexpected(s.error());
        }
        if (auto s = tx->commit(); !s) {
            return std::unexpected(s.error());
        }
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        return fail(ErrorCode::Io, tr("No temporary folder is available for the backup."), work.errorString());
    }
    const QString copyPath = work.filePath(QStringLiteral("copy.db"));
    AuditHead head;
    {
        auto source = vault.openConnection();
        if (!source) {
            return std::unexpected(source.error());
        }
        auto target = Database::open(copyPath, vault.databaseKey(), Database::Mode::CreateNew);
        if (!target) {
            return std::unexpected(target.error());
        }
        // One read transaction on the source for the whole copy, so the copy is
        // a consistent snapshot while other connections keep writing.
        if (auto s = source->exec("BEGIN"); !s) {
            return std::unexpected(s.error());
        }
        auto anchored = AuditLog(*source).head();
        if (!anchored) {
            return std::unexpected(anchored.error());
        }
        head = *anchored;
        sqlite3_backup* backup = sqlite3_backup_init(target->handle(), "main", source->handle(), "main");
        if (backup == nullptr) {
            return std::unexpected(
                Database::errorFrom(target->handle(), sqlite3_errcode(target->handle()), "backup_init"));
        }
        int rc = SQLITE_OK;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(backup, 256);
            if (progress) {
                const int total = sqlite3_backup_pagecount(backup);
                progress(total - sqlite3_backup_remaining(backup), total);
            }
        }
        sqlite3_backup_finish(backup);
        (void)source->exec("COMMIT");
        if (rc != SQLITE_DONE) {
            return std::unexpected(Database::errorFrom(target->handle(), rc, "backup_step"));
        }
        if (auto s = target->exec("PRAGMA journal_mode = DELETE"); !s) {
            return std::unexpected(s.error());
        }
    }
    QFile copy(copyPath);
    if (!copy.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The backup copy could not be read."), copy.errorString());
    }
    nlohmann::json header = {{"format", "clinicdesk-backup"},
                             {"vault_id", vault.vaultId().toStdString()},
                             {"created_at", Clock::nowMs()},
                             {"schema", Migrator::latestVersion()},
                             {"db_size", copy.size()},
                             {"audit_seq", head.seq},
                             {"audit_hash", head.hash.toStdString()}};
    header["keys"] = nlohmann::json::parse(vault.keys().toBytes().toStdString());
    // Keychain envelopes belong to this computer, not to a backup.
    auto& envelopes = header["keys"]["envelopes"];
    envelopes.erase(
        std::remove_if(envelopes.begin(), envelopes.end(),
                       [](const nlohmann::json& e) { return e.value("kind", std::string()) == "keychain"; }),
        envelopes.end());
    const QByteArray headerBytes = QByteArray::fromStdString(header.dump());

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, tr("The backup file could not be written: %1").arg(out.errorString()),
                    out.errorString());
    }
    Tagger tagger(vault.databaseKey());
    const auto put = [&](const QByteArray& bytes) {
        tagger.add(bytes);
        return out.write(bytes) == bytes.size();
    };
    bool ok = put(QByteArray(kMagic, 8)) && put(u32(kFormatVersion)) &&
              put(u32(static_cast<std::uint32_t>(headerBytes.size()))) && put(headerBytes);
    while (ok && !copy.atEnd()) {
        ok = put(copy.read(kChunk));
    }
    const QByteArray tag = tagger.finish();
    ok = ok && out.write(tag) == tag.size();
    if (!ok || !out.commit()) {
        return fail(ErrorCode::Io, tr("The backup file could not be written: %1").arg(out.errorString()),
                    out.errorString());
    }
    qCInfo(lcBackup) << "backup written," << copy.size() << "database bytes";
    BackupReport report;
    report.vaultId = vault.vaultId();
    report.createdAt = header.at("created_at").get<std::int64_t>();
    report.databaseBytes = copy.size();
    report.auditEntries = head.seq;
    if (auto patients = session.patients().count()) {
        report.patients = *patients;
    }
    return report;
}

Result<BackupReport> Backup::verify(const QString& path, const QString& userName, const SecureBytes& password) {
    auto opened = openBackup(path, userName, password);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    QTemporaryDir work;
    if (!work.isValid()) {
        return fail(ErrorCode::Io, tr("No temporary folder is available to check the backup."), work.errorString());
    }
    const QString dbPath = work.filePath(QStringLiteral("check.db"));
    if (auto s = extractDatabase(path, *opened, dbPath); !s) {
        return std::unexpected(s.error());
    }
    return checkDatabase(dbPath, *opened, opened->userId, false);
}

Result<BackupReport> Backup::restore(const QString& path, const QString& userName, const SecureBytes& password,
                                     const QString& toDir) {
    QDir target(toDir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return fail(ErrorCode::AlreadyExists,
                    tr("The folder %1 is not empty. Restore into a new or empty folder.").arg(toDir),
                    QStringLiteral("restore target not empty"));
    }
    auto opened = openBackup(path, userName, password);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    // Extract and check inside a staging folder next to the target, then move
    // into place, so a failed restore leaves nothing behind.
    const QString staging = toDir + QStringLiteral(".restoring");
    QDir(staging).removeRecursively();
    if (!QDir().mkpath(staging)) {
        return fail(ErrorCode::Io, tr("The folder %1 could not be created.").arg(staging),
                    QStringLiteral("mkpath staging"));
    }
    const auto cleanup = [&staging] { QDir(staging).removeRecursively(); };
    const QString dbPath = QDir(staging).filePath(QLatin1String(Vault::kDatabaseFile));
    if (auto s = extractDatabase(path, *opened, dbPath); !s) {
        cleanup();
        return std::unexpected(s.error());
    }
    auto report = checkDatabase(dbPath, *opened, opened->userId, true);
    if (!report) {
        cleanup();
        return report;
    }
    {
        // A restored vault is a new installation: new device id, so its change
        // feed never collides with the original's client_seq numbers.
        auto db = Database::open(dbPath, opened->databaseKey, Database::Mode::OpenExisting);
        if (!db) {
            cleanup();
            return std::unexpected(db.error());
        }
        auto stmt = db->prepare("UPDATE local_state SET value = ? WHERE key = 'device_id'");
        if (!stmt) {
            cleanup();
            return std::unexpected(stmt.error());
        }
        stmt->bind(1, Clock::newId());
        if (auto s = stmt->run(); !s) {
            cleanup();
            return std::unexpected(s.error());
        }
        if (auto s = AuditLog(*db).append(opened->userId, QStringLiteral("restore"), QStringLiteral("vault"),
                                          opened->keys.vaultId, QStringLiteral("restored from a backup"));
            !s) {
            cleanup();
            return std::unexpected(s.error());
        }
        auto head = AuditLog(*db).head();
        if (!head || !AuditAnchor::write(staging, opened->keys.vaultId, *head, opened->databaseKey)) {
            cleanup();
            return fail(ErrorCode::Io, tr("The restored vault could not be finished."), QStringLiteral("anchor"));
        }
        (void)db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    if (auto s = opened->keys.save(QDir(staging).filePath(QLatin1String(Vault::kKeysFile))); !s) {
        cleanup();
        return std::unexpected(s.error());
    }
    if (target.exists()) {
        QDir().rmdir(toDir);
    }
    if (!QDir().rename(staging, toDir)) {
        cleanup();
        return fail(ErrorCode::Io, tr("The restored vault could not be moved to %1.").arg(toDir),
                    QStringLiteral("rename staging"));
    }
    qCInfo(lcBackup) << "backup restored";
    return report;
}

} // namespace clinicdesk
