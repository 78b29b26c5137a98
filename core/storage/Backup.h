// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/BackupTypes.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace clinicdesk {

class SecureBytes;
class VaultSession;

// What a backup is made from: a connection that belongs to the calling thread (the backup's own
// audit entry is written with it and the copy is read through it), who makes it, and the vault's
// folder, id and database key (its key envelopes are read from keys.json in the folder).
struct BackupSource {
    Database& db;
    const Session& session;
    QString vaultDir;
    QString vaultId;
    const SecureBytes& databaseKey;
};

// One encrypted backup file: the vault's key envelopes, a copy of clinic.db made with SQLCipher's
// online backup (still encrypted with the vault key, so the same passwords and recovery code open it),
// and a keyed BLAKE2b tag over everything, so truncation or tampering is detected before anything is
// used (BackupReader reads it).
//
//   "CDBACKUP" | u32 format | u32 header length | header JSON | database | 32-byte tag
//
// Every task reports its steps through BackupControl and stops at the next chunk when cancelled; a
// cancelled or failed task leaves no file and no folder behind.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    // Admin only. Runs while the vault stays open and in use. The session's own connection is used.
    [[nodiscard]] static Result<BackupReport> create(VaultSession& session, const QString& outPath,
                                                     const BackupControl& control = {});
    // The same from a connection of the calling thread (a worker's).
    [[nodiscard]] static Result<BackupReport> create(const BackupSource& source, const QString& outPath,
                                                     const BackupControl& control = {});

    // The file's header without a key (to tell whether it is a backup of the open vault).
    [[nodiscard]] static Result<BackupHeader> inspect(const QString& path);
    // Opens the backup with a user's password (empty userName: the only admin): checks the tag,
    // opens the database, runs PRAGMA integrity_check and verifies the audit chain against the head
    // recorded at backup time.
    [[nodiscard]] static Result<BackupReport> verify(const QString& path, const QString& userName,
                                                     const SecureBytes& password, const BackupControl& control = {});
    // The same checks for a backup of the open vault `vaultId`, with its database key.
    [[nodiscard]] static Result<BackupReport> verifyWithKey(const QString& path, const QString& vaultId,
                                                            const SecureBytes& databaseKey,
                                                            const BackupControl& control = {});

    // Whether `toDir` can take a restored vault: it is missing or an empty folder, and it can be made
    // and written. The same sentence restore() would give; nothing is created.
    [[nodiscard]] static Status checkRestoreTarget(const QString& toDir);
    // Verifies, then writes a new vault into `toDir` (missing or empty). Admin only (in the backup).
    [[nodiscard]] static Result<BackupReport> restore(const QString& path, const QString& userName,
                                                      const SecureBytes& password, const QString& toDir,
                                                      const BackupControl& control = {});

    static constexpr std::uint32_t kFormatVersion = 1;
};

} // namespace clinicdesk
