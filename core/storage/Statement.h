// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

struct sqlite3_stmt;
struct sqlite3;

namespace clinicdesk {

// A prepared SQLCipher statement (RAII). Bind parameters by 1-based index,
// step through rows, read columns by 0-based index.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Binds every argument in order, starting at index 1.
    template <typename... Args>
    Statement& bindAll(const Args&... args) {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // true: a row is available; false: done.
    [[nodiscard]] Result<bool> step();
    // Steps through every row, collecting what `read()` makes of each (it reads this statement's columns).
    template <typename Read>
    [[nodiscard]] auto collect(Read read) -> Result<std::vector<decltype(read())>> {
        std::vector<decltype(read())> rows;
        while (true) {
            auto row = step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                return rows;
            }
            rows.push_back(read());
        }
    }
    // Runs a statement that returns no rows.
    [[nodiscard]] Status run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::optional<QString> optionalText(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] std::optional<std::int64_t> optionalInt64(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace clinicdesk
