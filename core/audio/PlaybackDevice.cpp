// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/PlaybackDevice.h"

#include "audio/OggOpusDecoder.h"
#include "util/Logging.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace clinicdesk {

namespace {

constexpr int kSourceRate = OggOpusDecoder::kSampleRate;
constexpr qsizetype kDecodeBlockFrames = 960; // 20 ms at 48 kHz
constexpr qsizetype kCompactAfter = 8192;     // consumed samples kept before they are dropped

} // namespace

bool PlaybackDevice::supports(const QAudioFormat& format) {
    return format.isValid() && format.channelCount() >= 1 && format.sampleRate() > 0 &&
           (format.sampleFormat() == QAudioFormat::Int16 || format.sampleFormat() == QAudioFormat::Float);
}

PlaybackDevice::PlaybackDevice(std::unique_ptr<OggOpusDecoder> decoder, const QAudioFormat& format, QObject* parent)
    : QIODevice(parent)
    , m_decoder(std::move(decoder))
    , m_format(format)
    , m_channels(std::max(1, format.channelCount()))
    , m_rate(std::max(1, format.sampleRate()))
    , m_bytesPerFrame(format.bytesPerFrame()) {
    Q_ASSERT(m_decoder);
    Q_ASSERT(supports(format));
    m_block.resize(static_cast<size_t>(kDecodeBlockFrames));
    // Unbuffered: QIODevice must not read ahead into its own buffer, or a seek would replay it.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

PlaybackDevice::~PlaybackDevice() = default;

std::int64_t PlaybackDevice::durationMs() const {
    return m_decoder->durationMs();
}

std::int64_t PlaybackDevice::deliveredEndMs() const {
    return m_seekMs + m_framesOut * 1000 / m_rate;
}

qint64 PlaybackDevice::bytesAvailable() const {
    if (atEnd()) {
        return 0;
    }
    const std::int64_t remainingMs = std::max<std::int64_t>(0, durationMs() - deliveredEndMs());
    return remainingMs * m_rate / 1000 * m_bytesPerFrame + QIODevice::bytesAvailable();
}

Status PlaybackDevice::seekMs(std::int64_t ms) {
    const std::int64_t target = std::clamp<std::int64_t>(ms, 0, durationMs());
    // opusfile refuses to seek to the very end; there is nothing left to decode there anyway.
    const bool toEnd = target >= durationMs();
    if (!toEnd) {
        if (auto sought = m_decoder->seekMs(target); !sought) {
            return sought;
        }
    }
    m_source.clear();
    m_sourceIndex = 0;
    m_phase = 0;
    m_decoderDone = toEnd;
    m_seekMs = target;
    m_framesOut = 0;
    m_ended = false;
    m_failed = false;
    return {};
}

Result<bool> PlaybackDevice::fillSource() {
    while (!m_decoderDone && m_sourceIndex + 1 >= qsizetype(m_source.size())) {
        auto frames = m_decoder->read(m_block);
        if (!frames) {
            return std::unexpected(frames.error());
        }
        if (*frames == 0) {
            m_decoderDone = true;
            break;
        }
        m_source.insert(m_source.end(), m_block.begin(), m_block.begin() + *frames);
    }
    return m_sourceIndex < qsizetype(m_source.size());
}

void PlaybackDevice::end() {
    if (!m_ended.exchange(true)) {
        emit endReached();
    }
}

qint64 PlaybackDevice::readData(char* data, qint64 maxSize) {
    if (atEnd() || m_bytesPerFrame <= 0) {
        return 0;
    }
    if (m_sourceIndex >= kCompactAfter) {
        m_source.erase(m_source.begin(), m_source.begin() + m_sourceIndex);
        m_sourceIndex = 0;
    }

    const qint64 wanted = maxSize / m_bytesPerFrame;
    if (wanted <= 0) {
        return 0;
    }
    const bool asFloat = m_format.sampleFormat() == QAudioFormat::Float;
    const int bytesPerSample = m_format.bytesPerSample();
    qint64 produced = 0;
    for (; produced < wanted; ++produced) {
        auto available = fillSource();
        if (!available) {
            qCWarning(lcAudio) << "playback: decoding failed:" << available.error().detail;
            m_failed = true;
            emit failed(available.error());
            break;
        }
        if (!*available) {
            break;
        }
        // Linear interpolation between the two source samples around the read position; at 48 kHz
        // the fraction is always 0 and this is a plain copy.
        const float a = m_source[static_cast<size_t>(m_sourceIndex)];
        const float b =
            m_sourceIndex + 1 < qsizetype(m_source.size()) ? m_source[static_cast<size_t>(m_sourceIndex + 1)] : a;
        const float fraction = float(m_phase) / float(m_rate);
        const float value = std::clamp(a + (b - a) * fraction, -1.0f, 1.0f);
        m_phase += kSourceRate;
        m_sourceIndex += static_cast<qsizetype>(m_phase / m_rate);
        m_phase %= m_rate;

        char* frame = data + produced * m_bytesPerFrame;
        if (asFloat) {
            for (int c = 0; c < m_channels; ++c) {
                std::memcpy(frame + c * bytesPerSample, &value, sizeof value);
            }
        } else {
            const auto sample = static_cast<qint16>(std::lround(value * 32767.0f));
            for (int c = 0; c < m_channels; ++c) {
                std::memcpy(frame + c * bytesPerSample, &sample, sizeof sample);
            }
        }
    }
    m_framesOut += produced;
    if (produced == 0 && !atEnd()) {
        end();
    }
    return produced * m_bytesPerFrame;
}

qint64 PlaybackDevice::writeData(const char* /*data*/, qint64 /*maxSize*/) {
    return -1;
}

} // namespace clinicdesk
