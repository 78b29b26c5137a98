#pragma once

#include "session/VaultSession.h"

#include <QCoreApplication>

#include <functional>

namespace clinicdesk {

struct BackupReport {
    QString vaultId;
    std::int64_t createdAt = 0; // UTC ms
    std::int64_t databaseBytes = 0;
    std::int64_t patients = 0;
    std::int64_t auditEntries = 0;
};

// One encrypted backup file: the vault's key envelopes, a copy of clinic.db
// made with SQLCipher's online backup (still encrypted with the vault key, so
// the same passwords and recovery code open it), and a keyed BLAKE2b tag over
// everything, so truncation or tampering is detected before anything is used.
//
//   "CDBACKUP" | u32 format | u32 header length | header JSON | database | 32-byte tag
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    using Progress = std::function<void(std::int64_t done, std::int64_t total)>;

    // Admin only. Runs while the vault stays open and in use (its own connection).
    [[nodiscard]] static Result<BackupReport> create(VaultSession& session, const QString& outPath,
                                                     const Progress& progress = {});
    // Opens the backup with a user's password (empty userName: the only admin):
    // checks the tag, opens the database, runs PRAGMA integrity_check and
    // verifies the audit chain against the head recorded at backup time.
    [[nodiscard]] static Result<BackupReport> verify(const QString& path, const QString& userName,
                                                     const SecureBytes& password);
    // Verifies, then writes a new vault into `toDir` (missing or empty). Admin only.
    [[nodiscard]] static Result<BackupReport> restore(const QString& path, const QString& userName,
                                                      const SecureBytes& password, const QString& toDir);

    static constexpr std::uint32_t kFormatVersion = 1;
};

} // namespace clinicdesk
