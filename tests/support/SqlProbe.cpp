// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "SqlProbe.h"

#include <QTest>

namespace clinicdesk::test {

std::int64_t scalarOf(Database& db, std::string_view sql) {
    auto value = db.scalar(sql);
    return value ? *value : -1;
}

std::int64_t scalarOf(Database& db, std::string_view sql, const QString& arg) {
    auto value = db.scalar(sql, arg);
    return value ? *value : -1;
}

QString textOf(Database& db, std::string_view sql) {
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return QStringLiteral("error");
    }
    auto rows = stmt->collect([&] { return stmt->isNull(0) ? QStringLiteral("NULL") : stmt->text(0); });
    if (!rows) {
        return QStringLiteral("error");
    }
    return rows->empty() ? QStringLiteral("missing") : rows->front();
}

Footprint Footprint::of(Database& db, std::initializer_list<Probe> probes) {
    Footprint footprint;
    for (const Probe& probe : probes) {
        footprint.m_values.emplace_back(probe.name, scalarOf(db, probe.sql));
    }
    footprint.m_values.emplace_back("audit", scalarOf(db, "SELECT coalesce(max(seq), 0) FROM audit_log"));
    footprint.m_values.emplace_back("changes", scalarOf(db, "SELECT coalesce(max(seq), 0) FROM changes"));
    return footprint;
}

std::int64_t Footprint::operator[](std::string_view name) const {
    for (const auto& [key, value] : m_values) {
        if (key == name) {
            return value;
        }
    }
    return -2;
}

QString Footprint::describe() const {
    QStringList parts;
    for (const auto& [key, value] : m_values) {
        parts << QString::fromStdString(key) + QLatin1Char('=') + QString::number(value);
    }
    return parts.join(QLatin1Char(' '));
}

char* toString(const Footprint& footprint) {
    return QTest::toString(footprint.describe());
}

} // namespace clinicdesk::test
