// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KeyFile.h"
#include "util/Error.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdint>
#include <optional>

namespace clinicdesk {

// The unencrypted front of a backup file, "CDBACKUP" | u32 format | u32 header length | header JSON,
// before anything in it is trusted: the key envelopes, where the database lies, and what the header
// says of the vault (its audit anchor among them). Parsed from bytes anyone may have edited: any
// input gives a header or an error, never an exception or an overflow (tests/fuzz/fuzz_backupheader.cpp).
class BackupFileHeader {
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    static constexpr std::uint32_t kFormatVersion = 1;
    static constexpr char kMagic[8] = {'C', 'D', 'B', 'A', 'C', 'K', 'U', 'P'};
    static constexpr qint64 kPrefix = 16;
    static constexpr std::uint32_t kMaxHeader = 16u << 20;
    static constexpr qint64 kTagSize = 32; // BackupTag::kSize, after the database

    KeyFile keys;
    qint64 databaseOffset = 0;
    qint64 databaseSize = 0;
    std::int64_t createdAt = 0; // UTC ms
    int schema = 0;
    std::int64_t auditSeq = 0;
    QString auditHash;
    bool hasAnchor = false; // the header carries audit_seq and audit_hash

    // From the file's first bytes (at least the prefix and the whole header) and the file's size.
    [[nodiscard]] static Result<BackupFileHeader> parse(QByteArrayView leading, qint64 fileSize);
    // The sentence for a file that fails a check.
    [[nodiscard]] static Error damaged(const QString& detail);
};

} // namespace clinicdesk
