// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/BackupReader.h"

#include "audit/AuditLog.h"
#include "storage/BackupTag.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "util/JsonFields.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <optional>

namespace clinicdesk {

namespace {

constexpr qint64 kChunk = 1 << 20;
constexpr std::uint32_t kMaxHeader = 16u << 20;
constexpr qint64 kPrefix = 16;

Error cancelled() {
    return Error{ErrorCode::Cancelled, BackupReader::tr("The check was cancelled."), QStringLiteral("cancelled")};
}

} // namespace

Error BackupReader::damaged(const QString& detail) {
    return Error{ErrorCode::Integrity,
                 tr("The backup file is damaged, truncated or was modified; it cannot be trusted."), detail};
}

Result<BackupReader> BackupReader::parse(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        return fail(ErrorCode::NotFound, tr("The backup file %1 does not exist.").arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("backup missing"));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The backup file could not be read: %1").arg(file.errorString()),
                    file.errorString());
    }
    const QByteArray prefix = file.read(kPrefix);
    if (prefix.size() < kPrefix || !prefix.startsWith(QByteArray(kMagic, 8))) {
        return fail(ErrorCode::VaultRefused, tr("This file is not a ClinicDesk backup."), QStringLiteral("bad magic"));
    }
    const auto version = qFromBigEndian<std::uint32_t>(prefix.constData() + 8);
    const auto headerLength = qFromBigEndian<std::uint32_t>(prefix.constData() + 12);
    if (version > kFormatVersion) {
        return fail(ErrorCode::VaultRefused,
                    tr("This backup was made by a newer version of ClinicDesk. Update ClinicDesk to use it."),
                    QStringLiteral("backup format %1").arg(version));
    }
    if (headerLength == 0 || headerLength > kMaxHeader ||
        kPrefix + qint64(headerLength) + qint64(BackupTag::kSize) > file.size()) {
        return std::unexpected(damaged(QStringLiteral("header length out of range")));
    }
    const QByteArray headerBytes = file.read(headerLength);
    auto header =
        nlohmann::json::parse(headerBytes.constData(), headerBytes.constData() + headerBytes.size(), nullptr, false);
    // The header comes from a file anyone may have edited: every field is read through JsonFields, and a
    // field of the wrong type makes the backup damaged (never an exception).
    const JsonFields fields(header);
    const auto databaseSize = fields.integer("db_size", -1);
    if (header.is_discarded() || !header.is_object() || !fields.has("keys") || !databaseSize ||
        !fields.integer("created_at") || !fields.integer("schema") || !fields.integer("audit_seq") ||
        !fields.text("audit_hash")) {
        return std::unexpected(damaged(QStringLiteral("header unreadable")));
    }
    BackupReader reader;
    reader.m_path = path;
    reader.m_databaseOffset = kPrefix + qint64(headerLength);
    reader.m_databaseSize = *databaseSize;
    if (reader.m_databaseSize <= 0 ||
        reader.m_databaseOffset + reader.m_databaseSize + qint64(BackupTag::kSize) != file.size()) {
        return std::unexpected(damaged(QStringLiteral("size mismatch (truncated or extended)")));
    }
    auto keys = KeyFile::fromBytes(QByteArray::fromStdString(header.at("keys").dump()));
    if (!keys) {
        return std::unexpected(damaged(QStringLiteral("key envelopes unreadable")));
    }
    reader.m_keys = std::move(*keys);
    reader.m_header = std::move(header);
    return reader;
}

Result<BackupHeader> BackupReader::readHeader(const QString& path) {
    auto reader = parse(path);
    if (!reader) {
        return std::unexpected(reader.error());
    }
    const nlohmann::json& h = reader->m_header;
    BackupHeader header;
    header.vaultId = reader->m_keys.vaultId;
    // parse() has checked that these are whole numbers.
    const JsonFields fields(h);
    header.createdAt = fields.integer("created_at").value_or(0);
    header.schema = static_cast<int>(fields.integer("schema").value_or(0));
    header.auditSeq = fields.integer("audit_seq").value_or(0);
    header.databaseBytes = reader->m_databaseSize;
    return header;
}

Result<BackupReader> BackupReader::open(const QString& path, const QString& userName, const SecureBytes& password,
                                        const BackupControl& control) {
    control.report(BackupStep::Opening);
    auto reader = parse(path);
    if (!reader) {
        return reader;
    }
    const KeyEnvelope* envelope = nullptr;
    if (userName.trimmed().isEmpty()) {
        for (const KeyEnvelope& candidate : reader->m_keys.envelopes) {
            if (candidate.kind == KeyEnvelope::Kind::Password && candidate.adminHint) {
                if (envelope != nullptr) {
                    return fail(ErrorCode::Usage, tr("This backup has several administrators: say which user you are."),
                                QStringLiteral("several admins"));
                }
                envelope = &candidate;
            }
        }
    } else {
        envelope =
            reader->m_keys.find(KeyEnvelope::Kind::Password, KeyFile::userHash(reader->m_keys.vaultId, userName));
    }
    if (envelope == nullptr) {
        return fail(ErrorCode::WrongPassword, tr("The user name or password is not correct for this backup."),
                    QStringLiteral("no envelope"));
    }
    auto key = envelope->openWithSecret(reader->m_keys.vaultId, password);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassword) {
            return fail(ErrorCode::WrongPassword, tr("The user name or password is not correct for this backup."),
                        key.error().detail);
        }
        return std::unexpected(key.error());
    }
    reader->m_userId = envelope->userId;
    reader->m_databaseKey = std::move(*key);
    if (auto s = reader->checkTag(control); !s) {
        return std::unexpected(s.error());
    }
    return reader;
}

Result<BackupReader> BackupReader::openWithKey(const QString& path, const QString& vaultId,
                                               const SecureBytes& databaseKey, const BackupControl& control) {
    control.report(BackupStep::Opening);
    auto reader = parse(path);
    if (!reader) {
        return reader;
    }
    if (reader->m_keys.vaultId != vaultId) {
        return fail(ErrorCode::Usage,
                    tr("This backup belongs to another vault. Enter the name and password of a user in that backup."),
                    QStringLiteral("backup of another vault"));
    }
    reader->m_databaseKey = SecureBytes::fromBytes(databaseKey.span());
    if (auto s = reader->checkTag(control); !s) {
        return std::unexpected(s.error());
    }
    return reader;
}

Status BackupReader::checkTag(const BackupControl& control) const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The backup file could not be read: %1").arg(file.errorString()),
                    file.errorString());
    }
    BackupTag tagger(m_databaseKey);
    const qint64 total = file.size() - qint64(BackupTag::kSize);
    qint64 remaining = total;
    control.report(BackupStep::CheckingTag, 0, total);
    while (remaining > 0) {
        if (control.cancelled()) {
            return std::unexpected(cancelled());
        }
        const QByteArray chunk = file.read(std::min(remaining, kChunk));
        if (chunk.isEmpty()) {
            return std::unexpected(damaged(QStringLiteral("short read")));
        }
        tagger.add(chunk);
        remaining -= chunk.size();
        control.report(BackupStep::CheckingTag, total - remaining, total);
    }
    const QByteArray expected = tagger.finish();
    const QByteArray actual = file.read(qint64(BackupTag::kSize));
    if (actual.size() != expected.size() ||
        sodium_memcmp(actual.constData(), expected.constData(), BackupTag::kSize) != 0) {
        return std::unexpected(damaged(QStringLiteral("tag mismatch")));
    }
    return {};
}

Status BackupReader::extractDatabase(const QString& target, const BackupControl& control) const {
    QFile in(m_path);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return fail(ErrorCode::Io, tr("The database could not be copied out of the backup."),
                    in.errorString() + QLatin1Char('/') + out.errorString());
    }
    in.seek(m_databaseOffset);
    qint64 remaining = m_databaseSize;
    control.report(BackupStep::Extracting, 0, m_databaseSize);
    while (remaining > 0) {
        if (control.cancelled()) {
            return std::unexpected(cancelled());
        }
        const QByteArray chunk = in.read(std::min(remaining, kChunk));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            return fail(ErrorCode::Io, tr("The database could not be copied out of the backup."), out.errorString());
        }
        remaining -= chunk.size();
        control.report(BackupStep::Extracting, m_databaseSize - remaining, m_databaseSize);
    }
    if (!out.flush()) {
        return fail(ErrorCode::Io, tr("The database could not be copied out of the backup."), out.errorString());
    }
    return {};
}

Result<BackupReport> BackupReader::checkDatabase(const QString& dbPath, bool requireAdmin,
                                                 const BackupControl& control) const {
    control.report(BackupStep::CheckingIntegrity);
    auto db = Database::open(dbPath, m_databaseKey, Database::Mode::OpenExisting);
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
    if (control.cancelled()) {
        return std::unexpected(cancelled());
    }
    control.report(BackupStep::CheckingAudit);
    std::optional<AuditHead> anchor;
    if (const JsonFields fields(m_header); fields.has("audit_seq") && fields.has("audit_hash")) {
        // parse() has checked their types.
        anchor = AuditHead{fields.integer("audit_seq").value_or(0),
                           QString::fromStdString(fields.text("audit_hash").value_or(std::string()))};
    }
    auto audit = AuditLog(*db).verify(anchor);
    if (!audit) {
        return std::unexpected(audit.error());
    }
    if (!audit->ok) {
        return fail(ErrorCode::Integrity, tr("The audit log in the backup is broken: %1").arg(audit->problem),
                    QStringLiteral("audit chain broken at %1").arg(audit->firstBadSeq));
    }
    if (requireAdmin) {
        auto role = db->prepare("SELECT role FROM users WHERE id = ? AND deleted_at IS NULL AND active = 1");
        if (!role) {
            return std::unexpected(role.error());
        }
        role->bind(1, m_userId);
        auto row = role->step();
        if (!row || !*row || role->text(0) != QLatin1String("admin")) {
            return fail(ErrorCode::PermissionDenied, tr("Only an administrator may restore backups."),
                        QStringLiteral("restore by non-admin"));
        }
    }
    BackupReport report;
    report.vaultId = m_keys.vaultId;
    report.createdAt = JsonFields(m_header).integer("created_at").value_or(0);
    report.databaseBytes = m_databaseSize;
    report.auditEntries = audit->entries;
    if (auto patients = db->scalar("SELECT count(*) FROM patients WHERE deleted_at IS NULL")) {
        report.patients = *patients;
    }
    return report;
}

} // namespace clinicdesk
