// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <memory>
#include <span>

struct OggOpusEnc;

namespace clinicdesk {

// Mono PCM in, complete Ogg Opus pages out (libopusenc in pull mode).
//
// Pages are only ever handed out whole, so whatever has been taken so far is a
// valid Ogg Opus stream prefix: if the process dies, the stored pages play back
// up to the last one, and recovery only has to mark that page as the end of the
// stream. takePages(true) closes the current page early, and the encoder keeps no
// look-ahead (decision delay 0), so a takePages(true) leaves at most one 20 ms
// frame inside it (and the resampler's few milliseconds when the capture rate is
// not 48 kHz).
class OpusStreamEncoder {
    Q_DECLARE_TR_FUNCTIONS(OpusStreamEncoder)
public:
    static constexpr int kDefaultBitrate = 24000;

    // `inputRate` is the capture rate (any rate from 8 kHz to 192 kHz; libopusenc resamples to 48 kHz).
    [[nodiscard]] static Result<std::unique_ptr<OpusStreamEncoder>> create(int inputRate,
                                                                           int bitrate = kDefaultBitrate);
    ~OpusStreamEncoder();
    OpusStreamEncoder(const OpusStreamEncoder&) = delete;
    OpusStreamEncoder& operator=(const OpusStreamEncoder&) = delete;

    [[nodiscard]] Status write(std::span<const float> mono);
    // The pages completed since the last call; `flush` also closes the page in progress.
    [[nodiscard]] QByteArray takePages(bool flush);
    // Encodes what is left and returns the last pages, ending with the end-of-stream page.
    [[nodiscard]] Result<QByteArray> finish();

    [[nodiscard]] int inputRate() const { return m_inputRate; }
    [[nodiscard]] std::int64_t framesWritten() const { return m_framesWritten; }
    [[nodiscard]] std::int64_t durationMs() const { return m_framesWritten * 1000 / m_inputRate; }

private:
    OpusStreamEncoder(OggOpusEnc* encoder, int inputRate);

    OggOpusEnc* m_encoder = nullptr;
    int m_inputRate = 0;
    std::int64_t m_framesWritten = 0;
    bool m_finished = false;
};

} // namespace clinicdesk
