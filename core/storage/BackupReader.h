// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KeyFile.h"
#include "crypto/SecureBytes.h"
#include "storage/BackupFileHeader.h"
#include "storage/BackupTypes.h"

#include <QCoreApplication>

namespace clinicdesk {

// Reads one backup file ("CDBACKUP" | u32 format | u32 header length | header JSON | database |
// 32-byte tag): the header, a key envelope opened with a user's password (or the vault's own key,
// for a backup of the vault that is open), the tag over the whole file checked before anything else
// is trusted, then the database copied out and checked.
class BackupReader {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static constexpr std::uint32_t kFormatVersion = BackupFileHeader::kFormatVersion;
    static constexpr const char (&kMagic)[8] = BackupFileHeader::kMagic;

    // The header as written, without a key (not yet trusted).
    [[nodiscard]] static Result<BackupHeader> readHeader(const QString& path);
    // Opens with a user's password (empty userName: the only administrator) and checks the tag.
    [[nodiscard]] static Result<BackupReader> open(const QString& path, const QString& userName,
                                                   const SecureBytes& password, const BackupControl& control);
    // Opens a backup of the vault `vaultId` with that vault's database key and checks the tag.
    [[nodiscard]] static Result<BackupReader> openWithKey(const QString& path, const QString& vaultId,
                                                          const SecureBytes& databaseKey, const BackupControl& control);

    // Copies the database out of the file into `target` (which must not exist).
    [[nodiscard]] Status extractDatabase(const QString& target, const BackupControl& control) const;
    // Opens the extracted copy and checks its integrity, schema version and audit chain. With
    // `requireAdmin`, the user whose envelope opened the file must be an active administrator in it.
    [[nodiscard]] Result<BackupReport> checkDatabase(const QString& dbPath, bool requireAdmin,
                                                     const BackupControl& control) const;

    [[nodiscard]] const KeyFile& keys() const { return m_front.keys; }
    [[nodiscard]] const SecureBytes& databaseKey() const { return m_databaseKey; }
    // The user whose envelope opened the file (empty when opened with the vault's key).
    [[nodiscard]] const QString& userId() const { return m_userId; }
    [[nodiscard]] const QString& path() const { return m_path; }

    // The sentence for a file that fails a check.
    [[nodiscard]] static Error damaged(const QString& detail);

private:
    BackupReader() = default;
    [[nodiscard]] static Result<BackupReader> parse(const QString& path);
    [[nodiscard]] Status checkTag(const BackupControl& control) const;

    QString m_path;
    BackupFileHeader m_front;
    SecureBytes m_databaseKey;
    QString m_userId;
};

} // namespace clinicdesk
