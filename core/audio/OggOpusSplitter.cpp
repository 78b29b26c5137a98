// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/OggOpusSplitter.h"

#include "audio/OggPages.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <opus/opus.h>

namespace clinicdesk {

namespace {

constexpr qsizetype kHeaderSize = 27;
constexpr std::int64_t kSamplesPerMs = 48;
// Silence search: decoded at 8 kHz (enough to tell speech from a pause), in 20 ms frames, looking for
// 400 ms stretches.
constexpr int kSearchRate = 8000;
constexpr int kDecimation = 48000 / kSearchRate;
constexpr std::int64_t kFrameSamples = 20 * kSamplesPerMs;
constexpr int kFramesPerPause = 20;
// Decoding starts this far before the window so that the decoder has settled (Opus needs ~80 ms).
constexpr std::int64_t kPreRollSamples = 200 * kSamplesPerMs;
// A pause is at least this much quieter than the window's speech level (90th percentile of frame power):
// 10 dB.
constexpr double kPauseBelowSpeech = 0.1;
// Frames up to this much louder than the quietest 400 ms (6 dB) belong to the same pause.
constexpr double kPauseAboveQuietest = 4.0;
constexpr double kDigitalSilence = 1e-9;
// The search goes back from the limit this much at a time.
constexpr std::int64_t kSearchStep = 10'000 * kSamplesPerMs;
// In a long pause, cut this far before the speech resumes rather than in the middle of the pause.
constexpr std::int64_t kCutBeforeSpeech = 750 * kSamplesPerMs;

using Page = OggPages::Page;

struct Stream {
    std::vector<Page> pages;
    std::size_t firstAudio = 0;
    std::int64_t preSkip = 0;
    int channels = 0;
    int mappingFamily = 0;
    std::int64_t startGranule = 0; // granule position at which the first audio packet starts
    std::int64_t endGranule = 0;   // last granule position of the stream
    qsizetype headerBytes = 0;
};

const unsigned char* bytesOf(const QByteArray& data) {
    return reinterpret_cast<const unsigned char*>(data.constData());
}

qsizetype bodyOffset(const QByteArray& data, const Page& page) {
    return page.offset + kHeaderSize + bytesOf(data)[page.offset + 26];
}

// The pages of `data`, skipping over damaged stretches to the next intact page.
std::vector<Page> scanPages(const QByteArray& data) {
    std::vector<Page> pages;
    qsizetype offset = 0;
    while (offset < data.size()) {
        auto found = OggPages::scan(QByteArrayView(data).sliced(offset));
        for (Page& page : found) {
            page.offset += offset;
            pages.push_back(page);
        }
        const qsizetype end = found.empty() ? offset : found.back().offset + found.back().size;
        if (end >= data.size()) {
            break;
        }
        offset = data.indexOf("OggS", end + 1);
        if (offset < 0) {
            break;
        }
    }
    return pages;
}

// The packets that end on `page`, in order; `pending` carries a packet continued from the previous pages.
// A continuation whose beginning was lost (damage) is dropped.
void packetsEndingOn(const QByteArray& data, const Page& page, QByteArray& pending, std::vector<QByteArray>& out) {
    const unsigned char* h = bytesOf(data) + page.offset;
    const int segments = h[26];
    const unsigned char* body = h + kHeaderSize + segments;
    if (!(page.flags & OggPages::kContinued)) {
        pending.clear();
    }
    bool dropping = (page.flags & OggPages::kContinued) && pending.isEmpty();
    qsizetype start = 0;
    qsizetype length = 0;
    for (int i = 0; i < segments; ++i) {
        length += h[kHeaderSize + i];
        if (h[kHeaderSize + i] < 255) {
            if (!dropping) {
                pending.append(reinterpret_cast<const char*>(body + start), length);
                out.push_back(pending);
            }
            pending.clear();
            dropping = false;
            start += length;
            length = 0;
        }
    }
    if (length > 0 && !dropping) {
        pending.append(reinterpret_cast<const char*>(body + start), length);
    }
}

std::int64_t samplesOf(const std::vector<QByteArray>& packets) {
    std::int64_t samples = 0;
    for (const QByteArray& packet : packets) {
        const int n = opus_packet_get_nb_samples(reinterpret_cast<const unsigned char*>(packet.constData()),
                                                 static_cast<opus_int32>(packet.size()), 48000);
        samples += std::max(0, n);
    }
    return samples;
}

// Parses the headers and checks that `data` is one Ogg Opus stream.
Result<Stream> parse(const QByteArray& data) {
    const auto notOpus = [](const QString& detail) {
        return fail(ErrorCode::InvalidInput, OggOpusSplitter::tr("The recording is not an Ogg Opus audio stream."),
                    detail);
    };
    Stream stream;
    stream.pages = scanPages(data);
    if (stream.pages.empty() || stream.pages[0].offset != 0) {
        return notOpus(QStringLiteral("no Ogg page at the start"));
    }
    const Page& head = stream.pages[0];
    const unsigned char* bytes = bytesOf(data);
    const qsizetype headBody = bodyOffset(data, head);
    if (!(head.flags & OggPages::kBeginOfStream) || head.offset + head.size - headBody < 19 ||
        QByteArrayView(data).sliced(headBody, 8) != "OpusHead" || (bytes[headBody + 8] & 0xf0) != 0) {
        return notOpus(QStringLiteral("first page is not an OpusHead"));
    }
    stream.channels = bytes[headBody + 9];
    stream.preSkip = int(bytes[headBody + 10]) | int(bytes[headBody + 11]) << 8;
    stream.mappingFamily = bytes[headBody + 18];
    if (stream.channels < 1) {
        return notOpus(QStringLiteral("OpusHead with no channels"));
    }
    for (const Page& page : stream.pages) {
        if (page.serial != head.serial) {
            return fail(ErrorCode::InvalidInput,
                        OggOpusSplitter::tr("The recording holds more than one audio stream and cannot be split."),
                        QStringLiteral("second logical stream"));
        }
    }
    if (stream.pages.size() < 2 || bodyOffset(data, stream.pages[1]) + 8 > data.size() ||
        QByteArrayView(data).sliced(bodyOffset(data, stream.pages[1]), 8) != "OpusTags") {
        return notOpus(QStringLiteral("no OpusTags page"));
    }
    // OpusTags ends on the first page after OpusHead that has a granule position; audio starts on a new page.
    std::size_t tagsEnd = 1;
    while (tagsEnd < stream.pages.size() && stream.pages[tagsEnd].granule < 0) {
        ++tagsEnd;
    }
    stream.firstAudio = tagsEnd + 1;
    if (stream.firstAudio >= stream.pages.size()) {
        return fail(ErrorCode::InvalidInput, OggOpusSplitter::tr("The recording contains no audio."),
                    QStringLiteral("no audio pages"));
    }
    stream.headerBytes = stream.pages[stream.firstAudio].offset;

    const Page& first = stream.pages[stream.firstAudio];
    if (first.granule >= 0 && !(first.flags & OggPages::kContinued)) {
        QByteArray pending;
        std::vector<QByteArray> packets;
        packetsEndingOn(data, first, pending, packets);
        stream.startGranule = std::max<std::int64_t>(0, first.granule - samplesOf(packets));
    }
    for (auto it = stream.pages.rbegin(); it != stream.pages.rend(); ++it) {
        if (it->granule >= 0) {
            stream.endGranule = it->granule;
            break;
        }
    }
    if (stream.endGranule - stream.startGranule - stream.preSkip <= 0) {
        return fail(ErrorCode::InvalidInput, OggOpusSplitter::tr("The recording contains no audio."),
                    QStringLiteral("no samples after pre-skip"));
    }
    return stream;
}

void writeLe32(unsigned char* p, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) {
        p[i] = static_cast<unsigned char>(value >> (8 * i));
    }
}

void writeLe64(unsigned char* p, std::int64_t value) {
    const auto bits = static_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i) {
        p[i] = static_cast<unsigned char>(bits >> (8 * i));
    }
}

// Appends `page` to `out` with a new sequence number, granule position and flags, and a new checksum.
void appendPage(QByteArray& out, const QByteArray& data, const Page& page, std::uint32_t sequence, std::int64_t granule,
                std::uint8_t flags) {
    const qsizetype at = out.size();
    out.append(data.constData() + page.offset, page.size);
    auto* h = reinterpret_cast<unsigned char*>(out.data()) + at;
    h[5] = flags;
    writeLe64(h + 6, granule);
    writeLe32(h + 18, sequence);
    writeLe32(h + 22, OggPages::crc(QByteArrayView(out).sliced(at, page.size)));
}

class Splitter {
public:
    Splitter(const QByteArray& data, const Stream& stream)
        : m_data(data)
        , m_s(stream) {}

    // A cut may follow audio page `j` when the page ends a packet and the next page starts a new one.
    [[nodiscard]] bool canCutAfter(std::size_t j) const {
        return j + 1 < m_s.pages.size() && m_s.pages[j].granule >= 0 &&
               !(m_s.pages[j + 1].flags & OggPages::kContinued);
    }

    // The audio page after which to cut a part that starts at page `first` (granule `start`), given the
    // latest allowed cut `limit`.
    [[nodiscard]] std::size_t chooseCut(std::size_t first, std::int64_t start, std::size_t limit) const {
        if (m_s.mappingFamily != 0) {
            return limit; // not the mono/stereo layout this search decodes
        }
        const std::int64_t windowEnd = m_s.pages[limit].granule;
        // At most the last minute before the limit, and never the first half of the part. Searched backwards
        // a few seconds at a time: in speech, the latest pause is seldom far from the limit.
        const std::int64_t lowest =
            std::max(start + (windowEnd - start) / 2, windowEnd - OggOpusSplitter::kSearchWindowMs * kSamplesPerMs);
        std::vector<double> power;
        std::int64_t windowStart = windowEnd;
        std::optional<std::int64_t> target;
        while (!target) {
            const std::int64_t frames = (windowEnd - std::max(lowest, windowStart - kSearchStep)) / kFrameSamples;
            const std::int64_t from = windowEnd - frames * kFrameSamples;
            if (from >= windowStart) {
                return limit;
            }
            const auto earlier = framePower(first, from, windowStart);
            if (earlier.size() != std::size_t((windowStart - from) / kFrameSamples)) {
                return limit; // the decoder could not be made
            }
            power.insert(power.begin(), earlier.begin(), earlier.end());
            windowStart = from;
            target = pauseIn(power, windowStart, windowEnd);
        }
        std::size_t best = limit;
        std::int64_t bestDistance = std::abs(windowEnd - *target);
        for (std::size_t j = first; j < limit; ++j) {
            if (canCutAfter(j) && std::abs(m_s.pages[j].granule - *target) < bestDistance) {
                best = j;
                bestDistance = std::abs(m_s.pages[j].granule - *target);
            }
        }
        return best;
    }

private:
    // The granule position to cut at inside the latest pause of [windowStart, windowEnd), if there is one.
    // `power` holds the frames of [windowStart, windowEnd).
    [[nodiscard]] static std::optional<std::int64_t> pauseIn(const std::vector<double>& power, std::int64_t windowStart,
                                                             std::int64_t windowEnd) {
        if (power.size() < std::size_t(kFramesPerPause)) {
            return std::nullopt;
        }
        // Mean power of each 400 ms stretch, by its first frame.
        std::vector<double> stretch(power.size() - kFramesPerPause + 1);
        double sum = 0;
        for (std::size_t i = 0; i < power.size(); ++i) {
            sum += power[i];
            if (i >= std::size_t(kFramesPerPause)) {
                sum -= power[i - kFramesPerPause];
            }
            if (i + 1 >= std::size_t(kFramesPerPause)) {
                stretch[i + 1 - kFramesPerPause] = std::max(0.0, sum) / kFramesPerPause;
            }
        }
        std::vector<double> sorted = power;
        const auto p90 = sorted.begin() + std::ptrdiff_t(sorted.size() * 9 / 10);
        std::nth_element(sorted.begin(), p90, sorted.end());
        const double speech = *p90;
        const double quietest = *std::min_element(stretch.begin(), stretch.end());
        if (quietest > speech * kPauseBelowSpeech) {
            return std::nullopt; // no pause: only speech (or only noise) in the window
        }
        const double threshold =
            std::min(speech * kPauseBelowSpeech, std::max(quietest * kPauseAboveQuietest, kDigitalSilence));
        auto last = stretch.size();
        while (last > 0 && stretch[last - 1] > threshold) {
            --last;
        }
        if (last == 0) {
            return std::nullopt;
        }
        auto firstQuiet = last - 1;
        while (firstQuiet > 0 && stretch[firstQuiet - 1] <= threshold) {
            --firstQuiet;
        }
        // The pause spans frames [firstQuiet, last - 1 + kFramesPerPause).
        const std::int64_t pauseStart = windowStart + std::int64_t(firstQuiet) * kFrameSamples;
        const std::int64_t pauseEnd = windowStart + std::int64_t(last - 1 + kFramesPerPause) * kFrameSamples;
        if (last == stretch.size()) {
            return windowEnd; // the pause lasts up to the limit: cut there
        }
        return std::max((pauseStart + pauseEnd) / 2, pauseEnd - kCutBeforeSpeech);
    }

    // Mean power of the 20 ms frames of [windowStart, windowEnd), decoded at 8 kHz. Packets are placed by
    // the granule positions of their pages, so a hole in the stream cannot shift them.
    [[nodiscard]] std::vector<double> framePower(std::size_t first, std::int64_t windowStart,
                                                 std::int64_t windowEnd) const {
        const auto frames = std::size_t((windowEnd - windowStart) / kFrameSamples);
        std::vector<float> pcm(frames * std::size_t(kFrameSamples / kDecimation), 0.0f);
        int error = OPUS_OK;
        const std::unique_ptr<OpusDecoder, decltype(&opus_decoder_destroy)> decoder(
            opus_decoder_create(kSearchRate, 1, &error), &opus_decoder_destroy);
        if (!decoder || error != OPUS_OK) {
            return {};
        }
        // Start on a page that begins a packet, far enough before the window for the decoder to settle.
        std::size_t page = first;
        while (page + 1 < m_s.pages.size() && m_s.pages[page].granule >= 0 &&
               m_s.pages[page].granule < windowStart - kPreRollSamples) {
            ++page;
        }
        while (page > m_s.firstAudio && (m_s.pages[page].flags & OggPages::kContinued)) {
            --page;
        }
        QByteArray pending;
        std::vector<QByteArray> packets;
        std::vector<float> decoded(5760 / kDecimation);
        for (; page < m_s.pages.size(); ++page) {
            const Page& p = m_s.pages[page];
            packets.clear();
            packetsEndingOn(m_data, p, pending, packets);
            if (p.granule < 0 || packets.empty()) {
                continue;
            }
            std::int64_t at = p.granule - samplesOf(packets);
            for (const QByteArray& packet : packets) {
                const int n = opus_decode_float(decoder.get(), reinterpret_cast<const unsigned char*>(packet.data()),
                                                static_cast<opus_int32>(packet.size()), decoded.data(),
                                                static_cast<int>(decoded.size()), 0);
                for (int i = 0; i < n; ++i) {
                    const std::int64_t offset = at + std::int64_t(i) * kDecimation - windowStart;
                    if (offset >= 0 && offset / kDecimation < std::int64_t(pcm.size())) {
                        pcm[std::size_t(offset / kDecimation)] = decoded[std::size_t(i)];
                    }
                }
                at += std::int64_t(std::max(0, n)) * kDecimation;
            }
            if (p.granule >= windowEnd) {
                break;
            }
        }
        std::vector<double> power(frames);
        const auto frameLength = std::size_t(kFrameSamples / kDecimation);
        for (std::size_t f = 0; f < frames; ++f) {
            double sum = 0;
            for (std::size_t i = 0; i < frameLength; ++i) {
                const double v = pcm[f * frameLength + i];
                sum += v * v;
            }
            power[f] = sum / double(frameLength);
        }
        return power;
    }

    const QByteArray& m_data;
    const Stream& m_s;
};

} // namespace

Result<std::vector<AudioPart>> OggOpusSplitter::split(const QByteArray& ogg, std::int64_t maxPartMs,
                                                      std::int64_t maxPartBytes) {
    if (maxPartMs <= 0 || maxPartBytes <= 0) {
        return fail(ErrorCode::Usage, tr("The size limits for recording parts must be positive."),
                    QStringLiteral("maxPartMs %1, maxPartBytes %2").arg(maxPartMs).arg(maxPartBytes));
    }
    auto parsed = parse(ogg);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    const Stream& s = *parsed;
    const std::int64_t maxSamples = maxPartMs * kSamplesPerMs;
    const std::int64_t totalSamples = s.endGranule - s.startGranule - s.preSkip;
    if (totalSamples <= maxSamples && ogg.size() <= maxPartBytes) {
        return std::vector<AudioPart>{AudioPart{0, 0, totalSamples / kSamplesPerMs, ogg}};
    }

    const Splitter splitter(ogg, s);
    const auto pageEnd = [&](std::size_t j) { return s.pages[j].offset + s.pages[j].size; };
    const std::size_t lastPage = s.pages.size() - 1;
    std::vector<AudioPart> parts;
    std::size_t first = s.firstAudio;
    std::int64_t start = s.startGranule;
    while (true) {
        std::size_t last = lastPage;
        const qsizetype remainingBytes = s.headerBytes + pageEnd(lastPage) - s.pages[first].offset;
        if (s.endGranule - start - s.preSkip > maxSamples || remainingBytes > maxPartBytes) {
            std::optional<std::size_t> limit;
            for (std::size_t j = first; j < lastPage; ++j) {
                if (s.headerBytes + pageEnd(j) - s.pages[first].offset > maxPartBytes ||
                    (s.pages[j].granule >= 0 && s.pages[j].granule - start > maxSamples)) {
                    break;
                }
                if (splitter.canCutAfter(j)) {
                    limit = j;
                }
            }
            if (!limit) {
                return fail(ErrorCode::InvalidInput,
                            tr("The recording cannot be split into parts as small as the provider requires."),
                            QStringLiteral("no cut within %1 ms / %2 bytes").arg(maxPartMs).arg(maxPartBytes));
            }
            last = splitter.chooseCut(first, start, *limit);
        }

        const bool final = last == lastPage;
        QByteArray out;
        out.reserve(s.headerBytes + pageEnd(last) - s.pages[first].offset);
        std::uint32_t sequence = 0;
        for (std::size_t h = 0; h < s.firstAudio; ++h) {
            const Page& page = s.pages[h];
            const int flags = (page.flags & OggPages::kContinued) | (h == 0 ? OggPages::kBeginOfStream : 0);
            appendPage(out, ogg, page, sequence++, page.granule, static_cast<std::uint8_t>(flags));
        }
        for (std::size_t j = first; j <= last; ++j) {
            const Page& page = s.pages[j];
            const int flags = (page.flags & OggPages::kContinued) | (j == last ? OggPages::kEndOfStream : 0);
            appendPage(out, ogg, page, sequence++, page.granule >= 0 ? page.granule - start : -1,
                       static_cast<std::uint8_t>(flags));
        }
        const std::int64_t startSample = start - s.startGranule;
        const std::int64_t endSample = final ? totalSamples : s.pages[last].granule - s.startGranule;
        const std::int64_t startMs = startSample / kSamplesPerMs;
        parts.push_back(AudioPart{int(parts.size()), startMs, endSample / kSamplesPerMs - startMs, std::move(out)});
        if (final) {
            break;
        }
        start = s.pages[last].granule;
        first = last + 1;
    }
    return parts;
}

} // namespace clinicdesk
