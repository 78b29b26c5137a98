// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/AudioFileDecoder.h"

#include "audio/AudioProbe.h"
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

using Container = AudioProbe::Container;
using Structure = AudioProbe::Structure;

// The probe of the whole file: mapped, or read into memory where mapping is not possible.
AudioProbe::Result probeFile(QFile& file) {
    const qint64 size = file.size();
    if (size <= 0) {
        return {};
    }
    if (uchar* mapped = file.map(0, size); mapped != nullptr) {
        AudioProbe::Result result = AudioProbe::inspect(mapped, size);
        file.unmap(mapped);
        return result;
    }
    const QByteArray copy = file.readAll();
    return AudioProbe::inspect(reinterpret_cast<const uchar*>(copy.constData()), copy.size());
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

    const AudioProbe::Result probed = probeFile(file);
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
