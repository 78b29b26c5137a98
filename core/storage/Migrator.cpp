#include "storage/Migrator.h"

#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QDir>
#include <QFile>

#include <map>

namespace clinicdesk {

namespace {

// version -> resource path, from the file names' four-digit prefix.
std::map<int, QString> migrationFiles() {
    std::map<int, QString> files;
    const QDir dir(QStringLiteral(":/migrations"));
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0) {
            files.emplace(version, dir.filePath(name));
        }
    }
    return files;
}

} // namespace

int Migrator::latestVersion() {
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.rbegin()->first;
}

Status Migrator::checkVersion(Database& db) {
    auto version = db.userVersion();
    if (!version) {
        return std::unexpected(version.error());
    }
    if (*version > latestVersion()) {
        return fail(ErrorCode::VaultRefused,
                    tr("This vault was made by a newer version of ClinicDesk (schema %1; this version knows up to %2). "
                       "Update ClinicDesk to open it; the vault was not changed.")
                        .arg(*version)
                        .arg(latestVersion()),
                    QStringLiteral("schema version %1 > %2").arg(*version).arg(latestVersion()));
    }
    return {};
}

Status Migrator::migrate(Database& db) {
    if (auto s = checkVersion(db); !s) {
        return s;
    }
    auto current = db.userVersion();
    if (!current) {
        return std::unexpected(current.error());
    }
    const auto files = migrationFiles();
    if (files.empty() || files.rbegin()->first <= *current) {
        return {};
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    for (const auto& [version, path] : files) {
        if (version <= *current) {
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(ErrorCode::Io, tr("A schema migration is missing from this build of ClinicDesk."),
                        QStringLiteral("cannot read migration %1").arg(path));
        }
        const QByteArray sql = file.readAll();
        if (auto s = db.exec(std::string_view(sql.constData(), static_cast<std::size_t>(sql.size()))); !s) {
            return s;
        }
        if (auto s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version).toStdString()); !s) {
            return s;
        }
        qCInfo(lcStorage) << "applied schema migration" << version;
    }
    return tx->commit();
}

} // namespace clinicdesk
