// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/AudioProbe.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <optional>

namespace clinicdesk {

namespace {

using Container = AudioProbe::Container;
using Structure = AudioProbe::Structure;

// A bounds-checked read-only view of the file's bytes.
class Bytes {
public:
    Bytes(const uchar* data, qint64 size)
        : data_(size > 0 ? data : nullptr)
        , size_(size > 0 ? size : 0) {}
    [[nodiscard]] qint64 size() const { return size_; }
    [[nodiscard]] const uchar* data() const { return data_; }
    [[nodiscard]] bool has(qint64 offset, qint64 length) const {
        return data_ != nullptr && offset >= 0 && length >= 0 && offset <= size_ && length <= size_ - offset;
    }
    [[nodiscard]] bool startsWith(qint64 offset, const char* tag, qint64 length) const {
        return has(offset, length) && std::memcmp(data_ + offset, tag, std::size_t(length)) == 0;
    }
    [[nodiscard]] std::uint64_t be(qint64 offset, int count) const {
        std::uint64_t value = 0;
        for (int i = 0; i < count; ++i) {
            value = (value << 8) | data_[offset + i];
        }
        return value;
    }
    [[nodiscard]] std::uint32_t le32(qint64 offset) const {
        const uchar* p = data_ + offset;
        return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
               (std::uint32_t(p[3]) << 24);
    }

private:
    const uchar* data_ = nullptr;
    qint64 size_ = 0;
};

// Skips an ID3v2 tag at the start (MP3, sometimes FLAC); returns where the audio data begins.
qint64 skipId3v2(const Bytes& bytes) {
    if (!bytes.startsWith(0, "ID3", 3) || !bytes.has(0, 10)) {
        return 0;
    }
    const uchar* p = bytes.data();
    const qint64 size =
        (qint64(p[6] & 0x7f) << 21) | (qint64(p[7] & 0x7f) << 14) | (qint64(p[8] & 0x7f) << 7) | qint64(p[9] & 0x7f);
    const qint64 footer = (p[5] & 0x10) != 0 ? 10 : 0;
    return 10 + size + footer;
}

// --- WAV -------------------------------------------------------------------------------------------------------

Structure wavStructure(const Bytes& bytes) {
    const bool rf64 = bytes.startsWith(0, "RF64", 4);
    qint64 offset = 12;
    std::uint32_t blockAlign = 1;
    while (bytes.has(offset, 8)) {
        const std::uint32_t chunkSize = bytes.le32(offset + 4);
        if (bytes.startsWith(offset, "fmt ", 4) && bytes.has(offset + 8, 16)) {
            blockAlign = std::max<std::uint32_t>(1, bytes.data()[offset + 20] | (bytes.data()[offset + 21] << 8));
        }
        if (bytes.startsWith(offset, "data", 4)) {
            const qint64 available = bytes.size() - (offset + 8);
            // Streaming writers that cannot seek back leave the size 0 or all ones; RF64 keeps it elsewhere.
            if (rf64 || chunkSize == 0xffffffffU) {
                return available > 0 ? Structure::Ok : Structure::NoAudio;
            }
            if (chunkSize == 0) {
                return available >= qint64(blockAlign) ? Structure::Ok : Structure::NoAudio;
            }
            if (qint64(chunkSize) < qint64(blockAlign)) {
                return Structure::NoAudio;
            }
            return available + qint64(blockAlign) <= qint64(chunkSize) ? Structure::Truncated : Structure::Ok;
        }
        offset += 8 + qint64(chunkSize) + (chunkSize & 1U);
    }
    // The header ends before any data chunk: the file was cut inside its header.
    return Structure::Truncated;
}

// --- FLAC ------------------------------------------------------------------------------------------------------

void flacStreamInfo(const Bytes& bytes, qint64 start, AudioProbe::Result& probe) {
    // "fLaC", then the STREAMINFO block: a 4-byte block header and 34 bytes.
    const qint64 info = start + 8;
    if (!bytes.has(info, 18) || (bytes.data()[start + 4] & 0x7f) != 0) {
        probe.structure = Structure::Truncated;
        return;
    }
    const uchar* p = bytes.data() + info;
    const int rate = (int(p[10]) << 12) | (int(p[11]) << 4) | (int(p[12]) >> 4);
    const std::int64_t total = (std::int64_t(p[13] & 0x0f) << 32) | (std::int64_t(p[14]) << 24) |
                               (std::int64_t(p[15]) << 16) | (std::int64_t(p[16]) << 8) | std::int64_t(p[17]);
    if (rate > 0 && total > 0) { // 0 samples means "unknown"
        probe.declaredRate = rate;
        probe.declaredFrames = total;
    }
}

// --- Ogg -------------------------------------------------------------------------------------------------------

QString oggFormat(const Bytes& bytes) {
    const qint64 window = std::min<qint64>(bytes.size(), 128);
    const QByteArray head(reinterpret_cast<const char*>(bytes.data()), window);
    if (head.contains("OpusHead")) {
        return QStringLiteral("ogg-opus");
    }
    if (head.contains("\x01vorbis")) {
        return QStringLiteral("ogg-vorbis");
    }
    return QStringLiteral("ogg");
}

// A cut Ogg file almost always ends inside a page: find the last page header and check the page is whole.
Structure oggStructure(const Bytes& bytes) {
    constexpr qint64 kMaxPage = 27 + 255 + 255 * 255;
    const qint64 from = std::max<qint64>(0, bytes.size() - kMaxPage - 4);
    for (qint64 offset = bytes.size() - 4; offset >= from; --offset) {
        if (!bytes.startsWith(offset, "OggS", 4)) {
            continue;
        }
        if (!bytes.has(offset, 27)) {
            return Structure::Truncated;
        }
        const int segments = bytes.data()[offset + 26];
        if (!bytes.has(offset + 27, segments)) {
            return Structure::Truncated;
        }
        qint64 body = 0;
        for (int i = 0; i < segments; ++i) {
            body += bytes.data()[offset + 27 + i];
        }
        return bytes.has(offset + 27 + segments, body) ? Structure::Ok : Structure::Truncated;
    }
    return Structure::Truncated;
}

// --- MP4 / M4A ------------------------------------------------------------------------------------------------

// Walks the top-level boxes: a cut file ends inside a box, or before the index (moov) that writers put last.
Structure mp4Structure(const Bytes& bytes) {
    qint64 offset = 0;
    bool index = false;
    while (bytes.has(offset, 8)) {
        auto size = qint64(bytes.be(offset, 4));
        qint64 header = 8;
        if (size == 1) {
            if (!bytes.has(offset, 16)) {
                return Structure::Truncated;
            }
            const std::uint64_t large = bytes.be(offset + 8, 8);
            if (large > std::uint64_t(std::numeric_limits<qint64>::max())) {
                return Structure::Truncated;
            }
            size = qint64(large);
            header = 16;
        } else if (size == 0) { // the last box, up to the end of the file
            size = bytes.size() - offset;
        }
        if (size < header) {
            return Structure::Ok; // malformed rather than cut: the decoder will say so
        }
        index = index || bytes.startsWith(offset + 4, "moov", 4);
        if (!bytes.has(offset, size)) {
            return Structure::Truncated;
        }
        offset += size;
    }
    return offset == bytes.size() && index ? Structure::Ok : Structure::Truncated;
}

// --- MP3 -------------------------------------------------------------------------------------------------------

struct MpegFrame {
    int length = 0;
    int sampleRate = 0;
    int versionLayer = 0;
};

std::optional<MpegFrame> mpegFrame(const uchar* p) {
    if (p[0] != 0xff || (p[1] & 0xe0) != 0xe0) {
        return std::nullopt;
    }
    const int version = (p[1] >> 3) & 3; // 0: MPEG 2.5, 1: reserved, 2: MPEG 2, 3: MPEG 1
    const int layer = (p[1] >> 1) & 3;   // 1: III, 2: II, 3: I
    const int bitrateIndex = p[2] >> 4;
    const int rateIndex = (p[2] >> 2) & 3;
    const int padding = (p[2] >> 1) & 1;
    if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
        return std::nullopt;
    }
    static constexpr std::array<std::array<int, 15>, 5> kBitrates{{
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG 1 layer I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},    // MPEG 1 layer II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},     // MPEG 1 layer III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},    // MPEG 2/2.5 layer I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},         // MPEG 2/2.5 layers II, III
    }};
    static constexpr std::array<std::array<int, 3>, 4> kRates{
        {{11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}}};
    const bool mpeg1 = version == 3;
    const int table = mpeg1 ? (3 - layer) : (layer == 3 ? 3 : 4);
    const int bitrate = kBitrates[std::size_t(table)][std::size_t(bitrateIndex)] * 1000;
    const int rate = kRates[std::size_t(version)][std::size_t(rateIndex)];
    int length = 0;
    if (layer == 3) {
        length = (12 * bitrate / rate + padding) * 4;
    } else if (layer == 1 && !mpeg1) {
        length = 72 * bitrate / rate + padding;
    } else {
        length = 144 * bitrate / rate + padding;
    }
    if (length < 4) {
        return std::nullopt;
    }
    return MpegFrame{length, rate, (version << 2) | layer};
}

// The first of two consecutive, consistent MPEG audio frames within the first 64 KiB after `start`, or -1.
qint64 firstMpegFrame(const Bytes& bytes, qint64 start) {
    const qint64 end = std::min<qint64>(bytes.size() - 4, start + 64 * 1024);
    for (qint64 offset = start; offset < end; ++offset) {
        const auto first = mpegFrame(bytes.data() + offset);
        if (!first) {
            continue;
        }
        const qint64 next = offset + first->length;
        if (!bytes.has(next, 4)) {
            continue;
        }
        const auto second = mpegFrame(bytes.data() + next);
        if (second && second->versionLayer == first->versionLayer && second->sampleRate == first->sampleRate) {
            return offset;
        }
    }
    return -1;
}

// Walks the frames: a cut MP3 ends inside its last frame. Tags or junk after the last frame are fine.
Structure mp3Structure(const Bytes& bytes, qint64 first) {
    qint64 offset = first;
    while (bytes.has(offset, 4)) {
        const auto frame = mpegFrame(bytes.data() + offset);
        if (!frame) {
            return Structure::Ok;
        }
        if (!bytes.has(offset, frame->length)) {
            return Structure::Truncated;
        }
        offset += frame->length;
    }
    return offset == bytes.size() ? Structure::Ok : Structure::Truncated;
}

// ---------------------------------------------------------------------------------------------------------------

AudioProbe::Result probeBytes(const Bytes& bytes) {
    AudioProbe::Result result;
    if ((bytes.startsWith(0, "RIFF", 4) || bytes.startsWith(0, "RF64", 4)) && bytes.startsWith(8, "WAVE", 4)) {
        result.container = Container::Wav;
        result.format = QStringLiteral("wav");
        result.structure = wavStructure(bytes);
        return result;
    }
    if (bytes.startsWith(0, "OggS", 4)) {
        result.container = Container::Ogg;
        result.format = oggFormat(bytes);
        result.structure = oggStructure(bytes);
        return result;
    }
    if (bytes.startsWith(4, "ftyp", 4)) {
        result.container = Container::Mp4;
        result.format = QStringLiteral("m4a");
        result.structure = mp4Structure(bytes);
        return result;
    }
    if (bytes.startsWith(0, "\x1a\x45\xdf\xa3", 4)) {
        result.container = Container::Matroska;
        const QByteArray head(reinterpret_cast<const char*>(bytes.data()), std::min<qint64>(bytes.size(), 64));
        result.format = head.contains("webm") ? QStringLiteral("webm") : QStringLiteral("matroska");
        return result;
    }
    const qint64 start = skipId3v2(bytes);
    if (bytes.startsWith(start, "fLaC", 4)) {
        result.container = Container::Flac;
        result.format = QStringLiteral("flac");
        flacStreamInfo(bytes, start, result);
        return result;
    }
    if (const qint64 first = firstMpegFrame(bytes, start); first >= 0) {
        result.container = Container::Mp3;
        result.format = QStringLiteral("mp3");
        result.structure = mp3Structure(bytes, first);
        return result;
    }
    if (start > 0 && !bytes.has(start, 0)) {
        // An ID3 tag longer than the file: a cut MP3 (or not audio at all).
        result.container = Container::Mp3;
        result.format = QStringLiteral("mp3");
        result.structure = Structure::Truncated;
    }
    return result;
}

} // namespace

AudioProbe::Result AudioProbe::inspect(const unsigned char* data, qint64 size) {
    return probeBytes(Bytes(data, size));
}

} // namespace clinicdesk
