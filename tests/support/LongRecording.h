// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace clinicdesk::test {

// A recording hours long, made in a moment: a one-minute pattern of tone bursts ("speech": bursts of
// 150-450 ms with gaps of 60-250 ms, at varying pitch) is encoded once with OpusStreamEncoder, and its
// audio pages are repeated with rewritten sequence numbers, granule positions and checksums until the
// stream is as long as asked. Optionally the pattern pauses for 1.5 s at the end of every 10 s.
//
// Times are milliseconds of the decoded stream (after pre-skip). Copy r of the pattern starts at
// r * periodMs(): a period is the pattern's minute plus the encoder's end padding (a few ms of silence).
class LongRecording {
public:
    struct Options {
        std::int64_t durationMs = 3LL * 60 * 60 * 1000;
        int bitrate = 24000;
        bool pauses = true;
    };
    struct Interval {
        double startMs = 0;
        double endMs = 0;
    };

    static constexpr std::int64_t kPatternMs = 60'000;
    static constexpr std::int64_t kPauseEveryMs = 10'000;
    static constexpr std::int64_t kPauseMs = 1'500;

    [[nodiscard]] static Result<LongRecording> create(const Options& options);

    [[nodiscard]] const QByteArray& ogg() const { return m_ogg; }
    [[nodiscard]] std::int64_t durationMs() const { return m_durationMs; }
    [[nodiscard]] double periodMs() const { return double(m_periodSamples) / 48.0; }
    // The pauses (quiet from one burst to the next, at least kPauseMs) and the bursts that overlap
    // [fromMs, toMs), clipped to the recording.
    [[nodiscard]] std::vector<Interval> pauses(double fromMs, double toMs) const;
    [[nodiscard]] std::vector<Interval> bursts(double fromMs, double toMs) const;

private:
    [[nodiscard]] std::vector<Interval> repeated(const std::vector<Interval>& pattern, double fromMs,
                                                 double toMs) const;

    QByteArray m_ogg;
    std::int64_t m_durationMs = 0;
    std::int64_t m_periodSamples = 0;
    std::vector<Interval> m_bursts; // within one pattern
    std::vector<Interval> m_pauses; // within one period
};

} // namespace clinicdesk::test
