// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/AudioFileDecoder.h"

#include "util/Logging.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QAudioFormat>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <vector>

namespace clinicdesk {

namespace {

// What the file's own bytes say, before any decoding.
enum class Container { Unknown, Wav, Flac, Ogg, Mp3, Mp4, Matroska };

enum class Structure {
    Ok,        // nothing wrong that the container's structure shows
    Truncated, // the data ends before the length the container declares
    NoAudio,   // the container declares no samples at all
};

struct Probe {
    Container container = Container::Unknown;
    QString format;
    Structure structure = Structure::Ok;
    // A duration the header itself declares (FLAC STREAMINFO), compared with what was decoded.
    std::int64_t declaredFrames = -1;
    int declaredRate = 0;
};

// A read-only view of the whole file: mapped, or read into memory where mapping is not possible.
class Bytes {
public:
    explicit Bytes(QFile& file) {
        const qint64 size = file.size();
        if (size > 0) {
            if (const uchar* mapped = file.map(0, size); mapped != nullptr) {
                data_ = mapped;
                size_ = size;
            } else {
                copy_ = file.readAll();
                data_ = reinterpret_cast<const uchar*>(copy_.constData());
                size_ = copy_.size();
            }
        }
    }
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
    QByteArray copy_;
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

void flacStreamInfo(const Bytes& bytes, qint64 start, Probe& probe) {
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

Probe probe(const Bytes& bytes) {
    Probe result;
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

// Down-mixes one decoded buffer to mono floats in [-1, 1].
void downMix(const QAudioBuffer& buffer, std::vector<float>& mono) {
    const QAudioFormat format = buffer.format();
    const int channels = format.channelCount();
    const auto frames = std::size_t(buffer.frameCount());
    mono.resize(frames);
    if (format.sampleFormat() == QAudioFormat::Float) {
        const auto* samples = buffer.constData<float>();
        for (std::size_t i = 0; i < frames; ++i) {
            float sum = 0.0F;
            for (int c = 0; c < channels; ++c) {
                sum += samples[i * std::size_t(channels) + std::size_t(c)];
            }
            mono[i] = sum / float(channels);
        }
    } else {
        const char* samples = buffer.constData<char>();
        const auto bytesPerSample = std::size_t(format.bytesPerSample());
        for (std::size_t i = 0; i < frames; ++i) {
            float sum = 0.0F;
            for (int c = 0; c < channels; ++c) {
                sum += format.normalizedSampleValue(samples +
                                                    (i * std::size_t(channels) + std::size_t(c)) * bytesPerSample);
            }
            mono[i] = sum / float(channels);
        }
    }
    for (float& sample : mono) {
        sample = std::isfinite(sample) ? std::clamp(sample, -1.0F, 1.0F) : 0.0F;
    }
}

// A declared length longer than the decoded one by more than this means the file was cut.
constexpr std::int64_t kTruncationToleranceMs = 200;

} // namespace

Result<AudioFileDecoder::Summary> AudioFileDecoder::decode(const QString& path, const Sink& sink,
                                                           const std::atomic_bool* cancel) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists() || info.isDir()) {
        return fail(ErrorCode::NotFound, tr("The audio file %1 does not exist.").arg(name),
                    QStringLiteral("no such file"));
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::Io, tr("The audio file %1 cannot be read.").arg(name), file.errorString());
    }
    if (file.size() == 0) {
        return fail(ErrorCode::InvalidInput, tr("The file %1 is empty.").arg(name), QStringLiteral("0 bytes"));
    }
    const auto notAudio = [&](const QString& detail) {
        return fail(ErrorCode::InvalidInput, tr("%1 is not an audio file that ClinicDesk can import.").arg(name),
                    detail);
    };
    const auto truncated = [&](const QString& detail) {
        return fail(ErrorCode::InvalidInput,
                    tr("The audio file %1 is incomplete: it ends before the length its header declares, so it was "
                       "probably cut off while being copied.")
                        .arg(name),
                    detail);
    };
    const auto noAudio = [&](const QString& detail) {
        return fail(ErrorCode::InvalidInput, tr("The file %1 contains no audio.").arg(name), detail);
    };

    Probe probed;
    {
        const Bytes bytes(file);
        probed = probe(bytes);
    }
    file.close();
    qCDebug(lcAudio) << "decoding" << name << "as" << probed.format;
    if (probed.container == Container::Unknown) {
        return notAudio(QStringLiteral("unrecognised file signature"));
    }
    if (probed.structure == Structure::Truncated) {
        return truncated(QStringLiteral("%1 data ends before its declared end").arg(probed.format));
    }
    if (probed.structure == Structure::NoAudio) {
        return noAudio(QStringLiteral("%1 declares no samples").arg(probed.format));
    }

    // The loop exists before the decoder: it gives a thread that has none an event dispatcher, to which the
    // GStreamer backend attaches its bus watch.
    QEventLoop loop;
    QAudioDecoder decoder;
    if (!decoder.isSupported()) {
        return fail(ErrorCode::Io,
                    tr("Audio decoding is not available on this computer, so %1 cannot be imported.").arg(name),
                    QStringLiteral("QAudioDecoder has no backend"));
    }
    QAudioFormat wanted;
    wanted.setSampleFormat(QAudioFormat::Float);
    wanted.setSampleRate(kOutputSampleRate);
    wanted.setChannelCount(2); // stereo at most; down-mixed here
    decoder.setAudioFormat(wanted);
    decoder.setSource(QUrl::fromLocalFile(info.absoluteFilePath()));

    std::vector<float> mono;
    std::int64_t frames = 0;
    int rate = 0;
    std::int64_t declaredMs = -1;
    std::optional<Error> sinkError;
    bool finished = false;
    bool decoderFailed = false;
    bool cancelled = false;
    bool stalled = false;
    bool stopped = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();

    const auto stop = [&] {
        stopped = true;
        loop.quit();
    };
    const auto cancelRequested = [&] { return cancel != nullptr && cancel->load(std::memory_order_relaxed); };
    const auto drain = [&] {
        while (!stopped && decoder.bufferAvailable()) {
            const QAudioBuffer buffer = decoder.read();
            sinceProgress.restart();
            if (cancelRequested()) {
                cancelled = true;
                stop();
                return;
            }
            const QAudioFormat format = buffer.format();
            if (!buffer.isValid() || buffer.frameCount() <= 0 || format.channelCount() <= 0 ||
                format.sampleRate() <= 0) {
                continue;
            }
            if (rate == 0) {
                rate = format.sampleRate();
            } else if (rate != format.sampleRate()) {
                // Requested caps are fixed, so this would be a backend that ignores them.
                decoderFailed = true;
                stop();
                return;
            }
            downMix(buffer, mono);
            frames += std::int64_t(mono.size());
            if (Status delivered = sink(std::span<const float>(mono), rate); !delivered) {
                sinkError = std::move(delivered.error());
                stop();
                return;
            }
        }
    };

    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, drain);
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, [&] {
        drain();
        finished = true;
        stop();
    });
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         decoderFailed = true;
                         stop();
                     });
    QObject::connect(&decoder, &QAudioDecoder::durationChanged, &loop, [&](qint64 ms) {
        sinceProgress.restart();
        declaredMs = std::max<std::int64_t>(declaredMs, ms);
    });
    QObject::connect(&decoder, &QAudioDecoder::isDecodingChanged, &loop, [&] { sinceProgress.restart(); });

    QTimer watchdog;
    watchdog.setInterval(50);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (cancelRequested()) {
            cancelled = true;
            stop();
        } else if (sinceProgress.elapsed() > kStallTimeoutMs) {
            stalled = true;
            stop();
        }
    });

    if (cancelRequested()) {
        return fail(ErrorCode::Cancelled, tr("Importing %1 was cancelled.").arg(name));
    }
    watchdog.start();
    decoder.start();
    if (!stopped) {
        loop.exec();
    }
    watchdog.stop();
    const QString decoderMessage = decoder.errorString();
    decoder.stop();

    if (cancelled) {
        return fail(ErrorCode::Cancelled, tr("Importing %1 was cancelled.").arg(name));
    }
    if (sinkError) {
        return std::unexpected(std::move(*sinkError));
    }
    if (stalled) {
        qCWarning(lcAudio) << "audio decoder made no progress for" << kStallTimeoutMs << "ms";
        return fail(ErrorCode::Io, tr("Decoding %1 stopped making progress, so it was abandoned.").arg(name),
                    QStringLiteral("no progress for %1 ms").arg(kStallTimeoutMs));
    }
    if (decoderFailed || !finished) {
        qCWarning(lcAudio) << "audio decoder failed after" << frames << "frames:" << decoderMessage;
        if (frames == 0) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is not an audio file that ClinicDesk can import, or it is damaged.").arg(name),
                        QStringLiteral("decoder: %1").arg(decoderMessage));
        }
        return fail(ErrorCode::InvalidInput, tr("The audio file %1 is damaged and cannot be imported.").arg(name),
                    QStringLiteral("decoder failed after %1 frames: %2").arg(frames).arg(decoderMessage));
    }
    if (frames == 0) {
        return noAudio(QStringLiteral("the decoder produced no samples"));
    }

    Summary summary;
    summary.frames = frames;
    summary.sampleRate = rate;
    summary.durationMs = frames * 1000 / rate;
    summary.format = probed.format;

    // Containers that declare their length: the decoded audio must reach it.
    std::int64_t expectedMs = -1;
    if (probed.declaredFrames > 0) {
        expectedMs = probed.declaredFrames * 1000 / probed.declaredRate;
    } else if (probed.container == Container::Mp4 || probed.container == Container::Matroska) {
        expectedMs = declaredMs;
    }
    if (expectedMs > 0 && summary.durationMs + kTruncationToleranceMs < expectedMs) {
        return truncated(QStringLiteral("decoded %1 ms of %2 declared ms").arg(summary.durationMs).arg(expectedMs));
    }

    qCInfo(lcAudio) << "decoded" << summary.format << "audio:" << summary.durationMs << "ms";
    return summary;
}

} // namespace clinicdesk
