// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditFilter.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace clinicdesk {

// The audit log, or the part a filter selects, as CSV (RFC 4180: a header line, CRLF line ends,
// fields with a comma, a double quote, CR or LF quoted, quotes doubled; UTF-8). Oldest first, one
// line per entry: seq, time_utc (ISO 8601), user_id, user_name, action, entity, entity_id, detail,
// hash. Nothing beyond what the log holds: ids and the details written without patient values, plus
// the user's login name.
class AuditCsvExporter {
    Q_DECLARE_TR_FUNCTIONS(AuditCsvExporter)
public:
    using Progress = std::function<void(std::int64_t done, std::int64_t total)>;

    // Administrators only (reading the audit log). Writes `path` (refused if it exists) through a
    // temporary file, so a failed or cancelled export leaves nothing; the export itself is audited.
    // Returns the number of entries written.
    [[nodiscard]] static Result<std::int64_t> write(Database& db, const Session& session, const AuditFilter& filter,
                                                    const QString& path, const Progress& progress = {},
                                                    const std::atomic<bool>* cancel = nullptr);

    [[nodiscard]] static QByteArray headerLine();
    // One field as RFC 4180 wants it: as it is, or in double quotes with quotes doubled.
    [[nodiscard]] static QByteArray field(const QString& value);
};

} // namespace clinicdesk
