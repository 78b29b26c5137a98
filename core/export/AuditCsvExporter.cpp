// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/AuditCsvExporter.h"

#include "audit/AuditLog.h"
#include "domain/AccessPolicy.h"
#include "repo/Journal.h"
#include "repo/UserRepository.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

namespace clinicdesk {

namespace {

constexpr std::int64_t kRowsPerCheck = 500;

} // namespace

QByteArray AuditCsvExporter::headerLine() {
    return QByteArrayLiteral("seq,time_utc,user_id,user_name,action,entity,entity_id,detail,hash\r\n");
}

QByteArray AuditCsvExporter::field(const QString& value) {
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\r') || bytes.contains('\n')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}

Result<std::int64_t> AuditCsvExporter::write(Database& db, const Session& session, const AuditFilter& filter,
                                             const QString& path, const Progress& progress,
                                             const std::atomic<bool>* cancel) {
    if (auto s = AccessPolicy::require(session.user, Permission::ReadAudit); !s) {
        return std::unexpected(s.error());
    }
    if (QFileInfo::exists(path)) {
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 already exists; choose a new file name.").arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("csv target exists"));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io,
                    tr("ClinicDesk cannot write a file in %1 (%2). Choose a folder you may write to.")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), out.errorString()),
                    QStringLiteral("csv target not writable: ") + out.errorString());
    }
    auto users = UserRepository(db, session).list();
    if (!users) {
        return std::unexpected(users.error());
    }
    QHash<QString, QString> names;
    for (const User& user : *users) {
        names.insert(user.id, user.name);
    }
    AuditLog log(db);
    auto total = log.count(filter);
    if (!total) {
        return std::unexpected(total.error());
    }
    std::int64_t written = 0;
    bool ok = out.write(headerLine()) > 0;
    bool stopped = false;
    auto visited = log.forEach(filter, [&](const AuditEntry& e) {
        if (written % kRowsPerCheck == 0) {
            if (cancel != nullptr && cancel->load()) {
                stopped = true;
                return false;
            }
            if (progress) {
                progress(written, *total);
            }
        }
        const QString time = QDateTime::fromMSecsSinceEpoch(e.at, QTimeZone::utc()).toString(Qt::ISODateWithMs);
        QByteArray line;
        line.reserve(256);
        line += QByteArray::number(qint64(e.seq)) + ',' + field(time) + ',' + field(e.userId) + ',' +
                field(names.value(e.userId)) + ',' + field(e.action) + ',' + field(e.entity) + ',' + field(e.entityId) +
                ',' + field(e.detail) + ',' + field(e.hash) + "\r\n";
        ok = out.write(line) == line.size();
        ++written;
        return ok;
    });
    if (!visited) {
        return std::unexpected(visited.error());
    }
    if (stopped) {
        out.cancelWriting();
        return fail(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."),
                    QStringLiteral("csv export cancelled"));
    }
    if (!ok || !out.commit()) {
        return fail(ErrorCode::Io, tr("The file could not be written: %1").arg(out.errorString()), out.errorString());
    }
    if (progress) {
        progress(written, *total);
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (auto s = Journal(db, session)
                     .audit(QStringLiteral("export"), QStringLiteral("audit_log"), QString(),
                            QStringLiteral("csv entries=%1%2")
                                .arg(written)
                                .arg(filter.isEmpty() ? QString() : QStringLiteral(" filtered")));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    qCInfo(lcAudit) << "audit log exported as CSV," << written << "entries";
    return written;
}

} // namespace clinicdesk
