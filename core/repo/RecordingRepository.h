// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Recording.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

struct NewRecording {
    QString encounterId;
    RecordingSource source = RecordingSource::Microphone;
    std::optional<QString> deviceName;
    int sampleRate = 0;
};

// The only code that writes SQL for `recordings` and `recording_chunks`.
//
// Audio reaches the vault as a sequence of chunks, each a run of whole Ogg pages
// written in its own short transaction, so a crash loses at most the chunk being
// captured. Starting, finishing, recovering, exporting and discarding are audited;
// chunk appends are not (they are part of the recording that was audited).
class RecordingRepository {
    Q_DECLARE_TR_FUNCTIONS(RecordingRepository)
public:
    RecordingRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // Refused when the encounter's patient declined consent.
    [[nodiscard]] Result<Recording> begin(const NewRecording& draft);
    [[nodiscard]] Status appendChunk(const QString& id, int seq, const QByteArray& pages, std::int64_t durationMs);
    // complete or recovered; `pauses` is a JSON array of pause offsets (ms).
    [[nodiscard]] Status finish(const QString& id, RecordingState state, std::int64_t durationMs,
                                const QString& pauses = QStringLiteral("[]"));
    [[nodiscard]] Status discard(const QString& id);

    [[nodiscard]] Result<Recording> get(const QString& id);
    // Newest first; all patients when `patientId` is empty. Discarded recordings are left out.
    [[nodiscard]] Result<std::vector<Recording>> list(const QString& patientId = {});
    // Recordings still in state `recording`: being captured now, or left so by a crash.
    [[nodiscard]] Result<std::vector<Recording>> unfinished();

    enum class Purpose { Play, Export, Process };
    // The Ogg Opus bytes, in memory; playing and exporting are audited.
    [[nodiscard]] Result<QByteArray> audio(const QString& id, Purpose purpose);

    struct Chunk {
        int seq = 0;
        QByteArray data;
    };
    [[nodiscard]] Result<std::vector<Chunk>> chunks(const QString& id);
    // Recovery: replaces the stored chunks from `fromSeq` on with `data` (one chunk).
    [[nodiscard]] Status rewriteTail(const QString& id, int fromSeq, const QByteArray& data);

    [[nodiscard]] static QString stateKey(RecordingState state);
    [[nodiscard]] static RecordingState stateFromKey(const QString& key);

private:
    [[nodiscard]] Result<std::vector<Recording>> query(const std::string& where, const QString& arg);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
