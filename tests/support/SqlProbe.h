// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

// Reading a vault's state in tests: one number or one text from a query, and the
// footprint a refused write must leave untouched.

#include "storage/Database.h"

#include <QString>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clinicdesk::test {

// The first column of the first row as a number; -1 when the query fails.
[[nodiscard]] std::int64_t scalarOf(Database& db, std::string_view sql);
[[nodiscard]] std::int64_t scalarOf(Database& db, std::string_view sql, const QString& arg);

// The first column of the first row as text: "NULL" when null, "missing" without a row,
// "error" when the query fails.
[[nodiscard]] QString textOf(Database& db, std::string_view sql);

// What a refused write must not leave behind: named numbers, each read by one query, compared
// as a whole. Every footprint also holds the audit log's and the change feed's high-water marks
// ("audit", "changes"), which every write moves. QCOMPARE prints both sides by name.
class Footprint {
public:
    struct Probe {
        const char* name;
        const char* sql;
    };

    [[nodiscard]] static Footprint of(Database& db, std::initializer_list<Probe> probes);
    // The named number; -2 when this footprint has no such name.
    [[nodiscard]] std::int64_t operator[](std::string_view name) const;
    [[nodiscard]] QString describe() const;
    bool operator==(const Footprint&) const = default;

private:
    std::vector<std::pair<std::string, std::int64_t>> m_values;
};

// For QCOMPARE (found by argument-dependent lookup).
char* toString(const Footprint& footprint);

} // namespace clinicdesk::test
