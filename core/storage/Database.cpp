// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/Database.h"

#include "util/Logging.h"

#include <QFile>

#include <sqlite3.h>
#include <utility>

namespace clinicdesk {

namespace {
constexpr int kBusyTimeoutMs = 5000;
}

Database::Database(sqlite3* db, QString path)
    : m_db(db)
    , m_path(std::move(path)) {}

Database::~Database() {
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Database::close() {
    if (m_db != nullptr) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Error Database::errorFrom(sqlite3* db, int rc, std::string_view context) {
    const QString detail = QStringLiteral("%1: %2 (%3)")
                               .arg(QString::fromUtf8(context.data(), static_cast<qsizetype>(context.size())),
                                    QString::fromUtf8(db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)))
                               .arg(rc);
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) {
        return Error{ErrorCode::VaultRefused,
                     QCoreApplication::translate("Database", "The vault database is damaged or is not a ClinicDesk "
                                                             "vault."),
                     detail};
    }
    if (rc == SQLITE_CONSTRAINT) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("Database", "The change conflicts with data already in the vault."),
                     detail};
    }
    if (rc == SQLITE_FULL || rc == SQLITE_IOERR || rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY) {
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("Database", "The vault file could not be read or written. Check the "
                                                             "disk and the folder's permissions."),
                     detail};
    }
    return Error{ErrorCode::Database,
                 QCoreApplication::translate("Database", "The vault database reported an unexpected error."), detail};
}

Result<Database> Database::open(const QString& path, const SecureBytes& key, Mode mode) {
    return openImpl(path, &key, mode);
}

Result<Database> Database::openUnencrypted(const QString& path, Mode mode) {
    return openImpl(path, nullptr, mode);
}

Result<Database> Database::openImpl(const QString& path, const SecureBytes* key, Mode mode) {
    const bool exists = QFile::exists(path);
    if (mode == Mode::OpenExisting && !exists) {
        return fail(ErrorCode::NotFound, QCoreApplication::translate("Database", "The vault database does not exist."),
                    QStringLiteral("missing database file"));
    }
    if (mode == Mode::CreateNew && exists) {
        return fail(ErrorCode::AlreadyExists,
                    QCoreApplication::translate("Database", "A database already exists at this place."),
                    QStringLiteral("database file exists"));
    }
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        return std::unexpected(errorFrom(raw, rc, "open"));
    }
    sqlite3_extended_result_codes(raw, 0);

    if (key != nullptr) {
        // Raw key form x'<64 hex digits>': SQLCipher uses the bytes as the key
        // and skips its password KDF. The hex text lives in guarded memory.
        const SecureBytes hex = key->toHex();
        SecureBytes keySpec(hex.size() + 3);
        keySpec.data()[0] = 'x';
        keySpec.data()[1] = '\'';
        std::copy(hex.data(), hex.data() + hex.size(), keySpec.data() + 2);
        keySpec.data()[hex.size() + 2] = '\'';
        const int keyRc = sqlite3_key(raw, keySpec.data(), static_cast<int>(keySpec.size()));
        if (keyRc != SQLITE_OK) {
            return std::unexpected(errorFrom(raw, keyRc, "key"));
        }
        // Pinned cipher settings: SQLCipher 4 reads "compatibility 3" as the
        // 3.x defaults; 3.4 ignores the unknown pragma. Page size 4096 on both.
        if (auto s = db.exec("PRAGMA cipher_compatibility = 3; PRAGMA cipher_page_size = 4096;"); !s) {
            return std::unexpected(s.error());
        }
    }
    // Reading the schema proves the key (SQLITE_NOTADB otherwise).
    if (auto count = db.scalar("SELECT count(*) FROM sqlite_master"); !count) {
        return std::unexpected(count.error());
    }
    if (auto s = db.configure(); !s) {
        return std::unexpected(s.error());
    }
    return db;
}

Status Database::configure() {
    sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
    if (auto s = exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                      "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; "
                      // 16 MiB page cache per connection (allocated as used): every page read from
                      // disk is a decryption, and search p95 drops from 8 to 3 ms (docs/PERFORMANCE.md).
                      "PRAGMA cache_size = -16384;");
        !s) {
        return s;
    }
    return {};
}

Status Database::exec(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) {
        return std::unexpected(errorFrom(m_db, rc, "exec"));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return std::unexpected(errorFrom(m_db, rc, "prepare"));
    }
    return Statement(m_db, stmt);
}

Result<std::int64_t> Database::scalar(std::string_view sql) {
    return scalar(sql, QString());
}

Result<std::int64_t> Database::scalar(std::string_view sql, const QString& arg) {
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (!arg.isNull()) {
        stmt->bind(1, arg);
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->int64(0) : 0;
}

Result<int> Database::userVersion() {
    auto version = scalar("PRAGMA user_version");
    if (!version) {
        return std::unexpected(version.error());
    }
    return static_cast<int>(*version);
}

std::int64_t Database::changes() const {
    return sqlite3_changes(m_db);
}

} // namespace clinicdesk
