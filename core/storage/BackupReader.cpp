// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/BackupReader.h"

#include "audit/AuditLog.h"
#include "storage/BackupFileHeader.h"
#include "storage/BackupTag.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <optional>

namespace clinicdesk {

namespace {

constexpr qint64 kChunk = 1 << 20;
static_assert(BackupTag::kSize == std::size_t(BackupFileHeader::kTagSize));

Error cancelled() {
    return Error{ErrorCode::Cancelled, BackupReader::tr("The check was cancelled."), QStringLiteral("cancelled")};
}

} // namespace

Error BackupReader::damaged(const QString& detail) {
    return BackupFileHeader::damaged(detail);
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
    const QByteArray leading =
        file.read(std::min<qint64>(file.size(), BackupFileHeader::kPrefix + qint64(BackupFileHeader::kMaxHeader)));
    auto front = BackupFileHeader::parse(leading, file.size());
    if (!front) {
        return std::unexpected(front.error());
    }
    BackupReader reader;
    reader.m_path = path;
    reader.m_front = std::move(*front);
    return reader;
}

Result<BackupHeader> BackupReader::readHeader(const QString& path) {
    auto reader = parse(path);
    if (!reader) {
        return std::unexpected(reader.error());
    }
    BackupHeader header;
    header.vaultId = reader->m_front.keys.vaultId;
    header.createdAt = reader->m_front.createdAt;
    header.schema = reader->m_front.schema;
    header.auditSeq = reader->m_front.auditSeq;
    header.databaseBytes = reader->m_front.databaseSize;
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
        for (const KeyEnvelope& candidate : reader->m_front.keys.envelopes) {
            if (candidate.kind == KeyEnvelope::Kind::Password && candidate.adminHint) {
                if (envelope != nullptr) {
                    return fail(ErrorCode::Usage, tr("This backup has several administrators: say which user you are."),
                                QStringLiteral("several admins"));
                }
                envelope = &candidate;
            }
        }
    } else {
        envelope = reader->m_front.keys.find(KeyEnvelope::Kind::Password,
                                             KeyFile::userHash(reader->m_front.keys.vaultId, userName));
    }
    if (envelope == nullptr) {
        return fail(ErrorCode::WrongPassword, tr("The user name or password is not correct for this backup."),
                    QStringLiteral("no envelope"));
    }
    auto key = envelope->openWithSecret(reader->m_front.keys.vaultId, password);
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
    if (reader->m_front.keys.vaultId != vaultId) {
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
    in.seek(m_front.databaseOffset);
    qint64 remaining = m_front.databaseSize;
    control.report(BackupStep::Extracting, 0, m_front.databaseSize);
    while (remaining > 0) {
        if (control.cancelled()) {
            return std::unexpected(cancelled());
        }
        const QByteArray chunk = in.read(std::min(remaining, kChunk));
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            return fail(ErrorCode::Io, tr("The database could not be copied out of the backup."), out.errorString());
        }
        remaining -= chunk.size();
        control.report(BackupStep::Extracting, m_front.databaseSize - remaining, m_front.databaseSize);
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
    if (m_front.hasAnchor) {
        anchor = AuditHead{m_front.auditSeq, m_front.auditHash};
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
    report.vaultId = m_front.keys.vaultId;
    report.createdAt = m_front.createdAt;
    report.databaseBytes = m_front.databaseSize;
    report.auditEntries = audit->entries;
    if (auto patients = db->scalar("SELECT count(*) FROM patients WHERE deleted_at IS NULL")) {
        report.patients = *patients;
    }
    return report;
}

} // namespace clinicdesk
