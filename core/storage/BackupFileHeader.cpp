// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/BackupFileHeader.h"

#include "util/JsonFields.h"

#include <QtEndian>

#include <nlohmann/json.hpp>

namespace clinicdesk {

Error BackupFileHeader::damaged(const QString& detail) {
    return Error{ErrorCode::Integrity,
                 tr("The backup file is damaged, truncated or was modified; it cannot be trusted."), detail};
}

Result<BackupFileHeader> BackupFileHeader::parse(QByteArrayView leading, qint64 fileSize) {
    if (leading.size() < kPrefix || !leading.startsWith(QByteArrayView(kMagic, 8))) {
        return fail(ErrorCode::VaultRefused, tr("This file is not a ClinicDesk backup."), QStringLiteral("bad magic"));
    }
    const auto version = qFromBigEndian<std::uint32_t>(leading.constData() + 8);
    const auto headerLength = qFromBigEndian<std::uint32_t>(leading.constData() + 12);
    if (version > kFormatVersion) {
        return fail(ErrorCode::VaultRefused,
                    tr("This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it."),
                    QStringLiteral("backup format %1").arg(version));
    }
    if (headerLength == 0 || headerLength > kMaxHeader || kPrefix + qint64(headerLength) + kTagSize > fileSize ||
        kPrefix + qint64(headerLength) > leading.size()) {
        return std::unexpected(damaged(QStringLiteral("header length out of range")));
    }
    const char* begin = leading.constData() + kPrefix;
    const nlohmann::json header = nlohmann::json::parse(begin, begin + headerLength, nullptr, false);
    // Every field is read through JsonFields: a field of the wrong type makes the backup damaged.
    const JsonFields fields(header);
    const auto databaseSize = fields.integer("db_size", -1);
    const auto createdAt = fields.integer("created_at");
    const auto schema = fields.integer("schema");
    const auto auditSeq = fields.integer("audit_seq");
    const auto auditHash = fields.text("audit_hash");
    if (header.is_discarded() || !header.is_object() || !fields.has("keys") || !databaseSize || !createdAt || !schema ||
        !auditSeq || !auditHash || *schema < 0 || *schema > 1'000'000) {
        return std::unexpected(damaged(QStringLiteral("header unreadable")));
    }
    BackupFileHeader parsed;
    parsed.databaseOffset = kPrefix + qint64(headerLength);
    // Compared without adding to a size the header chose (which could overflow).
    if (*databaseSize <= 0 || *databaseSize != fileSize - parsed.databaseOffset - kTagSize) {
        return std::unexpected(damaged(QStringLiteral("size mismatch (truncated or extended)")));
    }
    parsed.databaseSize = *databaseSize;
    auto keys = KeyFile::fromJson(header.at("keys"));
    if (!keys) {
        return std::unexpected(damaged(QStringLiteral("key envelopes unreadable")));
    }
    parsed.keys = std::move(*keys);
    parsed.createdAt = *createdAt;
    parsed.schema = static_cast<int>(*schema);
    parsed.auditSeq = *auditSeq;
    parsed.auditHash = QString::fromStdString(*auditHash);
    parsed.hasAnchor = fields.has("audit_seq") && fields.has("audit_hash");
    return parsed;
}

} // namespace clinicdesk
