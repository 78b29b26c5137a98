// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/AudioPlayer.h"

#include "audio/OggOpusDecoder.h"
#include "audio/PlaybackDevice.h"
#include "util/Logging.h"

#include <QAudioSink>

#include <algorithm>
#include <vector>

namespace clinicdesk {

namespace {

constexpr int kTickMs = 50;              // positionChanged() 20 times a second
constexpr qint64 kSinkBufferUs = 200000; // what the sink may hold ahead of the speaker
constexpr qint64 kDrainSlackMs = 1000;   // how long past the expected end we wait for the sink

} // namespace

AudioPlayer::AudioPlayer(QAudioDevice output, QObject* parent)
    : QObject(parent)
    , m_output(std::move(output)) {
    qRegisterMetaType<clinicdesk::Error>();
    qRegisterMetaType<clinicdesk::AudioPlayer::State>();
    m_ticker.setInterval(kTickMs);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &AudioPlayer::tick);
}

AudioPlayer::~AudioPlayer() {
    releaseOutput();
}

void AudioPlayer::releaseOutput() {
    m_ticker.stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_sink.reset();
    m_device.reset();
}

Result<QAudioFormat> AudioPlayer::chooseFormat(const QAudioDevice& device) {
    if (device.isNull()) {
        return fail(ErrorCode::NotFound, tr("No audio output device is available."),
                    QStringLiteral("null QAudioDevice"));
    }
    const QAudioFormat preferred = device.preferredFormat();
    QAudioFormat format;
    format.setChannelCount(std::max(1, preferred.channelCount()));
    format.setChannelConfig(preferred.channelConfig());

    std::vector<QAudioFormat::SampleFormat> sampleFormats;
    if (preferred.sampleFormat() == QAudioFormat::Int16 || preferred.sampleFormat() == QAudioFormat::Float) {
        sampleFormats.push_back(preferred.sampleFormat());
    }
    sampleFormats.push_back(QAudioFormat::Float);
    sampleFormats.push_back(QAudioFormat::Int16);

    std::vector<int> rates{OggOpusDecoder::kSampleRate};
    if (preferred.sampleRate() > 0 && preferred.sampleRate() != OggOpusDecoder::kSampleRate) {
        rates.push_back(preferred.sampleRate());
    }
    for (int rate : rates) {
        for (auto sampleFormat : sampleFormats) {
            format.setSampleRate(rate);
            format.setSampleFormat(sampleFormat);
            if (device.isFormatSupported(format) && PlaybackDevice::supports(format)) {
                return format;
            }
        }
    }
    return fail(ErrorCode::Io, tr("The audio output device cannot play recordings."),
                QStringLiteral("no 16-bit or float format at 48 kHz or %1 Hz with %2 channels")
                    .arg(preferred.sampleRate())
                    .arg(preferred.channelCount()));
}

Status AudioPlayer::load(QByteArray ogg) {
    if (m_state != State::Stopped) {
        stop();
    }
    releaseOutput();
    m_startMs = 0;
    m_atEnd = false;
    m_drainTimer.invalidate();
    reportPosition(0);

    auto decoder = OggOpusDecoder::open(std::move(ogg));
    if (!decoder) {
        qCWarning(lcAudio) << "player: recording refused:" << decoder.error().detail;
        return std::unexpected(decoder.error());
    }
    // Decode the first block now, so that a stream whose headers parse but whose audio does not is
    // refused here rather than in the middle of playback.
    std::vector<float> probe(960);
    if (auto probed = (*decoder)->read(probe); !probed) {
        qCWarning(lcAudio) << "player: recording refused:" << probed.error().detail;
        return std::unexpected(probed.error());
    }
    if (auto rewound = (*decoder)->seekMs(0); !rewound) {
        qCWarning(lcAudio) << "player: recording refused:" << rewound.error().detail;
        return std::unexpected(rewound.error());
    }

    m_formatError.reset();
    if (auto format = chooseFormat(m_output)) {
        m_format = *format;
    } else {
        qCWarning(lcAudio) << "player: output unusable:" << format.error().detail;
        m_formatError = format.error();
        // A valid format keeps the device consistent; play() reports the error.
        m_format = QAudioFormat();
        m_format.setSampleRate(OggOpusDecoder::kSampleRate);
        m_format.setChannelCount(1);
        m_format.setSampleFormat(QAudioFormat::Float);
    }

    m_device = std::make_unique<PlaybackDevice>(std::move(*decoder), m_format);
    // Queued: the device fails inside QAudioSink's read, which must not be torn down from there.
    // A failure that arrives after a stop, pause or another load no longer concerns playback.
    connect(
        m_device.get(), &PlaybackDevice::failed, this,
        [this, device = m_device.get()](const Error& error) {
            if (m_device.get() == device && m_state == State::Playing) {
                failPlayback(error);
            }
        },
        Qt::QueuedConnection);
    qCInfo(lcAudio) << "player: recording loaded," << m_device->durationMs() << "ms; output" << m_format.sampleRate()
                    << "Hz," << m_format.channelCount() << "channels," << m_format.sampleFormat();
    return {};
}

bool AudioPlayer::isLoaded() const {
    return m_device != nullptr;
}

qint64 AudioPlayer::duration() const {
    return m_device ? m_device->durationMs() : 0;
}

qint64 AudioPlayer::position() const {
    if (!m_device) {
        return 0;
    }
    if (m_atEnd) {
        return m_device->durationMs();
    }
    if (m_state != State::Playing || !m_sink) {
        return m_startMs;
    }
    // What the sink has played since it started; never more than what it was given.
    const qint64 played = m_startMs + m_sink->processedUSecs() / 1000;
    return std::clamp<qint64>(played, m_startMs, std::max<qint64>(m_startMs, m_device->deliveredEndMs()));
}

void AudioPlayer::setState(State state) {
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

void AudioPlayer::reportPosition(qint64 ms) {
    if (ms == m_lastReported) {
        return;
    }
    m_lastReported = ms;
    emit positionChanged(ms);
}

Status AudioPlayer::startSink() {
    if (m_formatError) {
        return std::unexpected(*m_formatError);
    }
    if (!m_sink) {
        m_sink = std::make_unique<QAudioSink>(m_output, m_format);
        m_sink->setBufferSize(m_format.bytesForDuration(kSinkBufferUs));
        connect(m_sink.get(), &QAudioSink::stateChanged, this, &AudioPlayer::onSinkStateChanged);
    }
    m_drainTimer.invalidate();
    m_sink->start(m_device.get());
    if (m_sink->error() != QAudio::NoError || m_sink->state() == QAudio::StoppedState) {
        const int code = int(m_sink->error());
        m_sink->stop();
        return fail(ErrorCode::Io, tr("The audio output device could not be opened."),
                    QStringLiteral("QAudioSink::start failed, error %1").arg(code));
    }
    return {};
}

void AudioPlayer::stopSink() {
    if (m_sink) {
        m_sink->stop();
    }
    m_drainTimer.invalidate();
}

Status AudioPlayer::rewindTo(qint64 ms) {
    auto sought = m_device->seekMs(ms);
    m_startMs = std::clamp<qint64>(ms, 0, m_device->durationMs());
    return sought;
}

void AudioPlayer::play() {
    if (!m_device) {
        emit errorOccurred(Error{ErrorCode::Usage, tr("No recording is loaded."), QStringLiteral("play() unloaded")});
        return;
    }
    if (m_state == State::Playing) {
        return;
    }
    if (m_atEnd) {
        m_atEnd = false;
        if (auto rewound = rewindTo(0); !rewound) {
            failPlayback(rewound.error());
            return;
        }
    }
    if (auto started = startSink(); !started) {
        failPlayback(started.error());
        return;
    }
    qCDebug(lcAudio) << "player: playing from" << m_startMs << "ms";
    setState(State::Playing);
    reportPosition(m_startMs);
    m_ticker.start();
}

void AudioPlayer::pause() {
    if (m_state != State::Playing) {
        return;
    }
    // Keep what was heard; what the sink still held is decoded again on play().
    const qint64 at = position();
    m_ticker.stop();
    stopSink();
    if (auto rewound = rewindTo(at); !rewound) {
        failPlayback(rewound.error());
        return;
    }
    qCDebug(lcAudio) << "player: paused at" << at << "ms";
    setState(State::Paused);
    reportPosition(at);
}

void AudioPlayer::stop() {
    m_ticker.stop();
    stopSink();
    m_atEnd = false;
    if (m_device) {
        if (auto rewound = rewindTo(0); !rewound) {
            qCWarning(lcAudio) << "player: rewind failed:" << rewound.error().detail;
        }
    }
    m_startMs = 0;
    setState(State::Stopped);
    reportPosition(0);
}

void AudioPlayer::seek(qint64 ms) {
    if (!m_device) {
        return;
    }
    const bool playing = m_state == State::Playing;
    if (playing) {
        m_ticker.stop();
        stopSink();
    }
    m_atEnd = false;
    if (auto rewound = rewindTo(ms); !rewound) {
        failPlayback(rewound.error());
        return;
    }
    qCDebug(lcAudio) << "player: seek to" << m_startMs << "ms";
    reportPosition(m_startMs);
    if (playing) {
        if (auto started = startSink(); !started) {
            failPlayback(started.error());
            return;
        }
        m_ticker.start();
    }
}

void AudioPlayer::tick() {
    if (m_state != State::Playing || !m_device) {
        return;
    }
    const qint64 now = position();
    reportPosition(now);
    if (!m_device->reachedEnd()) {
        return;
    }
    // Everything has been handed to the sink: finish once it has been heard. The sink's clock stops
    // at what it was given, so the position reaches the end exactly; the budget only guards against
    // an output that stops reporting progress.
    const qint64 end = m_device->deliveredEndMs();
    if (!m_drainTimer.isValid()) {
        m_drainTimer.start();
        m_drainBudgetMs = std::max<qint64>(0, end - now) + kDrainSlackMs;
    }
    if (now >= end || m_drainTimer.elapsed() > m_drainBudgetMs) {
        if (now < end) {
            qCWarning(lcAudio) << "player: output stopped reporting progress" << end - now << "ms before the end";
        }
        finishPlayback();
    }
}

void AudioPlayer::finishPlayback() {
    m_ticker.stop();
    stopSink();
    m_atEnd = true;
    m_startMs = m_device->durationMs();
    qCDebug(lcAudio) << "player: finished";
    reportPosition(m_device->durationMs());
    setState(State::Stopped);
    emit finished();
}

void AudioPlayer::failPlayback(const Error& error) {
    qCWarning(lcAudio) << "player: playback failed:" << errorCodeName(error.code) << error.detail;
    const qint64 at = position();
    m_ticker.stop();
    stopSink();
    if (m_device) {
        // Best effort: stay where playback stopped, so play() can try again from there.
        if (auto rewound = rewindTo(at); !rewound) {
            m_startMs = at;
        }
    }
    setState(State::Stopped);
    emit errorOccurred(error);
}

void AudioPlayer::onSinkStateChanged(QAudio::State sinkState) {
    if (!m_sink || m_state != State::Playing) {
        return;
    }
    const QAudio::Error error = m_sink->error();
    if (error == QAudio::OpenError || error == QAudio::IOError || error == QAudio::FatalError) {
        failPlayback(Error{ErrorCode::Io, tr("The audio output device stopped working."),
                           QStringLiteral("QAudioSink error %1 in state %2").arg(int(error)).arg(int(sinkState))});
    }
}

} // namespace clinicdesk
