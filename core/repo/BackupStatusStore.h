// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/BackupTypes.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace clinicdesk {

// The newest backup of this vault that was verified: made and checked from the Backups page, a file
// checked there, or `clinicdesk-cli backup verify` with the vault at hand.
struct VerifiedBackup {
    std::int64_t createdAt = 0;  // UTC ms: when the backup was made; its data is as old as that
    std::int64_t verifiedAt = 0; // UTC ms: when it was last checked
    QString fileName;            // the file's name without its folder
    QString verifiedBy;          // user id
};

// The last verified backup, kept per vault (in the vault's `settings` table under
// "backup.last_verified"), not per computer: "the clinic has a recent backup" is a fact about the
// clinic's data, whichever computer made or checked the file, and it travels with the vault (and with
// sync). Anyone signed in reads it; recording needs the backup permission (administrators), is
// audited and goes into the change feed.
class BackupStatusStore {
    Q_DECLARE_TR_FUNCTIONS(BackupStatusStore)
public:
    static constexpr const char* kSettingsKey = "backup.last_verified";

    BackupStatusStore(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    [[nodiscard]] Result<std::optional<VerifiedBackup>> load();
    // Records a verified backup of this vault, unless a newer one is recorded already (checking an
    // old file does not make the clinic's backups look older). Returns what is recorded afterwards.
    // A backup of another vault is refused (InvalidInput).
    [[nodiscard]] Result<VerifiedBackup> recordVerified(const BackupReport& report, const QString& fileName);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
