// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/Vault.h"

#include "audit/AuditAnchor.h"
#include "crypto/PasswordKdf.h"
#include "storage/Migrator.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <sodium.h>

namespace clinicdesk {

namespace {

// An envelope sealed with an older associated-data version (KeyEnvelope::adVersion) is sealed again
// when it is opened, the only moment its wrapping key is known. A file that cannot be written leaves
// it as it was (it still opens; logged without ids).
void upgradeEnvelope(const QString& dir, KeyFile& keys, const QString& envelopeId, const SecureBytes& wrappingKey,
                     const SecureBytes& databaseKey) {
    const auto it = std::find_if(keys.envelopes.begin(), keys.envelopes.end(),
                                 [&](const KeyEnvelope& e) { return e.id == envelopeId; });
    if (it == keys.envelopes.end() || it->adVersion >= KeyEnvelope::kAdVersion || wrappingKey.isEmpty()) {
        return;
    }
    auto resealed = it->resealed(keys.vaultId, wrappingKey, databaseKey);
    if (!resealed) {
        qCWarning(lcVault) << "could not seal a key envelope again:" << resealed.error().detail;
        return;
    }
    KeyFile updated = keys;
    *std::find_if(updated.envelopes.begin(), updated.envelopes.end(),
                  [&](const KeyEnvelope& e) { return e.id == envelopeId; }) = std::move(*resealed);
    if (auto s = updated.save(QDir(dir).filePath(QLatin1String(Vault::kKeysFile))); !s) {
        qCWarning(lcVault) << "could not save the upgraded key envelope:" << s.error().detail;
        return;
    }
    keys = std::move(updated);
    qCInfo(lcVault) << "key envelope sealed again with associated-data version" << KeyEnvelope::kAdVersion;
}

constexpr char kRecoveryAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int kRecoveryGroups = 6;
constexpr int kRecoveryGroupSize = 5;

QString generateRecoveryCode() {
    QString code;
    for (int group = 0; group < kRecoveryGroups; ++group) {
        if (group > 0) {
            code += QLatin1Char('-');
        }
        for (int i = 0; i < kRecoveryGroupSize; ++i) {
            code += QLatin1Char(kRecoveryAlphabet[randombytes_uniform(32)]);
        }
    }
    return code;
}

} // namespace

Vault::Vault(QString dir, KeyFile keys, SecureBytes key, Database db)
    : m_dir(std::move(dir))
    , m_keys(std::move(keys))
    , m_key(std::move(key))
    , m_db(std::move(db)) {}

Vault::~Vault() {
    lock();
}

QString Vault::keysPath() const {
    return QDir(m_dir).filePath(QLatin1String(kKeysFile));
}

QString Vault::normaliseRecoveryCode(const QString& code) {
    QString out;
    for (QChar c : code.toUpper()) {
        if (c == QLatin1Char('O')) {
            c = QLatin1Char('0');
        } else if (c == QLatin1Char('I') || c == QLatin1Char('L')) {
            c = QLatin1Char('1');
        }
        if (QByteArray(kRecoveryAlphabet).contains(c.toLatin1()) && c.unicode() < 128) {
            out += c;
        }
    }
    return out;
}

Status Vault::probe(const QString& dir) {
    const QDir folder(dir);
    if (!folder.exists()) {
        return fail(ErrorCode::NotFound, tr("There is no vault at %1.").arg(QDir::toNativeSeparators(dir)),
                    QStringLiteral("vault folder missing"));
    }
    const QString dbPath = folder.filePath(QLatin1String(kDatabaseFile));
    const bool hasKeys = QFile::exists(folder.filePath(QLatin1String(kKeysFile)));
    const bool hasDb = QFile::exists(dbPath);
    if (!hasKeys && !hasDb) {
        return fail(ErrorCode::NotFound,
                    tr("%1 is not a ClinicDesk vault (it has no clinic.db and no keys.json).")
                        .arg(QDir::toNativeSeparators(dir)),
                    QStringLiteral("no vault files"));
    }
    if (!hasDb) {
        return fail(ErrorCode::VaultRefused,
                    tr("The vault database clinic.db is missing. Restore the vault from a backup."),
                    QStringLiteral("clinic.db missing"));
    }
    QFile db(dbPath);
    if (db.size() == 0) {
        // SQLite would treat an empty file as a new database and write to it.
        return fail(ErrorCode::VaultRefused,
                    tr("clinic.db is empty: the vault is damaged. Restore the vault from a backup."),
                    QStringLiteral("clinic.db empty"));
    }
    if (db.open(QIODevice::ReadOnly) && db.peek(16).startsWith("SQLite format 3")) {
        return fail(ErrorCode::VaultRefused,
                    tr("clinic.db is an unencrypted SQLite database, not a ClinicDesk vault. It was not opened."),
                    QStringLiteral("plain sqlite header"));
    }
    return {};
}

Result<QString> Vault::readVaultId(const QString& dir) {
    if (auto s = probe(dir); !s) {
        return std::unexpected(s.error());
    }
    auto keys = KeyFile::load(QDir(dir).filePath(QLatin1String(kKeysFile)));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    return keys->vaultId;
}

Result<Vault::Creation> Vault::create(const QString& dir, const QString& adminUserId, const QString& adminName,
                                      const SecureBytes& password, const KdfParams& kdf) {
    QDir folder(dir);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        return fail(ErrorCode::AlreadyExists,
                    tr("The folder %1 is not empty. Choose a new or empty folder for the vault.")
                        .arg(QDir::toNativeSeparators(dir)),
                    QStringLiteral("vault folder not empty"));
    }
    if (!folder.exists() && !QDir().mkpath(dir)) {
        return fail(ErrorCode::Io, tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)),
                    QStringLiteral("mkpath failed"));
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    KeyFile keys;
    keys.vaultId = Clock::newId();
    SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    const QString recoveryCode = generateRecoveryCode();

    auto userEnvelope =
        KeyEnvelope::sealWithSecret(KeyEnvelope::Kind::Password, keys.vaultId, adminUserId,
                                    KeyFile::userHash(keys.vaultId, adminName), true, password, databaseKey, kdf);
    if (!userEnvelope) {
        return std::unexpected(userEnvelope.error());
    }
    const SecureBytes recoverySecret = SecureBytes::fromUtf8(normaliseRecoveryCode(recoveryCode));
    auto recoveryEnvelope = KeyEnvelope::sealWithSecret(KeyEnvelope::Kind::Recovery, keys.vaultId, {}, {}, false,
                                                        recoverySecret, databaseKey, kdf);
    if (!recoveryEnvelope) {
        return std::unexpected(recoveryEnvelope.error());
    }
    keys.envelopes.push_back(std::move(*userEnvelope));
    keys.envelopes.push_back(std::move(*recoveryEnvelope));

    const QString dbPath = folder.filePath(QLatin1String(kDatabaseFile));
    auto db = Database::open(dbPath, databaseKey, Database::Mode::CreateNew);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto s = Migrator::migrate(*db); !s) {
        db->close();
        QFile::remove(dbPath);
        return std::unexpected(s.error());
    }
    auto stmt = db->prepare("INSERT INTO local_state (key, value) VALUES ('device_id', ?), ('vault_id', ?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(Clock::newId(), keys.vaultId);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = keys.save(folder.filePath(QLatin1String(kKeysFile))); !s) {
        db->close();
        QFile::remove(dbPath);
        return std::unexpected(s.error());
    }
    std::unique_ptr<Vault> vault(new Vault(dir, std::move(keys), std::move(databaseKey), std::move(*db)));
    vault->m_kdf = kdf;
    if (auto s = vault->loadDeviceId(); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = vault->writeAuditAnchor(); !s) {
        return std::unexpected(s.error());
    }
    qCInfo(lcVault) << "created vault" << vault->vaultId();
    return Creation{std::move(vault), recoveryCode};
}

Result<std::unique_ptr<Vault>> Vault::openWithKey(const QString& dir, KeyFile keys, SecureBytes key) {
    auto db = Database::open(QDir(dir).filePath(QLatin1String(kDatabaseFile)), key, Database::Mode::OpenExisting);
    if (!db) {
        if (db.error().code == ErrorCode::VaultRefused) {
            return fail(ErrorCode::VaultRefused,
                        tr("clinic.db does not open with this vault's key: it is damaged or belongs to another "
                           "vault."),
                        db.error().detail);
        }
        return std::unexpected(db.error());
    }
    if (auto s = Migrator::checkVersion(*db); !s) {
        return std::unexpected(s.error());
    }
    // A vault's database always has a schema (create() migrates before keys.json
    // exists). Version 0 is an empty or foreign file: refuse it untouched rather
    // than migrate a fresh schema into it.
    if (auto version = db->userVersion(); !version || *version == 0) {
        return fail(ErrorCode::VaultRefused,
                    tr("clinic.db is empty or is not a ClinicDesk vault database. It was not opened."),
                    version ? QStringLiteral("user_version 0 in an existing vault") : version.error().detail);
    }
    if (auto s = Migrator::migrate(*db); !s) {
        return std::unexpected(s.error());
    }
    std::unique_ptr<Vault> vault(new Vault(dir, std::move(keys), std::move(key), std::move(*db)));
    if (auto s = vault->loadDeviceId(); !s) {
        // Not a usable vault: wipe the key so the destructor's lock() does not
        // overwrite the real audit anchor with this database's head.
        vault->m_key.clear();
        return std::unexpected(s.error());
    }
    return vault;
}

Result<Vault::Unlocked> Vault::unlockWithPassword(const QString& dir, const QString& userName,
                                                  const SecureBytes& password) {
    if (auto s = probe(dir); !s) {
        return std::unexpected(s.error());
    }
    auto keys = KeyFile::load(QDir(dir).filePath(QLatin1String(kKeysFile)));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    const KeyEnvelope* envelope = nullptr;
    if (userName.trimmed().isEmpty()) {
        for (const KeyEnvelope& candidate : keys->envelopes) {
            if (candidate.kind == KeyEnvelope::Kind::Password && candidate.adminHint) {
                if (envelope != nullptr) {
                    return fail(ErrorCode::Usage, tr("This vault has several administrators: say which user you are."),
                                QStringLiteral("several admin envelopes"));
                }
                envelope = &candidate;
            }
        }
    } else {
        envelope = keys->find(KeyEnvelope::Kind::Password, KeyFile::userHash(keys->vaultId, userName));
    }
    if (envelope == nullptr) {
        // Same message and about the same time as a wrong password: do not
        // tell who has an account.
        const QByteArray salt = QByteArray(crypto_pwhash_SALTBYTES, '\0');
        (void)PasswordKdf::derive(password, salt, KdfParams::interactive());
        return fail(ErrorCode::WrongPassword, tr("The user name or password is not correct."),
                    QStringLiteral("no envelope for user"));
    }
    SecureBytes wrappingKey;
    auto key = envelope->openWithSecret(keys->vaultId, password, &wrappingKey);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassword) {
            return fail(ErrorCode::WrongPassword, tr("The user name or password is not correct."), key.error().detail);
        }
        return std::unexpected(key.error());
    }
    const QString userId = envelope->userId;
    const KdfParams kdf = envelope->kdf;
    upgradeEnvelope(dir, *keys, envelope->id, wrappingKey, *key);
    auto vault = openWithKey(dir, std::move(*keys), std::move(*key));
    if (!vault) {
        return std::unexpected(vault.error());
    }
    (*vault)->m_kdf = kdf;
    return Unlocked{std::move(*vault), userId};
}

Result<Vault::Unlocked> Vault::unlockWithKeychainKey(const QString& dir, const QString& userName,
                                                     const SecureBytes& wrappingKey) {
    if (auto s = probe(dir); !s) {
        return std::unexpected(s.error());
    }
    auto keys = KeyFile::load(QDir(dir).filePath(QLatin1String(kKeysFile)));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    const KeyEnvelope* envelope = keys->find(KeyEnvelope::Kind::Keychain, KeyFile::userHash(keys->vaultId, userName));
    if (envelope == nullptr) {
        return fail(ErrorCode::WrongPassword, tr("This computer does not remember this user. Enter the password."),
                    QStringLiteral("no keychain envelope"));
    }
    auto key = envelope->openWithKey(keys->vaultId, wrappingKey);
    if (!key) {
        return fail(ErrorCode::WrongPassword,
                    tr("The key remembered on this computer no longer opens the vault. Enter the password."),
                    key.error().detail);
    }
    const QString userId = envelope->userId;
    const KdfParams kdf = KdfParams::interactive();
    upgradeEnvelope(dir, *keys, envelope->id, wrappingKey, *key);
    auto vault = openWithKey(dir, std::move(*keys), std::move(*key));
    if (!vault) {
        return std::unexpected(vault.error());
    }
    (*vault)->m_kdf = kdf;
    return Unlocked{std::move(*vault), userId};
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryCode(const QString& dir, const QString& recoveryCode) {
    if (auto s = probe(dir); !s) {
        return std::unexpected(s.error());
    }
    auto keys = KeyFile::load(QDir(dir).filePath(QLatin1String(kKeysFile)));
    if (!keys) {
        return std::unexpected(keys.error());
    }
    const auto it = std::find_if(keys->envelopes.begin(), keys->envelopes.end(),
                                 [](const KeyEnvelope& e) { return e.kind == KeyEnvelope::Kind::Recovery; });
    if (it == keys->envelopes.end()) {
        return fail(ErrorCode::VaultRefused, tr("This vault has no recovery envelope."),
                    QStringLiteral("no recovery envelope"));
    }
    const SecureBytes secret = SecureBytes::fromUtf8(normaliseRecoveryCode(recoveryCode));
    SecureBytes wrappingKey;
    auto key = it->openWithSecret(keys->vaultId, secret, &wrappingKey);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassword) {
            return fail(ErrorCode::WrongPassword, tr("The recovery code is not correct."), key.error().detail);
        }
        return std::unexpected(key.error());
    }
    const KdfParams kdf = it->kdf;
    upgradeEnvelope(dir, *keys, it->id, wrappingKey, *key);
    auto vault = openWithKey(dir, std::move(*keys), std::move(*key));
    if (vault) {
        (*vault)->m_kdf = kdf;
    }
    return vault;
}

Status Vault::loadDeviceId() {
    auto stmt = m_db.prepare("SELECT value FROM local_state WHERE key = 'device_id'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::VaultRefused, tr("The vault database is damaged or is not a ClinicDesk vault."),
                    QStringLiteral("device id missing"));
    }
    m_deviceId = stmt->text(0);
    return {};
}

Result<Database> Vault::openConnection() const {
    if (isLocked()) {
        return fail(ErrorCode::Locked, tr("The vault is locked."), QStringLiteral("openConnection on locked vault"));
    }
    return Database::open(QDir(m_dir).filePath(QLatin1String(kDatabaseFile)), m_key, Database::Mode::OpenExisting);
}

Status Vault::setPasswordEnvelope(const QString& userId, const QString& userName, bool isAdmin,
                                  const SecureBytes& password) {
    if (isLocked()) {
        return fail(ErrorCode::Locked, tr("The vault is locked."), QStringLiteral("locked"));
    }
    auto envelope =
        KeyEnvelope::sealWithSecret(KeyEnvelope::Kind::Password, m_keys.vaultId, userId,
                                    KeyFile::userHash(m_keys.vaultId, userName), isAdmin, password, m_key, m_kdf);
    if (!envelope) {
        return std::unexpected(envelope.error());
    }
    KeyFile updated = m_keys;
    updated.put(std::move(*envelope));
    if (auto s = updated.save(keysPath()); !s) {
        return s;
    }
    m_keys = std::move(updated);
    return {};
}

Status Vault::removeUserEnvelopes(const QString& userId) {
    KeyFile updated = m_keys;
    updated.remove(KeyEnvelope::Kind::Password, userId);
    updated.remove(KeyEnvelope::Kind::Keychain, userId);
    if (auto s = updated.save(keysPath()); !s) {
        return s;
    }
    m_keys = std::move(updated);
    return {};
}

Result<SecureBytes> Vault::createKeychainEnvelope(const QString& userId, const QString& userName, bool isAdmin) {
    if (isLocked()) {
        return fail(ErrorCode::Locked, tr("The vault is locked."), QStringLiteral("locked"));
    }
    SecureBytes wrappingKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = KeyEnvelope::sealWithKey(m_keys.vaultId, userId, KeyFile::userHash(m_keys.vaultId, userName),
                                             isAdmin, wrappingKey, m_key);
    if (!envelope) {
        return std::unexpected(envelope.error());
    }
    KeyFile updated = m_keys;
    updated.put(std::move(*envelope));
    if (auto s = updated.save(keysPath()); !s) {
        return std::unexpected(s.error());
    }
    m_keys = std::move(updated);
    return wrappingKey;
}

Status Vault::removeKeychainEnvelope(const QString& userId) {
    KeyFile updated = m_keys;
    if (!updated.remove(KeyEnvelope::Kind::Keychain, userId)) {
        return {};
    }
    if (auto s = updated.save(keysPath()); !s) {
        return s;
    }
    m_keys = std::move(updated);
    return {};
}

bool Vault::hasKeychainEnvelope(const QString& userId) const {
    return m_keys.findForUserId(KeyEnvelope::Kind::Keychain, userId) != nullptr;
}

Status Vault::writeAuditAnchor() {
    if (isLocked()) {
        return {};
    }
    AuditLog log(m_db);
    auto head = log.head();
    if (!head) {
        return std::unexpected(head.error());
    }
    // Never move the anchor past a break: if the entry it names is gone or
    // changed, keep the old anchor so the next verify still reports it.
    auto previous = AuditAnchor::read(m_dir, m_keys.vaultId, m_key);
    if (!previous) {
        return std::unexpected(previous.error());
    }
    if (*previous && (*previous)->seq > 0) {
        auto check = log.verify(**previous);
        if (!check) {
            return std::unexpected(check.error());
        }
        if (!check->ok) {
            qCWarning(lcAudit) << "audit chain broken at entry" << check->firstBadSeq << "- anchor kept";
            return fail(ErrorCode::Integrity, check->problem, QStringLiteral("anchor kept: chain broken"));
        }
    }
    return AuditAnchor::write(m_dir, m_keys.vaultId, *head, m_key);
}

Result<AuditVerifyReport> Vault::verifyAudit() {
    return verifyAuditOf(m_db, m_dir, m_keys.vaultId, m_key);
}

Result<AuditVerifyReport> Vault::verifyAuditOf(Database& db, const QString& dir, const QString& vaultId,
                                               const SecureBytes& key) {
    auto anchor = AuditAnchor::read(dir, vaultId, key);
    if (!anchor) {
        AuditVerifyReport report;
        report.ok = false;
        report.problem = anchor.error().message;
        return report;
    }
    if (!*anchor) {
        // Every vault writes its anchor when it is created or restored, so a
        // missing anchor means someone removed it.
        AuditVerifyReport report;
        report.ok = false;
        report.problem = tr("The audit anchor file %1 is missing: the log's end cannot be confirmed.")
                             .arg(QLatin1String(AuditAnchor::kFileName));
        return report;
    }
    return AuditLog(db).verify(*anchor);
}

void Vault::lock() {
    if (isLocked()) {
        return;
    }
    if (auto s = writeAuditAnchor(); !s) {
        qCWarning(lcVault) << "could not write the audit anchor:" << s.error().detail;
    }
    if (m_db.isOpen()) {
        (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    m_db.close();
    m_key.clear();
    qCInfo(lcVault) << "vault locked";
}

} // namespace clinicdesk
