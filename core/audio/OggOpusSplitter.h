// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <vector>

namespace clinicdesk {

// One part of a recording cut by OggOpusSplitter: a complete Ogg Opus stream of its own.
struct AudioPart {
    int index = 0;
    // Where the part's first sample lies in the original recording (from granule positions, so exact to the
    // sample but for the rounding down to a millisecond).
    std::int64_t startMs = 0;
    // The stretch of the original recording the part stands for: parts follow each other without gap or
    // overlap (next.startMs == startMs + durationMs) and their durations add up to the recording's. A part
    // that is followed by another one decodes to up to its stream's pre-skip (~6.5 ms) less than this: the
    // decoder of the next part discards those samples, and they lie in the silence the cut was placed in.
    std::int64_t durationMs = 0;
    QByteArray ogg;
};

// Cuts a long Ogg Opus recording into parts that a transcription provider accepts, at page boundaries and
// without re-encoding.
//
// Each part is the original OpusHead and OpusTags pages followed by a run of the original audio pages, with
// page sequence numbers, granule positions (rebased so that the part starts at granule 0 like a fresh
// stream), BOS/EOS flags and checksums rewritten. Cuts go into the latest pause that keeps the part within
// both limits: only the last minute before the limit is decoded (at 8 kHz) and searched for the quietest
// stretch of about 400 ms. Without a pause there, the part is cut at the limit.
class OggOpusSplitter {
    Q_DECLARE_TR_FUNCTIONS(OggOpusSplitter)
public:
    // How far before the limit a pause is looked for.
    static constexpr std::int64_t kSearchWindowMs = 60'000;

    // One part holding `ogg` unchanged when it is within both limits; otherwise parts of at most
    // `maxPartMs` and `maxPartBytes` each (the caller subtracts its own overhead, e.g. the multipart
    // framing, from the byte limit). InvalidInput when `ogg` is not an Ogg Opus stream or when the limits
    // are too small for a single page.
    [[nodiscard]] static Result<std::vector<AudioPart>> split(const QByteArray& ogg, std::int64_t maxPartMs,
                                                              std::int64_t maxPartBytes);
};

} // namespace clinicdesk
