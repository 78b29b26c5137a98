// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/RecordingRepository.h"

#include "domain/AccessPolicy.h"
#include "repo/AuthorizedTransaction.h"
#include "repo/DeniedAccess.h"
#include "repo/EncounterRepository.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace clinicdesk {

namespace {

const char* const kColumns = "SELECT id, encounter_id, patient_id, state, codec, sample_rate, duration_ms, bytes, "
                             "device_name, pauses, source, started_at, ended_at FROM recordings ";

Recording readRecording(const Statement& stmt) {
    Recording r;
    r.id = stmt.text(0);
    r.encounterId = stmt.text(1);
    r.patientId = stmt.text(2);
    r.state = RecordingRepository::stateFromKey(stmt.text(3));
    r.codec = stmt.text(4);
    r.sampleRate = static_cast<int>(stmt.optionalInt64(5).value_or(0));
    r.durationMs = stmt.int64(6);
    r.bytes = stmt.int64(7);
    r.deviceName = stmt.optionalText(8);
    r.pauses = stmt.optionalText(9).value_or(QStringLiteral("[]"));
    r.source = stmt.text(10) == QLatin1String("import") ? RecordingSource::Import : RecordingSource::Microphone;
    r.startedAt = stmt.int64(11);
    r.endedAt = stmt.optionalInt64(12);
    return r;
}

Error notFound() {
    return Error{ErrorCode::NotFound, RecordingRepository::tr("The recording does not exist."),
                 QStringLiteral("recording not found")};
}

} // namespace

QString RecordingRepository::stateKey(RecordingState state) {
    switch (state) {
    case RecordingState::Recording:
        return QStringLiteral("recording");
    case RecordingState::Complete:
        return QStringLiteral("complete");
    case RecordingState::Recovered:
        return QStringLiteral("recovered");
    case RecordingState::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

RecordingState RecordingRepository::stateFromKey(const QString& key) {
    if (key == QLatin1String("complete")) {
        return RecordingState::Complete;
    }
    if (key == QLatin1String("recovered")) {
        return RecordingState::Recovered;
    }
    if (key == QLatin1String("discarded")) {
        return RecordingState::Discarded;
    }
    return RecordingState::Recording;
}

Result<Recording> RecordingRepository::begin(const NewRecording& draft) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    auto encounter = EncounterRepository(m_db, m_session).get(draft.encounterId);
    if (!encounter) {
        return std::unexpected(encounter.error());
    }
    if (!encounter->mayRecord()) {
        return fail(ErrorCode::PermissionDenied,
                    tr("The patient declined to be recorded in this encounter, so it cannot be recorded."),
                    QStringLiteral("consent declined"));
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    Recording r;
    r.id = Clock::newId();
    r.encounterId = encounter->id;
    r.patientId = encounter->patientId;
    r.sampleRate = draft.sampleRate;
    r.deviceName = draft.deviceName;
    r.source = draft.source;
    r.pauses = QStringLiteral("[]");
    r.startedAt = Clock::nowMs();
    auto stmt =
        m_db.prepare("INSERT INTO recordings (id, encounter_id, patient_id, state, codec, sample_rate, channels, "
                     "device_name, pauses, source, started_at, created_at, updated_at, created_by, updated_by) "
                     "VALUES (?,?,?,'recording','opus',?,1,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(r.id, r.encounterId, r.patientId, r.sampleRate, r.deviceName, r.pauses,
                  r.source == RecordingSource::Import ? QStringLiteral("import") : QStringLiteral("microphone"),
                  r.startedAt, r.startedAt, r.startedAt, m_session.user.id, m_session.user.id);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(
            QStringLiteral("recordings"), QStringLiteral("recording"), r.id, ChangeFeed::Op::Insert,
            r.source == RecordingSource::Import ? QStringLiteral("import") : QStringLiteral("microphone"));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return r;
}

Status RecordingRepository::appendChunk(const QString& id, int seq, const QByteArray& pages, std::int64_t durationMs) {
    // Audio is clinical content: only a role that may write it adds to a recording.
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    const std::int64_t now = Clock::nowMs();
    auto update = m_db.prepare("UPDATE recordings SET duration_ms = ?, bytes = bytes + ?, updated_at = ? "
                               "WHERE id = ? AND state = 'recording'");
    if (!update) {
        return std::unexpected(update.error());
    }
    update->bindAll(durationMs, static_cast<std::int64_t>(pages.size()), now, id);
    if (auto s = update->run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return fail(ErrorCode::NotFound, tr("The recording is no longer being captured."),
                    QStringLiteral("append to a recording that is not active"));
    }
    auto insert = m_db.prepare("INSERT INTO recording_chunks (recording_id, seq, data, created_at) VALUES (?,?,?,?)");
    if (!insert) {
        return std::unexpected(insert.error());
    }
    insert->bindAll(id, seq, pages, now);
    if (auto s = insert->run(); !s) {
        return s;
    }
    return tx->commit();
}

Status RecordingRepository::finish(const QString& id, RecordingState state, std::int64_t durationMs,
                                   const QString& pauses) {
    Q_ASSERT(state == RecordingState::Complete || state == RecordingState::Recovered);
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    const std::int64_t now = Clock::nowMs();
    auto stmt = m_db.prepare("UPDATE recordings SET state = ?, duration_ms = ?, pauses = ?, ended_at = ?, "
                             "bytes = (SELECT coalesce(sum(length(data)), 0) FROM recording_chunks "
                             "WHERE recording_id = recordings.id), "
                             "updated_at = ?, updated_by = ?, rev = rev + 1 WHERE id = ? AND state = 'recording'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(stateKey(state), durationMs, pauses, now, now, m_session.user.id, id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return std::unexpected(notFound());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("recordings"), QStringLiteral("recording"), id,
                                     ChangeFeed::Op::Update, stateKey(state));
        !s) {
        return s;
    }
    return tx->commit();
}

Status RecordingRepository::discard(const QString& id) {
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    const std::int64_t now = Clock::nowMs();
    auto stmt = m_db.prepare("UPDATE recordings SET state = 'discarded', bytes = 0, ended_at = coalesce(ended_at, ?), "
                             "updated_at = ?, updated_by = ?, rev = rev + 1 WHERE id = ? AND state <> 'discarded'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(now, now, m_session.user.id, id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return std::unexpected(notFound());
    }
    // secure_delete is on: the audio's pages are overwritten, not just unlinked.
    auto chunks = m_db.prepare("DELETE FROM recording_chunks WHERE recording_id = ?");
    if (!chunks) {
        return std::unexpected(chunks.error());
    }
    chunks->bind(1, id);
    if (auto s = chunks->run(); !s) {
        return s;
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("recordings"), QStringLiteral("recording"), id,
                                     ChangeFeed::Op::Update, QStringLiteral("discarded"));
        !s) {
        return s;
    }
    return tx->commit();
}

Result<std::vector<Recording>> RecordingRepository::query(const std::string& where, const QString& arg) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadClinical); !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare(std::string(kColumns) + where);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (!arg.isNull()) {
        stmt->bind(1, arg);
    }
    return stmt->collect([&] { return readRecording(*stmt); });
}

Result<Recording> RecordingRepository::get(const QString& id) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("recording"), id);
        !s) {
        return std::unexpected(s.error());
    }
    auto found = query("WHERE id = ? AND deleted_at IS NULL", id);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (found->empty()) {
        return std::unexpected(notFound());
    }
    return found->front();
}

Result<std::vector<Recording>> RecordingRepository::list(const QString& patientId) {
    if (auto s =
            requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("patient"), patientId);
        !s) {
        return std::unexpected(s.error());
    }
    if (patientId.isEmpty()) {
        return query("WHERE state <> 'discarded' AND deleted_at IS NULL ORDER BY started_at DESC", QString());
    }
    return query("WHERE patient_id = ? AND state <> 'discarded' AND deleted_at IS NULL ORDER BY started_at DESC",
                 patientId);
}

Result<std::vector<Recording>> RecordingRepository::unfinished() {
    return query("WHERE state = 'recording' AND deleted_at IS NULL ORDER BY started_at", QString());
}

Result<std::vector<RecordingRepository::Chunk>> RecordingRepository::chunks(const QString& id) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("recording"), id);
        !s) {
        return std::unexpected(s.error());
    }
    auto stmt = m_db.prepare("SELECT seq, data FROM recording_chunks WHERE recording_id = ? ORDER BY seq");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, id);
    return stmt->collect([&] { return Chunk{static_cast<int>(stmt->int64(0)), stmt->blob(1)}; });
}

Result<QByteArray> RecordingRepository::audio(const QString& id, Purpose purpose) {
    auto recording = get(id);
    if (!recording) {
        return std::unexpected(recording.error());
    }
    if (recording->state == RecordingState::Discarded) {
        return fail(ErrorCode::NotFound, tr("The recording was discarded."), QStringLiteral("recording discarded"));
    }
    auto parts = chunks(id);
    if (!parts) {
        return std::unexpected(parts.error());
    }
    QByteArray data;
    data.reserve(recording->bytes);
    for (const Chunk& chunk : *parts) {
        data += chunk.data;
    }
    if (purpose != Purpose::Process) {
        Journal journal(m_db, m_session);
        const QString action = purpose == Purpose::Play ? QStringLiteral("view") : QStringLiteral("export");
        if (auto s = journal.audit(action, QStringLiteral("recording"), id); !s) {
            return std::unexpected(s.error());
        }
    }
    return data;
}

Status RecordingRepository::rewriteTail(const QString& id, int fromSeq, const QByteArray& data) {
    // Replacing a recording's stored audio is clinical, and audited (recovery after a crash does it).
    auto tx = beginAuthorized(m_db, m_session.user, Permission::WriteClinical);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto del = m_db.prepare("DELETE FROM recording_chunks WHERE recording_id = ? AND seq >= ?");
    if (!del) {
        return std::unexpected(del.error());
    }
    del->bindAll(id, fromSeq);
    if (auto s = del->run(); !s) {
        return s;
    }
    if (!data.isEmpty()) {
        auto insert =
            m_db.prepare("INSERT INTO recording_chunks (recording_id, seq, data, created_at) VALUES (?,?,?,?)");
        if (!insert) {
            return std::unexpected(insert.error());
        }
        insert->bindAll(id, fromSeq, data, Clock::nowMs());
        if (auto s = insert->run(); !s) {
            return s;
        }
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.audit(QStringLiteral("rewrite_tail"), QStringLiteral("recording"), id,
                               QStringLiteral("from chunk %1, %2 bytes").arg(fromSeq).arg(data.size()));
        !s) {
        return s;
    }
    return tx->commit();
}

} // namespace clinicdesk
