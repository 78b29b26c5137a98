// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QAudioFormat>
#include <QIODevice>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace clinicdesk {

class OggOpusDecoder;

// A read-only, sequential QIODevice that a QAudioSink pulls from in pull mode. It decodes the
// recording on demand (mono float, 48 kHz) and hands out PCM in the sink's format: 16-bit or float
// samples, the mono signal copied into every channel, resampled by linear interpolation when the
// sink does not run at 48 kHz. Decrypted audio stays in memory: a few milliseconds of decoded
// samples, never a file.
//
// At the end of the stream readData() returns 0, atEnd() becomes true and endReached() is emitted
// once. A decoding error ends the stream the same way (atEnd() but not reachedEnd()) and emits
// failed() instead.
class PlaybackDevice : public QIODevice {
    Q_OBJECT
public:
    // Whether this device can produce `format`: Int16 or Float samples, any channel count, any rate.
    [[nodiscard]] static bool supports(const QAudioFormat& format);

    // `format` must satisfy supports(). The device is opened read-only on construction.
    PlaybackDevice(std::unique_ptr<OggOpusDecoder> decoder, const QAudioFormat& format, QObject* parent = nullptr);
    ~PlaybackDevice() override;

    [[nodiscard]] const QAudioFormat& format() const { return m_format; }
    [[nodiscard]] std::int64_t durationMs() const;

    // Moves the decoder to `ms` (clamped to the recording) and forgets what was decoded before.
    [[nodiscard]] Status seekMs(std::int64_t ms);
    // Where the audio handed out so far ends, in the recording's time: the position of the next
    // byte read.
    [[nodiscard]] std::int64_t deliveredEndMs() const;

    // QIODevice. atEnd() may be called from the audio backend's thread.
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] bool atEnd() const override { return m_ended.load() || m_failed.load(); }
    // True once the whole stream has been handed out (not after a decoding error).
    [[nodiscard]] bool reachedEnd() const { return m_ended.load(); }
    [[nodiscard]] qint64 bytesAvailable() const override;

signals:
    void endReached();
    void failed(const clinicdesk::Error& error);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    // Makes sure m_source holds the samples at m_sourceIndex and m_sourceIndex + 1 (as far as the
    // stream has them); false when the stream has ended before m_sourceIndex.
    [[nodiscard]] Result<bool> fillSource();
    void end();

    std::unique_ptr<OggOpusDecoder> m_decoder;
    QAudioFormat m_format;
    int m_channels = 1;
    int m_rate = 48000;
    int m_bytesPerFrame = 0;

    // Decoded mono samples not yet consumed; m_sourceIndex is the (integer part of the) read position
    // in them and m_phase / m_rate its fraction. Each output frame advances the position by
    // 48000 / m_rate source samples.
    std::vector<float> m_source;
    qsizetype m_sourceIndex = 0;
    std::int64_t m_phase = 0;
    bool m_decoderDone = false;
    std::vector<float> m_block;

    std::int64_t m_seekMs = 0;
    std::int64_t m_framesOut = 0; // output frames handed out since the last seek
    std::atomic<bool> m_ended = false;
    std::atomic<bool> m_failed = false;
};

} // namespace clinicdesk
