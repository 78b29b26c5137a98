// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/RecordingImporter.h"

#include "audio/AudioFileDecoder.h"
#include "audio/OpusStreamEncoder.h"
#include "domain/AccessPolicy.h"
#include "repo/EncounterRepository.h"
#include "repo/RecordingRepository.h"
#include "util/Logging.h"

namespace clinicdesk {

namespace {

// Stored chunks of about 256 KiB (whole pages), like a long live recording's.
constexpr qsizetype kChunkBytes = 256 * 1024;

} // namespace

Result<RecordingImporter::Imported> RecordingImporter::importFile(Database& db, const Session& session,
                                                                  const QString& patientId, const QString& encounterId,
                                                                  const QString& path, int bitrate,
                                                                  const std::atomic_bool* cancel) {
    if (auto s = AccessPolicy::require(session.user, Permission::WriteClinical); !s) {
        return std::unexpected(s.error());
    }
    EncounterRepository encounters(db, session);
    if (!encounterId.isEmpty()) {
        auto encounter = encounters.get(encounterId);
        if (!encounter) {
            return std::unexpected(encounter.error());
        }
        if (encounter->patientId != patientId) {
            return fail(ErrorCode::InvalidInput, tr("The encounter belongs to another patient."),
                        QStringLiteral("encounter/patient mismatch"));
        }
        if (!encounter->mayRecord()) {
            return fail(ErrorCode::PermissionDenied,
                        tr("The patient declined to be recorded in this encounter, so no audio can be added to it."),
                        QStringLiteral("consent declined"));
        }
    }

    // Decode and encode first, in memory: nothing reaches the vault unless the whole file is good.
    std::unique_ptr<OpusStreamEncoder> encoder;
    std::vector<QByteArray> chunks(1);
    const auto addPages = [&chunks](const QByteArray& pages) {
        if (chunks.back().size() >= kChunkBytes) {
            chunks.emplace_back();
        }
        chunks.back() += pages;
    };
    auto summary = AudioFileDecoder::decode(
        path,
        [&](std::span<const float> mono, int sampleRate) -> Status {
            if (!encoder) {
                auto created = OpusStreamEncoder::create(sampleRate, bitrate);
                if (!created) {
                    return std::unexpected(created.error());
                }
                encoder = std::move(*created);
            }
            if (auto s = encoder->write(mono); !s) {
                return s;
            }
            addPages(encoder->takePages(false));
            return {};
        },
        cancel);
    if (!summary) {
        return std::unexpected(summary.error());
    }
    if (!encoder || encoder->framesWritten() == 0) {
        return fail(ErrorCode::InvalidInput, tr("The file contains no audio."), QStringLiteral("no samples"));
    }
    auto tail = encoder->finish();
    if (!tail) {
        return std::unexpected(tail.error());
    }
    addPages(*tail);

    Imported imported;
    imported.encounterId = encounterId;
    if (imported.encounterId.isEmpty()) {
        auto opened = encounters.open(patientId);
        if (!opened) {
            return std::unexpected(opened.error());
        }
        imported.encounterId = opened->id;
    }
    RecordingRepository recordings(db, session);
    auto recording = recordings.begin(
        NewRecording{imported.encounterId, RecordingSource::Import, std::nullopt, encoder->inputRate()});
    if (!recording) {
        return std::unexpected(recording.error());
    }
    imported.recordingId = recording->id;
    for (size_t i = 0; i < chunks.size(); ++i) {
        if (auto s = recordings.appendChunk(recording->id, static_cast<int>(i), chunks[i], encoder->durationMs()); !s) {
            (void)recordings.discard(recording->id);
            return std::unexpected(s.error());
        }
        imported.bytes += chunks[i].size();
    }
    imported.durationMs = encoder->durationMs();
    if (auto s = recordings.finish(recording->id, RecordingState::Complete, imported.durationMs); !s) {
        (void)recordings.discard(recording->id);
        return std::unexpected(s.error());
    }
    qCInfo(lcAudio) << "imported" << summary->format << "as recording" << imported.recordingId << imported.durationMs
                    << "ms";
    return imported;
}

} // namespace clinicdesk
