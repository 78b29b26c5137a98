// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
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

// What PRAGMA foreign_keys would have refused while the migrations ran with it off.
Status checkForeignKeys(Database& db) {
    auto broken = db.prepare("PRAGMA foreign_key_check");
    if (!broken) {
        return std::unexpected(broken.error());
    }
    auto row = broken->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (*row) {
        return fail(ErrorCode::VaultRefused,
                    QCoreApplication::translate("Migrator", "The vault could not be brought up to date: its records "
                                                            "do not fit together. It was not changed."),
                    QStringLiteral("foreign key check failed after migration in table %1").arg(broken->text(0)));
    }
    return {};
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
    // Foreign keys are off while the migrations run (SQLite's way to rebuild a table that others
    // reference: the pragma has no effect inside a transaction, and with it on, DROP TABLE deletes the
    // rows and RENAME rewrites the other tables' references). They are checked before the commit
    // instead, and on again afterwards whatever happened.
    if (auto s = db.exec("PRAGMA foreign_keys = OFF"); !s) {
        return s;
    }
    struct ForeignKeysBackOn {
        Database& db;
        ~ForeignKeysBackOn() {
            if (auto s = db.exec("PRAGMA foreign_keys = ON"); !s) {
                qCWarning(lcStorage) << "could not turn foreign keys back on:" << s.error().detail;
            }
        }
    } backOn{db};
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
    if (auto s = checkForeignKeys(db); !s) {
        return s;
    }
    return tx->commit();
}

} // namespace clinicdesk
