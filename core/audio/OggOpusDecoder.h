// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

struct OggOpusFile;

namespace clinicdesk {

// Decodes an Ogg Opus stream held in memory (opusfile) to mono float PCM at
// 48 kHz, with seeking. Used for playback, tests and benchmarks: decrypted
// audio never leaves memory.
class OggOpusDecoder {
    Q_DECLARE_TR_FUNCTIONS(OggOpusDecoder)
public:
    static constexpr int kSampleRate = 48000;

    [[nodiscard]] static Result<std::unique_ptr<OggOpusDecoder>> open(QByteArray data);
    // The whole stream, mono, 48 kHz.
    [[nodiscard]] static Result<std::vector<float>> decodeAll(QByteArray data);
    ~OggOpusDecoder();
    OggOpusDecoder(const OggOpusDecoder&) = delete;
    OggOpusDecoder& operator=(const OggOpusDecoder&) = delete;

    // Fills `out` with up to out.size() frames; 0 at the end of the stream.
    [[nodiscard]] Result<qsizetype> read(std::span<float> out);
    [[nodiscard]] Status seekMs(std::int64_t ms);
    [[nodiscard]] std::int64_t positionMs() const;
    [[nodiscard]] std::int64_t durationMs() const { return m_durationMs; }

private:
    OggOpusDecoder(QByteArray data, OggOpusFile* file);

    QByteArray m_data; // opusfile reads from this buffer
    OggOpusFile* m_file = nullptr;
    std::int64_t m_durationMs = 0;
    std::vector<float> m_interleaved;
};

} // namespace clinicdesk
