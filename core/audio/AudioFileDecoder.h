// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <span>

namespace clinicdesk {

// Decodes an audio file the user imports (WAV, MP3, M4A/AAC, Ogg Vorbis, Ogg Opus, WebM/Opus, FLAC) into
// mono float PCM, block by block, through Qt Multimedia's QAudioDecoder.
//
// The output rate is kOutputSampleRate whatever the file's rate (the decoder resamples); stereo and
// multichannel audio is down-mixed by averaging the channels. Files are identified by their content, not their
// extension, and a file that ends before the length its own header declares (a cut WAV, FLAC, Ogg, MP3, M4A or
// WebM) is refused rather than half imported.
//
// decode() runs synchronously on the calling thread and spins a local QEventLoop there, so the thread must not
// be inside a slot that must not re-enter, and it must be a thread Qt knows (the main thread of a
// QCoreApplication, a QThread, or any thread once a QCoreApplication exists). It never hangs: when the decoder
// makes no progress for kStallTimeoutMs the call fails.
class AudioFileDecoder {
    Q_DECLARE_TR_FUNCTIONS(AudioFileDecoder)

public:
    static constexpr int kOutputSampleRate = 48000;
    static constexpr int kStallTimeoutMs = 30000;

    // Called for each decoded block: mono float samples in [-1, 1] at `sampleRate`. Returning an error stops
    // decoding, and decode() returns that error.
    using Sink = std::function<Status(std::span<const float> mono, int sampleRate)>;

    struct Summary {
        std::int64_t frames = 0; // mono samples handed to the sink
        int sampleRate = 0;      // of those samples
        std::int64_t durationMs = 0;
        QString format; // "wav", "flac", "mp3", "m4a", "ogg-vorbis", "ogg-opus", "webm", "matroska", "ogg"
    };

    // Errors: NotFound (no such file), InvalidInput (empty, not a supported audio file, damaged, truncated, no
    // audio), Io (unreadable, or decoding unavailable or stalled), Cancelled (`cancel` became true; it may be
    // set from another thread), or whatever error the sink returned. Each message names the file's base name.
    [[nodiscard]] static Result<Summary> decode(const QString& path, const Sink& sink,
                                                const std::atomic_bool* cancel = nullptr);
};

} // namespace clinicdesk
