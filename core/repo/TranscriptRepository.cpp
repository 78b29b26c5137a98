// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/TranscriptRepository.h"

#include "domain/AccessPolicy.h"
#include "repo/DeniedAccess.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clinicdesk {

namespace {

const char* const kColumns =
    "SELECT t.id, t.recording_id, t.language, t.provider, t.model, t.text, t.segments, t.job_id, t.created_at, "
    "t.created_by FROM transcripts t ";

Transcript readTranscript(const Statement& stmt) {
    Transcript t;
    t.id = stmt.text(0);
    t.recordingId = stmt.text(1);
    t.language = stmt.optionalText(2).value_or(QString());
    t.provider = stmt.optionalText(3).value_or(QString());
    t.model = stmt.optionalText(4).value_or(QString());
    t.text = stmt.text(5);
    t.segments = TranscriptRepository::segmentsFromJson(stmt.optionalText(6).value_or(QString()));
    t.jobId = stmt.optionalText(7);
    t.createdAt = stmt.int64(8);
    t.createdBy = stmt.text(9);
    return t;
}

} // namespace

QString TranscriptRepository::segmentsJson(const std::vector<TranscriptSegmentRow>& segments) {
    QJsonArray array;
    for (const auto& s : segments) {
        QJsonObject o{{QStringLiteral("i"), s.index},
                      {QStringLiteral("start_ms"), static_cast<double>(s.startMs)},
                      {QStringLiteral("end_ms"), static_cast<double>(s.endMs)},
                      {QStringLiteral("text"), s.text}};
        if (!s.speaker.isEmpty()) {
            o.insert(QStringLiteral("speaker"), s.speaker);
        }
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::vector<TranscriptSegmentRow> TranscriptRepository::segmentsFromJson(const QString& json) {
    std::vector<TranscriptSegmentRow> segments;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    segments.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        TranscriptSegmentRow s;
        s.index = o.value(QStringLiteral("i")).toInt();
        s.startMs = static_cast<std::int64_t>(o.value(QStringLiteral("start_ms")).toDouble());
        s.endMs = static_cast<std::int64_t>(o.value(QStringLiteral("end_ms")).toDouble());
        s.text = o.value(QStringLiteral("text")).toString();
        s.speaker = o.value(QStringLiteral("speaker")).toString();
        segments.push_back(std::move(s));
    }
    return segments;
}

Result<Transcript> TranscriptRepository::create(Transcript t) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    if (t.recordingId.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("A transcript needs the recording it was made from."),
                    QStringLiteral("transcript without recording"));
    }
    auto exists = m_db.scalar("SELECT count(*) FROM recordings WHERE id = ? AND deleted_at IS NULL", t.recordingId);
    if (!exists) {
        return std::unexpected(exists.error());
    }
    if (*exists == 0) {
        return fail(ErrorCode::NotFound, tr("The recording does not exist."), QStringLiteral("recording not found"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    t.id = Clock::newId();
    t.createdAt = Clock::nowMs();
    t.createdBy = m_session.user.id;
    for (std::size_t i = 0; i < t.segments.size(); ++i) {
        t.segments[i].index = static_cast<int>(i);
    }
    auto stmt =
        m_db.prepare("INSERT INTO transcripts (id, recording_id, language, provider, model, text, segments, "
                     "job_id, created_at, updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(t.id, t.recordingId, t.language, t.provider, t.model, t.text, segmentsJson(t.segments), t.jobId,
                  t.createdAt, t.createdAt, t.createdBy, t.createdBy);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("transcripts"), QStringLiteral("transcript"), t.id,
                                     ChangeFeed::Op::Insert, QStringLiteral("recording %1").arg(t.recordingId));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return t;
}

Result<std::vector<Transcript>> TranscriptRepository::query(const std::string& where, const QString& arg, bool audit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadClinical); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) + where);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, arg);
    auto rows = stmt->collect([&] { return readTranscript(*stmt); });
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (audit) {
        Journal journal(m_db, m_session);
        for (const auto& t : *rows) {
            if (auto s = journal.audit(QStringLiteral("view"), QStringLiteral("transcript"), t.id); !s) {
                return std::unexpected(s.error());
            }
        }
    }
    return rows;
}

Result<Transcript> TranscriptRepository::get(const QString& id) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("transcript"), id);
        !s) {
        return std::unexpected(s.error());
    }
    auto rows = query("WHERE t.id = ? AND t.deleted_at IS NULL", id, true);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->empty()) {
        return fail(ErrorCode::NotFound, tr("The transcript does not exist."), QStringLiteral("transcript not found"));
    }
    return std::move(rows->front());
}

Result<Transcript> TranscriptRepository::latestForRecording(const QString& recordingId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("recording"),
                                      recordingId);
        !s) {
        return std::unexpected(s.error());
    }
    auto rows = query("WHERE t.recording_id = ? AND t.deleted_at IS NULL ORDER BY t.created_at DESC, t.rowid DESC "
                      "LIMIT 1",
                      recordingId, true);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->empty()) {
        return fail(ErrorCode::NotFound, tr("This recording has not been transcribed yet."),
                    QStringLiteral("no transcript for recording"));
    }
    return std::move(rows->front());
}

Result<std::vector<Transcript>> TranscriptRepository::forEncounter(const QString& encounterId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("encounter"),
                                      encounterId);
        !s) {
        return std::unexpected(s.error());
    }
    return query("JOIN recordings r ON r.id = t.recording_id "
                 "WHERE r.encounter_id = ? AND r.deleted_at IS NULL AND r.state != 'discarded' "
                 "AND t.deleted_at IS NULL AND t.rowid = (SELECT t2.rowid FROM transcripts t2 "
                 "WHERE t2.recording_id = t.recording_id AND t2.deleted_at IS NULL "
                 "ORDER BY t2.created_at DESC, t2.rowid DESC LIMIT 1) "
                 "ORDER BY r.started_at",
                 encounterId, true);
}

} // namespace clinicdesk
