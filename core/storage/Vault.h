// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditLog.h"
#include "crypto/KdfParams.h"
#include "crypto/KeyFile.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <memory>

namespace clinicdesk {

// A vault is a folder: clinic.db (SQLCipher, raw random 256-bit key) and
// keys.json (envelopes of that key). This class owns the key while the vault
// is unlocked (guarded memory) and the connection of the thread that opened it.
// It knows keys and files, not users: VaultSession puts a user on top.
class Vault {
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static constexpr const char* kDatabaseFile = "clinic.db";
    static constexpr const char* kKeysFile = "keys.json";

    struct Creation {
        std::unique_ptr<Vault> vault;
        QString recoveryCode; // shown once, never stored
    };
    struct Unlocked {
        std::unique_ptr<Vault> vault;
        QString userId;
    };

    // Creates a new vault in `dir` (missing or empty): the key, keys.json with
    // the first user's password envelope and the recovery envelope, and the
    // schema. `adminUserId` is the id the caller will give the first user.
    [[nodiscard]] static Result<Creation> create(const QString& dir, const QString& adminUserId,
                                                 const QString& adminName, const SecureBytes& password,
                                                 const KdfParams& kdf = KdfParams::interactive());
    // An empty userName means "the only administrator" (refused if several).
    [[nodiscard]] static Result<Unlocked> unlockWithPassword(const QString& dir, const QString& userName,
                                                             const SecureBytes& password);
    [[nodiscard]] static Result<Unlocked> unlockWithKeychainKey(const QString& dir, const QString& userName,
                                                                const SecureBytes& wrappingKey);
    [[nodiscard]] static Result<std::unique_ptr<Vault>> unlockWithRecoveryCode(const QString& dir,
                                                                               const QString& recoveryCode);

    // Checks that `dir` holds a vault (without a key), with a clear reason if not.
    [[nodiscard]] static Status probe(const QString& dir);
    [[nodiscard]] static Result<QString> readVaultId(const QString& dir);
    [[nodiscard]] static QString normaliseRecoveryCode(const QString& code);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    [[nodiscard]] Database& db() { return m_db; }
    [[nodiscard]] QString dir() const { return m_dir; }
    [[nodiscard]] QString vaultId() const { return m_keys.vaultId; }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] bool isLocked() const { return m_key.isEmpty(); }
    [[nodiscard]] const KeyFile& keys() const { return m_keys; }
    [[nodiscard]] const KdfParams& kdfForNewEnvelopes() const { return m_kdf; }
    void setKdfForNewEnvelopes(const KdfParams& kdf) { m_kdf = kdf; }

    // A new connection with the same key, for another thread.
    [[nodiscard]] Result<Database> openConnection() const;

    // Seals (or re-seals) one user's password envelope; nothing else changes.
    [[nodiscard]] Status setPasswordEnvelope(const QString& userId, const QString& userName, bool isAdmin,
                                             const SecureBytes& password);
    [[nodiscard]] Status removeUserEnvelopes(const QString& userId);
    // "Remember on this computer": a keychain envelope for the user. Returns
    // the wrapping key, which the caller stores in the OS keychain only.
    [[nodiscard]] Result<SecureBytes> createKeychainEnvelope(const QString& userId, const QString& userName,
                                                             bool isAdmin);
    [[nodiscard]] Status removeKeychainEnvelope(const QString& userId);
    [[nodiscard]] bool hasKeychainEnvelope(const QString& userId) const;

    [[nodiscard]] Status writeAuditAnchor();
    [[nodiscard]] Result<AuditVerifyReport> verifyAudit();
    // The same check through another connection to the vault (a worker's), with the vault's folder, id
    // and key: the chain, and its head against the anchor file.
    [[nodiscard]] static Result<AuditVerifyReport> verifyAuditOf(Database& db, const QString& dir,
                                                                 const QString& vaultId, const SecureBytes& key);

    // For the backup writer only: the key stays in guarded memory.
    [[nodiscard]] const SecureBytes& databaseKey() const { return m_key; }

    // Writes the audit anchor, closes the connection and wipes the key.
    void lock();

private:
    Vault(QString dir, KeyFile keys, SecureBytes key, Database db);
    [[nodiscard]] static Result<std::unique_ptr<Vault>> openWithKey(const QString& dir, KeyFile keys, SecureBytes key);
    [[nodiscard]] Status loadDeviceId();
    [[nodiscard]] QString keysPath() const;

    QString m_dir;
    KeyFile m_keys;
    SecureBytes m_key;
    Database m_db;
    QString m_deviceId;
    KdfParams m_kdf = KdfParams::interactive();
};

} // namespace clinicdesk
