// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "LongRecording.h"

#include "audio/OggPages.h"
#include "audio/OpusStreamEncoder.h"

#include <cmath>
#include <map>
#include <mutex>
#include <numbers>
#include <random>

namespace clinicdesk::test {

namespace {

constexpr int kRate = 48000;
constexpr int kPerMs = kRate / 1000;
constexpr float kToneLevel = 0.3f;
constexpr float kNoiseLevel = 0.001f;

// Samples (at 48 kHz) in one Opus packet, from its TOC byte (RFC 6716, 3.1).
int packetSamples(const unsigned char* p, qsizetype size) {
    if (size < 1) {
        return 0;
    }
    const int config = p[0] >> 3;
    const int frame = config < 12 ? 480 << (config & 3) : config < 16 ? 480 << (config & 1) : 120 << (config & 3);
    switch (p[0] & 3) {
    case 0:
        return frame;
    case 1:
    case 2:
        return 2 * frame;
    default:
        return size >= 2 ? frame * (p[1] & 0x3f) : 0;
    }
}

// Samples of the packets that end on the page at `offset`.
std::int64_t samplesEndingOn(const QByteArray& data, qsizetype offset) {
    const auto* h = reinterpret_cast<const unsigned char*>(data.constData()) + offset;
    const int segments = h[26];
    const unsigned char* body = h + 27 + segments;
    std::int64_t samples = 0;
    qsizetype start = 0;
    qsizetype length = 0;
    bool continued = (h[5] & OggPages::kContinued) != 0;
    for (int i = 0; i < segments; ++i) {
        length += h[27 + i];
        if (h[27 + i] < 255) {
            // A packet continued from the previous page has its TOC byte there; none are made here.
            if (!continued) {
                samples += packetSamples(body + start, length);
            }
            continued = false;
            start += length;
            length = 0;
        }
    }
    return samples;
}

void writeLe(unsigned char* p, std::uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) {
        p[i] = static_cast<unsigned char>(value >> (8 * i));
    }
}

// The encoded pattern and its bursts (ms within the pattern). Encoding is the slow part, so each
// pattern is made once per process.
struct Pattern {
    QByteArray encoded;
    std::vector<LongRecording::Interval> bursts;
};

Result<Pattern> makePattern(int bitrate, bool pauses) {
    using Interval = LongRecording::Interval;
    constexpr std::int64_t kPatternMs = LongRecording::kPatternMs;
    constexpr std::int64_t kPauseEveryMs = LongRecording::kPauseEveryMs;
    constexpr std::int64_t kPauseMs = LongRecording::kPauseMs;
    Pattern made;
    std::mt19937 random(7);
    std::uniform_int_distribution<int> burstMs(150, 450);
    std::uniform_int_distribution<int> gapMs(60, 250);
    std::uniform_int_distribution<int> pitch(180, 700);
    std::uniform_real_distribution<float> noise(-kNoiseLevel, kNoiseLevel);
    std::vector<float> pattern(std::size_t(kPatternMs * kPerMs));
    for (float& sample : pattern) {
        sample = noise(random);
    }
    const auto pauseEndAfter = [&](std::int64_t ms) { // end of the pause that `ms` lies in, or -1
        if (!pauses) {
            return std::int64_t(-1);
        }
        const std::int64_t inTen = ms % kPauseEveryMs;
        return inTen >= kPauseEveryMs - kPauseMs ? ms - inTen + kPauseEveryMs : std::int64_t(-1);
    };
    for (std::int64_t t = 0; t < kPatternMs;) {
        if (const std::int64_t end = pauseEndAfter(t); end >= 0) {
            t = end;
            continue;
        }
        std::int64_t end = std::min(t + burstMs(random), kPatternMs);
        if (pauses) {
            end = std::min(end, t - t % kPauseEveryMs + kPauseEveryMs - kPauseMs);
        }
        const double hz = pitch(random);
        if (end - t >= 80) {
            const std::int64_t n = (end - t) * kPerMs;
            const double ramp = 5.0 * kPerMs;
            for (std::int64_t i = 0; i < n; ++i) {
                const double edge = std::min({1.0, double(i) / ramp, double(n - 1 - i) / ramp});
                const double envelope = 0.5 - 0.5 * std::cos(std::numbers::pi * edge);
                pattern[std::size_t(t * kPerMs + i)] +=
                    float(kToneLevel * envelope * std::sin(2 * std::numbers::pi * hz * double(i) / kRate));
            }
            made.bursts.push_back(Interval{double(t), double(end)});
        }
        t = end + gapMs(random);
    }

    auto encoder = OpusStreamEncoder::create(kRate, bitrate);
    if (!encoder) {
        return std::unexpected(encoder.error());
    }
    for (std::size_t at = 0; at < pattern.size(); at += kRate) {
        const std::size_t n = std::min<std::size_t>(kRate, pattern.size() - at);
        if (auto written = (*encoder)->write(std::span<const float>(pattern).subspan(at, n)); !written) {
            return std::unexpected(written.error());
        }
        made.encoded += (*encoder)->takePages(false);
    }
    auto rest = (*encoder)->finish();
    if (!rest) {
        return std::unexpected(rest.error());
    }
    made.encoded += *rest;
    return made;
}

Result<Pattern> cachedPattern(int bitrate, bool pauses) {
    static std::mutex mutex;
    static std::map<std::pair<int, bool>, Pattern> cache;
    const std::lock_guard lock(mutex);
    if (auto it = cache.find({bitrate, pauses}); it != cache.end()) {
        return it->second;
    }
    auto made = makePattern(bitrate, pauses);
    if (made) {
        cache.emplace(std::pair(bitrate, pauses), *made);
    }
    return made;
}

} // namespace

Result<LongRecording> LongRecording::create(const Options& options) {
    auto pattern = cachedPattern(options.bitrate, options.pauses);
    if (!pattern) {
        return std::unexpected(pattern.error());
    }
    LongRecording recording;
    recording.m_durationMs = options.durationMs;
    recording.m_bursts = pattern->bursts;
    const QByteArray& encoded = pattern->encoded;

    const auto pages = OggPages::scan(encoded);
    const auto preSkip = OggPages::opusPreSkip(encoded);
    if (pages.size() < 3 || !preSkip || pages[1].granule != 0) {
        return fail(ErrorCode::Integrity, QStringLiteral("unexpected encoder output"));
    }
    // Audio pages of one period, each with the number of samples up to its end.
    std::vector<std::int64_t> ends;
    std::int64_t period = 0;
    for (std::size_t i = 2; i < pages.size(); ++i) {
        period += samplesEndingOn(encoded, pages[i].offset);
        ends.push_back(period);
    }
    recording.m_periodSamples = period;

    // Pauses within one period: between consecutive bursts (and around the period's end) when long enough.
    const double periodMs = recording.periodMs();
    double quietFrom = 0;
    for (const Interval& burst : recording.m_bursts) {
        if (burst.startMs - quietFrom >= kPauseMs && quietFrom > 0) {
            recording.m_pauses.push_back(Interval{quietFrom, burst.startMs});
        }
        quietFrom = burst.endMs;
    }
    const double firstBurstMs = recording.m_bursts.empty() ? 0 : recording.m_bursts.front().startMs;
    if (periodMs - quietFrom + firstBurstMs >= kPauseMs) {
        recording.m_pauses.push_back(Interval{quietFrom, periodMs + firstBurstMs});
    }

    const std::int64_t target = options.durationMs * kPerMs + *preSkip;
    QByteArray& out = recording.m_ogg;
    out.reserve(qsizetype(double(encoded.size()) * double(target) / double(period)) + 65536);
    out.append(encoded.constData(), pages[2].offset);
    std::uint32_t sequence = 2;
    for (std::int64_t base = 0; base < target; base += period) {
        for (std::size_t k = 0; k < ends.size(); ++k) {
            const auto& page = pages[k + 2];
            std::int64_t granule = base + ends[k];
            const bool last = granule >= target;
            granule = std::min(granule, target);
            const qsizetype at = out.size();
            out.append(encoded.constData() + page.offset, page.size);
            auto* h = reinterpret_cast<unsigned char*>(out.data()) + at;
            h[5] =
                static_cast<unsigned char>((page.flags & OggPages::kContinued) | (last ? OggPages::kEndOfStream : 0));
            writeLe(h + 6, static_cast<std::uint64_t>(granule), 8);
            writeLe(h + 18, sequence++, 4);
            writeLe(h + 22, OggPages::crc(QByteArrayView(out).sliced(at, page.size)), 4);
            if (last) {
                return recording;
            }
        }
    }
    return recording;
}

std::vector<LongRecording::Interval> LongRecording::repeated(const std::vector<Interval>& pattern, double fromMs,
                                                             double toMs) const {
    std::vector<Interval> found;
    const double period = periodMs();
    const double end = std::min(toMs, double(m_durationMs));
    for (auto r = std::int64_t(std::floor(fromMs / period)) - 1; double(r) * period < end; ++r) {
        for (const Interval& interval : pattern) {
            const Interval shifted{double(r) * period + interval.startMs, double(r) * period + interval.endMs};
            if (shifted.endMs > fromMs && shifted.startMs < end && shifted.endMs > 0) {
                found.push_back(
                    Interval{std::max(0.0, shifted.startMs), std::min(shifted.endMs, double(m_durationMs))});
            }
        }
    }
    return found;
}

std::vector<LongRecording::Interval> LongRecording::pauses(double fromMs, double toMs) const {
    return repeated(m_pauses, fromMs, toMs);
}

std::vector<LongRecording::Interval> LongRecording::bursts(double fromMs, double toMs) const {
    return repeated(m_bursts, fromMs, toMs);
}

} // namespace clinicdesk::test
