// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/PatientMerge.h"

#include "repo/AuthorizedTransaction.h"
#include "repo/ChangeFeed.h"
#include "repo/DeniedAccess.h"
#include "repo/Journal.h"
#include "util/Clock.h"

#include <string>

namespace clinicdesk {

namespace {

// Synced tables: every moved row is an update in the change feed.
constexpr const char* kSynced[] = {"appointments", "encounters", "notes", "recordings", "documents", "payments"};

// What the kept record says, with what the duplicate said added when it is something else.
std::optional<QString> combined(const std::optional<QString>& kept, const std::optional<QString>& duplicate) {
    const QString k = kept.value_or(QString()).trimmed();
    const QString d = duplicate.value_or(QString()).trimmed();
    if (d.isEmpty() || k.contains(d)) {
        return kept;
    }
    return k.isEmpty() ? d : k + QLatin1Char('\n') + d;
}

} // namespace

const std::vector<const char*>& PatientMerge::movedTables() {
    static const std::vector<const char*> tables = [] {
        std::vector<const char*> all(std::begin(kSynced), std::end(kSynced));
        all.push_back("jobs");
        return all;
    }();
    return tables;
}

Result<PatientMergeReport> PatientMerge::run(const QString& keepId, const QString& duplicateId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::MergePatients, QStringLiteral("patient"),
                                      duplicateId);
        !s) {
        return std::unexpected(s.error());
    }
    auto tx = beginAuthorized(m_db, m_session.user, Permission::MergePatients);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    if (keepId == duplicateId) {
        return fail(ErrorCode::InvalidInput, tr("A record cannot be merged into itself."),
                    QStringLiteral("merge into itself"));
    }
    auto keep = living(keepId);
    if (!keep) {
        return std::unexpected(keep.error());
    }
    auto duplicate = living(duplicateId);
    if (!duplicate) {
        return std::unexpected(duplicate.error());
    }
    const std::int64_t now = Clock::nowMs();
    PatientMergeReport report{keepId, duplicateId, {}};
    QStringList counts;
    for (const char* table : movedTables()) {
        auto moved = move(table, duplicateId, keepId, now);
        if (!moved) {
            return std::unexpected(moved.error());
        }
        report.moved.emplace_back(QString::fromLatin1(table), *moved);
        counts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(*moved);
    }
    if (auto s = combineClinical(keepId, *keep, *duplicate, now); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tombstone(duplicateId, keepId, duplicate->searchDocid, now); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    ChangeFeed changes(m_db, m_session.deviceId);
    const QString moved = counts.join(QLatin1Char(' '));
    if (auto s = journal.audit(QStringLiteral("merge"), QStringLiteral("patient"), keepId,
                               QStringLiteral("kept; duplicate %1; moved %2").arg(duplicateId, moved));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = journal.audit(QStringLiteral("merge"), QStringLiteral("patient"), duplicateId,
                               QStringLiteral("merged into %1; moved %2").arg(keepId, moved));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = changes.record(QStringLiteral("patients"), keepId, ChangeFeed::Op::Update); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = changes.record(QStringLiteral("patients"), duplicateId, ChangeFeed::Op::Delete); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return report;
}

Result<PatientMerge::Row> PatientMerge::living(const QString& id) {
    auto stmt = m_db.prepare("SELECT search_docid, alerts, clinical_notes, merged_into FROM patients WHERE id = ? AND "
                             "deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    auto found = stmt->step();
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::NotFound, tr("The patient does not exist (or was already merged or removed)."),
                    QStringLiteral("merge of a patient not found"));
    }
    Row row{stmt->int64(0), stmt->optionalText(1), stmt->optionalText(2)};
    stmt->reset();
    return row;
}

Result<int> PatientMerge::move(const char* table, const QString& fromId, const QString& toId, std::int64_t now) {
    const bool synced = std::string_view(table) != "jobs";
    std::vector<QString> ids;
    if (synced) {
        auto select = m_db.prepare(std::string("SELECT id FROM ") + table + " WHERE patient_id = ?");
        if (!select) {
            return std::unexpected(select.error());
        }
        select->bind(1, fromId);
        auto rows = select->collect([&] { return select->text(0); });
        if (!rows) {
            return std::unexpected(rows.error());
        }
        ids = std::move(*rows);
    }
    auto update = m_db.prepare(std::string("UPDATE ") + table +
                               (synced ? " SET patient_id = ?1, updated_at = ?2, updated_by = ?3 WHERE patient_id = ?4"
                                       : " SET patient_id = ?1, updated_at = ?2 WHERE patient_id = ?4"));
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bind(1, toId);
    update->bind(2, now);
    if (synced) {
        update->bind(3, m_session.user.id);
    }
    update->bind(4, fromId);
    if (auto s = update->run(); !s) {
        return std::unexpected(s.error());
    }
    const int moved = static_cast<int>(m_db.changes());
    ChangeFeed changes(m_db, m_session.deviceId);
    for (const QString& id : ids) {
        if (auto s = changes.record(QString::fromLatin1(table), id, ChangeFeed::Op::Update); !s) {
            return std::unexpected(s.error());
        }
    }
    return moved;
}

Status PatientMerge::combineClinical(const QString& keepId, const Row& keep, const Row& duplicate, std::int64_t now) {
    const auto alerts = combined(keep.alerts, duplicate.alerts);
    const auto notes = combined(keep.clinicalNotes, duplicate.clinicalNotes);
    auto stmt = m_db.prepare("UPDATE patients SET alerts = ?, clinical_notes = ?, updated_at = ?, updated_by = ? "
                             "WHERE id = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(alerts, notes, now, m_session.user.id, keepId);
    return stmt->run();
}

Status PatientMerge::tombstone(const QString& duplicateId, const QString& keepId, std::int64_t searchDocid,
                               std::int64_t now) {
    auto stmt = m_db.prepare("UPDATE patients SET merged_into = ?1, deleted_at = ?2, updated_at = ?2, updated_by = ?3 "
                             "WHERE id = ?4");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, keepId);
    stmt->bind(2, now);
    stmt->bind(3, m_session.user.id);
    stmt->bind(4, duplicateId);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    auto unindex = m_db.prepare("DELETE FROM patients_fts WHERE docid = ?");
    if (!unindex) {
        return std::unexpected(unindex.error());
    }
    unindex->bind(1, searchDocid);
    return unindex->run();
}

} // namespace clinicdesk
