// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audit/AuditLog.h"

#include "util/Clock.h"

#include <sodium.h>
#include <string>

namespace clinicdesk {

namespace {

constexpr std::string_view kEntryColumns =
    "SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
    "FROM audit_log ";

// The ids an entry may name when it is about patient ?P: the patient, a record merged into it, and
// what belongs to it. The audit log holds entity ids only, so the patient is resolved to them here.
// Read only; notes, recordings and transcripts are reached through the encounters' index.
constexpr std::string_view kPatientScope =
    "entity_id IN (SELECT ?P UNION ALL SELECT id FROM patients WHERE merged_into = ?P "
    "UNION ALL SELECT id FROM appointments WHERE patient_id = ?P "
    "UNION ALL SELECT id FROM encounters WHERE patient_id = ?P "
    "UNION ALL SELECT n.id FROM notes n JOIN encounters e ON n.encounter_id = e.id WHERE e.patient_id = ?P "
    "UNION ALL SELECT r.id FROM recordings r JOIN encounters e ON r.encounter_id = e.id WHERE e.patient_id = ?P "
    "UNION ALL SELECT t.id FROM transcripts t JOIN recordings r ON t.recording_id = r.id "
    "JOIN encounters e ON r.encounter_id = e.id WHERE e.patient_id = ?P "
    "UNION ALL SELECT id FROM documents WHERE patient_id = ?P "
    "UNION ALL SELECT id FROM payments WHERE patient_id = ?P "
    "UNION ALL SELECT id FROM jobs WHERE patient_id = ?P)";

// A filter as SQL: the WHERE clause with numbered parameters, and how to bind them.
struct Where {
    std::string sql;
    std::vector<QString> texts; // bound first, from ?1
    std::vector<std::int64_t> numbers;

    int nextIndex() const { return int(texts.size() + numbers.size()) + 1; }
    std::string text(const QString& value) {
        texts.push_back(value);
        return "?" + std::to_string(texts.size());
    }
};

Where whereOf(const AuditFilter& filter, std::int64_t beforeSeq) {
    Where where;
    std::vector<std::string> parts;
    if (!filter.userId.isEmpty()) {
        parts.push_back("user_id = " + where.text(filter.userId));
    }
    if (!filter.actions.isEmpty()) {
        std::string in = "action IN (";
        for (qsizetype i = 0; i < filter.actions.size(); ++i) {
            in += (i > 0 ? ", " : "") + where.text(filter.actions.at(i));
        }
        parts.push_back(in + ")");
    }
    if (!filter.patientId.isEmpty()) {
        std::string scope(kPatientScope);
        const std::string param = where.text(filter.patientId);
        for (std::size_t at = scope.find("?P"); at != std::string::npos; at = scope.find("?P", at)) {
            scope.replace(at, 2, param);
        }
        parts.push_back(scope);
    }
    // Numbers after the texts: their indexes follow.
    const auto number = [&where](std::int64_t value) {
        where.numbers.push_back(value);
        return "?" + std::to_string(where.texts.size() + where.numbers.size());
    };
    if (beforeSeq > 0) {
        parts.push_back("seq < " + number(beforeSeq));
    }
    if (filter.fromMs > 0) {
        parts.push_back("at >= " + number(filter.fromMs));
    }
    if (filter.toMs > 0) {
        parts.push_back("at < " + number(filter.toMs));
    }
    for (std::size_t i = 0; i < parts.size(); ++i) {
        where.sql += (i == 0 ? "WHERE " : " AND ") + parts[i];
    }
    return where;
}

void bindWhere(Statement& stmt, const Where& where) {
    int index = 0;
    for (const QString& text : where.texts) {
        stmt.bind(++index, text);
    }
    for (std::int64_t number : where.numbers) {
        stmt.bind(++index, number);
    }
}

AuditEntry entryOf(const Statement& stmt) {
    return AuditEntry{stmt.int64(0), stmt.int64(1), stmt.text(2), stmt.text(3), stmt.text(4),
                      stmt.text(5),  stmt.text(6),  stmt.text(7), stmt.text(8)};
}

} // namespace

QString AuditLog::computeHash(const AuditEntry& entry) {
    // Length-prefixed fields, so no two different entries serialise alike.
    QByteArray message;
    const auto add = [&message](const QByteArray& field) {
        message += QByteArray::number(field.size());
        message += ':';
        message += field;
        message += '|';
    };
    add(entry.prevHash.toUtf8());
    add(QByteArray::number(entry.seq));
    add(QByteArray::number(entry.at));
    add(entry.userId.toUtf8());
    add(entry.action.toUtf8());
    add(entry.entity.toUtf8());
    add(entry.entityId.toUtf8());
    add(entry.detail.toUtf8());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<unsigned long long>(message.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

Result<AuditHead> AuditLog::head() {
    auto stmt = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return AuditHead{0, QString::fromLatin1(kGenesisHash)};
    }
    return AuditHead{stmt->int64(0), stmt->text(1)};
}

Status AuditLog::append(const QString& userId, const QString& action, const QString& entity, const QString& entityId,
                        const QString& detail) {
    auto last = head();
    if (!last) {
        return std::unexpected(last.error());
    }
    AuditEntry entry;
    entry.seq = last->seq + 1;
    entry.at = Clock::nowMs();
    entry.userId = userId;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.detail = detail;
    entry.prevHash = last->hash;
    entry.hash = computeHash(entry);
    auto stmt = m_db.prepare("INSERT INTO audit_log (seq, at, user_id, action, entity, entity_id, detail, prev_hash, "
                             "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(entry.seq, entry.at, entry.userId, entry.action, entry.entity, entry.entityId, entry.detail,
                  entry.prevHash, entry.hash);
    return stmt->run();
}

Result<std::vector<AuditEntry>> AuditLog::list(std::int64_t limit, std::int64_t beforeSeq) {
    auto stmt = m_db.prepare("SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash FROM "
                             "audit_log WHERE (?1 = 0 OR seq < ?1) ORDER BY seq DESC LIMIT ?2");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(beforeSeq, limit);
    return stmt->collect([&] {
        return AuditEntry{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                          stmt->text(5),  stmt->text(6),  stmt->text(7), stmt->text(8)};
    });
}

Result<AuditVerifyReport> AuditLog::verify(const std::optional<AuditHead>& anchor) {
    auto stmt = m_db.prepare("SELECT seq, at, user_id, action, entity, entity_id, detail, prev_hash, hash FROM "
                             "audit_log ORDER BY seq ASC");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    AuditVerifyReport report;
    QString previousHash = QString::fromLatin1(kGenesisHash);
    std::int64_t expectedSeq = 1;
    const auto broken = [&report](std::int64_t seq, QString problem) {
        report.ok = false;
        report.firstBadSeq = seq;
        report.problem = std::move(problem);
        return report;
    };
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row) {
            break;
        }
        const AuditEntry entry{stmt->int64(0), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                               stmt->text(5),  stmt->text(6),  stmt->text(7), stmt->text(8)};
        if (entry.seq != expectedSeq) {
            return broken(expectedSeq, tr("Audit entry %1 is missing: entries were deleted.").arg(expectedSeq));
        }
        if (entry.prevHash != previousHash) {
            return broken(entry.seq, tr("Audit entry %1 does not follow entry %2: the chain was rewritten.")
                                         .arg(entry.seq)
                                         .arg(entry.seq - 1));
        }
        if (computeHash(entry) != entry.hash) {
            return broken(entry.seq, tr("Audit entry %1 was changed after it was written.").arg(entry.seq));
        }
        previousHash = entry.hash;
        ++expectedSeq;
        ++report.entries;
    }
    if (anchor) {
        if (anchor->seq > report.entries) {
            return broken(report.entries + 1, tr("The audit log ends at entry %1 but the anchor records entry %2: "
                                                 "entries were removed from the end.")
                                                  .arg(report.entries)
                                                  .arg(anchor->seq));
        }
        // The anchored entry must still carry the anchored hash.
        auto anchored = m_db.prepare("SELECT hash FROM audit_log WHERE seq = ?");
        if (!anchored) {
            return std::unexpected(anchored.error());
        }
        anchored->bind(1, anchor->seq);
        auto row = anchored->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (anchor->seq > 0 && (!*row || anchored->text(0) != anchor->hash)) {
            return broken(anchor->seq,
                          tr("Audit entry %1 differs from the anchored copy: the log was rewritten.").arg(anchor->seq));
        }
        report.anchoredSeq = anchor->seq;
    }
    return report;
}

Result<std::vector<AuditEntry>> AuditLog::list(const AuditFilter& filter, std::int64_t beforeSeq, std::int64_t limit) {
    Where where = whereOf(filter, beforeSeq);
    const std::string limitParam = "?" + std::to_string(where.nextIndex());
    auto stmt = m_db.prepare(std::string(kEntryColumns) + where.sql + " ORDER BY seq DESC LIMIT " + limitParam);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindWhere(*stmt, where);
    stmt->bind(where.nextIndex(), limit);
    return stmt->collect([&] { return entryOf(*stmt); });
}

Result<std::int64_t> AuditLog::count(const AuditFilter& filter) {
    const Where where = whereOf(filter, 0);
    auto stmt = m_db.prepare("SELECT count(*) FROM audit_log " + where.sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindWhere(*stmt, where);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->int64(0) : 0;
}

Status AuditLog::forEach(const AuditFilter& filter, const std::function<bool(const AuditEntry&)>& visit) {
    const Where where = whereOf(filter, 0);
    auto stmt = m_db.prepare(std::string(kEntryColumns) + where.sql + " ORDER BY seq ASC");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    bindWhere(*stmt, where);
    while (true) {
        auto row = stmt->step();
        if (!row) {
            return std::unexpected(row.error());
        }
        if (!*row || !visit(entryOf(*stmt))) {
            return {};
        }
    }
}

Result<QStringList> AuditLog::actions() {
    auto stmt = m_db.prepare("SELECT DISTINCT action FROM audit_log ORDER BY action");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto rows = stmt->collect([&] { return stmt->text(0); });
    if (!rows) {
        return std::unexpected(rows.error());
    }
    return QStringList(rows->begin(), rows->end());
}

} // namespace clinicdesk
