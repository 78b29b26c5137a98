// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"
#include "storage/Statement.h"
#include "util/Error.h"

#include <QString>

#include <string_view>

struct sqlite3;

namespace clinicdesk {

// One SQLCipher connection (RAII). Each thread that touches the vault opens
// its own. The key is the raw 256-bit database key; SQLCipher's own KDF is
// unused. Cipher settings are pinned so a file moves between SQLCipher 3 and 4.
class Database {
public:
    enum class Mode { OpenExisting, CreateNew };

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    // Opens an encrypted database with a raw 32-byte key, verifies the key by
    // reading the schema, and applies the connection settings (WAL, FULL sync,
    // foreign keys, secure delete, busy timeout). Nothing is written to an
    // existing file until `configure()` (called here) switches on WAL, which
    // does not change a file that is already in WAL mode.
    [[nodiscard]] static Result<Database> open(const QString& path, const SecureBytes& key, Mode mode);
    // The same without a key: plain SQLite. Only for benchmarks that measure
    // the cost of encryption; never for patient data.
    [[nodiscard]] static Result<Database> openUnencrypted(const QString& path, Mode mode);

    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    void close();

    [[nodiscard]] Status exec(std::string_view sql);
    [[nodiscard]] Result<Statement> prepare(std::string_view sql);
    // Runs a query that returns one integer (count(*), PRAGMA user_version).
    [[nodiscard]] Result<std::int64_t> scalar(std::string_view sql);
    // The first column of the first row of `sql` with `arg` bound to its one parameter (0 if no row).
    [[nodiscard]] Result<std::int64_t> scalar(std::string_view sql, const QString& arg);

    [[nodiscard]] Result<int> userVersion();
    [[nodiscard]] std::int64_t changes() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] QString path() const { return m_path; }

    // An Error from the connection's last failure; the SQLite message goes to
    // the detail (it names tables and constraints, never values).
    [[nodiscard]] static Error errorFrom(sqlite3* db, int rc, std::string_view context);

private:
    explicit Database(sqlite3* db, QString path);
    [[nodiscard]] static Result<Database> openImpl(const QString& path, const SecureBytes* key, Mode mode);
    [[nodiscard]] Status configure();

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace clinicdesk
