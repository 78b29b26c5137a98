#include "audit/AuditLog.h"

#include "util/Clock.h"

#include <sodium.h>

namespace clinicdesk {

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
    }
    return report;
}

} // namespace clinicdesk
