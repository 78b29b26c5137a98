// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/OpenAiClient.h"
#include "audio/OggOpusSplitter.h"

#include <QCoreApplication>

#include <functional>

namespace clinicdesk {

// Transcribes one recording: splits it at silences into parts below the provider's
// limits, sends the parts in parallel, and joins the answers with each segment moved
// by its part's offset, so times are positions in the whole recording.
class Transcriber {
    Q_DECLARE_TR_FUNCTIONS(Transcriber)
public:
    struct Options {
        std::int64_t maxPartMs = 20LL * 60 * 1000;
        std::int64_t maxPartBytes = 24LL * 1024 * 1024;
        int parallel = 2;
    };
    // Sends one part; called from up to `parallel` threads at once. `progress` is the part's upload
    // progress (bytes sent, bytes total).
    using SendPart = std::function<std::expected<TranscriptionResult, JobFailure>(
        const AudioPart& part, const std::function<void(std::int64_t, std::int64_t)>& progress)>;
    // 0..100 across all parts (upload progress; the answer of the last part gives 100).
    using Progress = std::function<void(int percent)>;

    [[nodiscard]] static std::expected<TranscriptionResult, JobFailure>
    run(const QByteArray& ogg, const Options& options, const SendPart& send, const Progress& progress,
        const HttpCancel& cancel);

    // Joins part results in order, moving every segment by its part's start. A part without segments
    // becomes one segment spanning the part.
    // Whisper's verbose_json names the language ("swedish"); the vault keeps ISO-639-1 codes.
    [[nodiscard]] static QString isoLanguage(const QString& language);

    [[nodiscard]] static TranscriptionResult join(const std::vector<AudioPart>& parts,
                                                  const std::vector<TranscriptionResult>& results);
};

} // namespace clinicdesk
