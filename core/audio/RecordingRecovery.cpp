// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/RecordingRecovery.h"

#include "audio/OggPages.h"
#include "domain/AccessPolicy.h"
#include "repo/RecordingRepository.h"
#include "util/Logging.h"

#include <QDir>
#include <QLockFile>

namespace clinicdesk {

namespace {

QString lockPath(const QString& vaultDir, const QString& recordingId) {
    return QDir(vaultDir).filePath(QStringLiteral("recording-%1.lock").arg(recordingId));
}

} // namespace

Result<int> RecordingRecovery::pendingCount(Database& db, const Session& session, const QString& vaultDir) {
    auto unfinished = RecordingRepository(db, session).unfinished();
    if (!unfinished) {
        return std::unexpected(unfinished.error());
    }
    int count = 0;
    for (const Recording& recording : *unfinished) {
        QLockFile lock(lockPath(vaultDir, recording.id));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            ++count;
        }
    }
    return count;
}

Result<std::vector<RecordingRecovery::Recovered>> RecordingRecovery::recoverAll(Database& db, const Session& session,
                                                                                const QString& vaultDir) {
    // A receptionist's sign-in leaves them for the next clinical user's (rewriting audio is clinical work).
    if (!AccessPolicy::allows(session.user.role, Permission::WriteClinical)) {
        return std::vector<Recovered>();
    }
    RecordingRepository recordings(db, session);
    auto unfinished = recordings.unfinished();
    if (!unfinished) {
        return std::unexpected(unfinished.error());
    }
    std::vector<Recovered> result;
    for (const Recording& recording : *unfinished) {
        QLockFile lock(lockPath(vaultDir, recording.id));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            qCInfo(lcAudio) << "recording" << recording.id << "is live; not recovering it";
            continue;
        }
        auto chunks = recordings.chunks(recording.id);
        if (!chunks) {
            return std::unexpected(chunks.error());
        }
        // Find the last chunk holding an intact page, reading the stream as a whole.
        QByteArray stream;
        std::vector<qsizetype> chunkStart;
        for (const auto& chunk : *chunks) {
            chunkStart.push_back(stream.size());
            stream += chunk.data;
        }
        const auto pages = OggPages::scan(stream);
        qint64 bytes = 0;
        if (!pages.empty()) {
            const qsizetype end = pages.back().offset + pages.back().size;
            // The chunk in which the last intact page starts is rewritten from its start.
            size_t index = 0;
            while (index + 1 < chunkStart.size() && chunkStart[index + 1] <= pages.back().offset) {
                ++index;
            }
            QByteArray tail = stream.mid(chunkStart[index], end - chunkStart[index]);
            OggPages::Page last = pages.back();
            last.offset -= chunkStart[index];
            OggPages::markEndOfStream(tail, last);
            if (auto s = recordings.rewriteTail(recording.id, (*chunks)[index].seq, tail); !s) {
                return std::unexpected(s.error());
            }
            stream.truncate(end);
            stream.replace(chunkStart[index], tail.size(), tail);
            bytes = end;
        } else if (!chunks->empty()) {
            if (auto s = recordings.rewriteTail(recording.id, chunks->front().seq, {}); !s) {
                return std::unexpected(s.error());
            }
        }
        const qint64 durationMs = OggPages::opusDurationMs(stream);
        if (auto s = recordings.finish(recording.id, RecordingState::Recovered, durationMs, recording.pauses); !s) {
            return std::unexpected(s.error());
        }
        lock.unlock();
        qCInfo(lcAudio) << "recovered recording" << recording.id << durationMs << "ms";
        result.push_back(Recovered{recording.id, durationMs, bytes});
    }
    return result;
}

} // namespace clinicdesk
