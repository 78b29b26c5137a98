// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/Recorder.h"

#include "audio/PcmConverter.h"
#include "repo/RecordingRepository.h"
#include "util/Logging.h"

#include <QAudioSource>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMediaDevices>

#include <cmath>

namespace clinicdesk {

namespace {

constexpr float kFloorDb = -100.0F;

float toDb(double amplitude) {
    return amplitude > 0 ? std::max(kFloorDb, static_cast<float>(20.0 * std::log10(amplitude))) : kFloorDb;
}

Error recorderError(ErrorCode code, const char* message, const QString& detail) {
    return Error{code, QCoreApplication::translate("clinicdesk::Recorder", message), detail};
}

Error noAudioError() {
    return recorderError(ErrorCode::Io,
                         QT_TRANSLATE_NOOP("clinicdesk::Recorder",
                                           "The microphone delivered no sound, so nothing was recorded. Check that "
                                           "it is connected and not in use by another program, then try again."),
                         QStringLiteral("no audio from the device"));
}

} // namespace

Recorder::Recorder(Database db, Session session, QString vaultDir, Options options, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_vaultDir(std::move(vaultDir))
    , m_options(options)
    , m_tick(this)
    , m_flush(this) {
    m_tick.setInterval(m_options.levelIntervalMs);
    m_tick.setTimerType(Qt::PreciseTimer);
    m_flush.setInterval(m_options.flushIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &Recorder::onTick);
    connect(&m_flush, &QTimer::timeout, this, &Recorder::onFlush);
}

Recorder::~Recorder() {
    // Destroyed while recording (application quit): keep what was captured; the
    // stream stays a valid prefix and recovery closes it if finishing fails.
    if (m_state != State::Idle && m_encoder) {
        finishRecording();
    }
    closeDevice();
}

QAudioDevice Recorder::inputDevice(const QByteArray& id) {
    if (!id.isEmpty()) {
        const auto inputs = QMediaDevices::audioInputs();
        for (const QAudioDevice& device : inputs) {
            if (device.id() == id) {
                return device;
            }
        }
    }
    return QMediaDevices::defaultAudioInput();
}

void Recorder::setState(State state) {
    if (m_state != state) {
        m_state = state;
        // Before its first samples a recording has not started as far as anyone outside knows.
        if (m_flowing) {
            emit stateChanged(state);
        }
    }
}

void Recorder::reportFailure(const Error& error) {
    qCWarning(lcAudio) << "recorder:" << error.detail;
    emit failed(error);
}

Status Recorder::openDevice(const QByteArray& deviceId) {
    QAudioDevice device = inputDevice(deviceId);
    if (device.isNull()) {
        return std::unexpected(recorderError(
            ErrorCode::NotFound,
            QT_TRANSLATE_NOOP("clinicdesk::Recorder", "No microphone was found. Connect one and try again."),
            QStringLiteral("no audio input")));
    }
    // The device's own format (often 48 kHz, sometimes stereo): never assume 16 kHz.
    QAudioFormat format = device.preferredFormat();
    if (!PcmConverter::supports(format)) {
        format.setSampleFormat(QAudioFormat::Int16);
        format.setChannelCount(1);
        format.setSampleRate(48000);
    }
    if (!PcmConverter::supports(format) || format.sampleRate() < 8000) {
        return std::unexpected(recorderError(ErrorCode::InvalidInput,
                                             QT_TRANSLATE_NOOP("clinicdesk::Recorder",
                                                               "The microphone offers no audio format ClinicDesk can "
                                                               "record."),
                                             QStringLiteral("unsupported input format")));
    }
    auto* source = new QAudioSource(device, format, this);
    // Small device buffers: audio arrives in short blocks, so little is in flight at Stop.
    source->setBufferSize(static_cast<qsizetype>(format.bytesForDuration(100000)));
    QIODevice* io = source->start();
    if (!io || source->error() != QAudio::NoError) {
        delete source;
        return std::unexpected(recorderError(ErrorCode::Io,
                                             QT_TRANSLATE_NOOP("clinicdesk::Recorder",
                                                               "The microphone could not be opened. It may be in use "
                                                               "by another program."),
                                             QStringLiteral("QAudioSource::start failed")));
    }
    m_device = device;
    m_format = format;
    m_source = source;
    m_io = io;
    m_leftover.clear();
    connect(m_io, &QIODevice::readyRead, this, &Recorder::onReadyRead);
    connect(m_source, &QAudioSource::stateChanged, this, &Recorder::onSourceStateChanged);
    if (!m_mediaDevices) {
        m_mediaDevices = new QMediaDevices(this);
        connect(m_mediaDevices, &QMediaDevices::audioInputsChanged, this, &Recorder::onDevicesChanged);
    }
    if (m_encoder && m_encoder->inputRate() != format.sampleRate()) {
        m_resampler.emplace(format.sampleRate(), m_encoder->inputRate());
    } else {
        m_resampler.reset();
    }
    m_lastData.start();
    qCInfo(lcAudio) << "capture opened:" << format.sampleRate() << "Hz," << format.channelCount() << "channel(s),"
                    << format.sampleFormat();
    return {};
}

void Recorder::closeDevice() {
    if (!m_source) {
        return;
    }
    disconnect(m_source, nullptr, this, nullptr);
    if (m_io) {
        disconnect(m_io, nullptr, this, nullptr);
    }
    m_source->stop();
    // Deleted later (this may run inside one of its signals), and no longer our child: if the
    // recorder goes first, at thread exit, it must not delete the source a second time.
    m_source->setParent(nullptr);
    m_source->deleteLater();
    m_source = nullptr;
    m_io = nullptr;
    m_leftover.clear();
}

void Recorder::start(const QString& encounterId, const QByteArray& deviceId) {
    if (m_state != State::Idle) {
        reportFailure(recorderError(ErrorCode::InvalidInput,
                                    QT_TRANSLATE_NOOP("clinicdesk::Recorder", "A recording is already running."),
                                    QStringLiteral("start while recording")));
        return;
    }
    if (auto s = openDevice(deviceId); !s) {
        reportFailure(s.error());
        return;
    }
    RecordingRepository recordings(m_db, m_session);
    auto recording = recordings.begin(
        NewRecording{encounterId, RecordingSource::Microphone, m_device.description(), m_format.sampleRate()});
    if (!recording) {
        closeDevice();
        reportFailure(recording.error());
        return;
    }
    auto encoder = OpusStreamEncoder::create(m_format.sampleRate(), m_options.bitrate);
    if (!encoder) {
        closeDevice();
        (void)recordings.discard(recording->id);
        reportFailure(encoder.error());
        return;
    }
    m_recordingId = recording->id;
    m_encoder = std::move(*encoder);
    m_resampler.reset();
    // Recovery leaves a recording alone while this lock is held by a live process.
    m_lock =
        std::make_unique<QLockFile>(QDir(m_vaultDir).filePath(QStringLiteral("recording-%1.lock").arg(m_recordingId)));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qCWarning(lcAudio) << "could not take the recording lock:" << m_lock->error();
    }
    m_seq = 0;
    m_pauses.clear();
    m_unsaved.clear();
    m_segmentClock.start();
    m_segmentFrames = 0;
    m_pending = Pending::None;
    m_quietFrames = 0;
    m_silent = false;
    m_windowPeak = 0;
    m_windowSquares = 0;
    m_windowFrames = 0;
    m_flowing = false;
    setState(State::Recording);
    m_tick.start();
    m_flush.start();
    // The headers go into the vault at once: even a recording killed in its first second is a stream.
    if (auto s = flushPages(false); !s) {
        abandonStart(s.error());
    }
    // `started` follows with the first samples (consume()).
}

void Recorder::announceStart() {
    m_flowing = true;
    qCInfo(lcAudio) << "recording started:" << m_recordingId << "(first audio" << m_segmentClock.elapsed()
                    << "ms after the start)";
    if (m_pending == Pending::None) {
        // The segment's wall clock starts with its first block (whose audio was captured just before it
        // arrived), not when the device was opened: a device that takes a while to deliver must not make the
        // drain at Pause or Stop wait for, and encode, that much audio after the moment of the cut.
        m_segmentClock.restart();
        m_segmentFrames = 0;
    }
    emit stateChanged(m_state);
    emit started(m_recordingId, m_device.description());
}

void Recorder::abandonStart(const Error& error) {
    closeDevice();
    m_tick.stop();
    m_flush.stop();
    const QString id = m_recordingId;
    RecordingRepository recordings(m_db, m_session);
    if (auto s = recordings.discard(id); !s) {
        // Left in state `recording`: recovery closes it (headers only, 0 ms) once the lock is free.
        qCWarning(lcAudio) << "could not discard the recording that never started:" << s.error().detail;
    }
    reset();
    reportFailure(error);
}

void Recorder::pause() {
    if (m_state == State::Recording && m_pending == Pending::None && m_flowing) {
        requestCut(Pending::Pause);
    }
}

void Recorder::resume(const QByteArray& deviceId) {
    if (m_state != State::Paused && m_state != State::DeviceLost) {
        return;
    }
    const bool switchDevice = !m_source || (!deviceId.isEmpty() && deviceId != m_device.id());
    if (switchDevice) {
        closeDevice();
        if (auto s = openDevice(deviceId.isEmpty() ? m_device.id() : deviceId); !s) {
            reportFailure(s.error());
            return;
        }
    }
    m_segmentClock.restart();
    m_segmentFrames = 0;
    m_quietFrames = 0;
    m_lastData.restart();
    setState(State::Recording);
}

void Recorder::stop() {
    switch (m_state) {
    case State::Recording:
        if (m_pending == Pending::None) {
            requestCut(Pending::Stop);
        } else {
            m_pending = Pending::Stop;
        }
        break;
    case State::Paused:
    case State::DeviceLost:
        finishRecording();
        break;
    case State::Idle:
        break;
    }
}

void Recorder::discard() {
    if (m_state == State::Idle) {
        return;
    }
    closeDevice();
    m_tick.stop();
    m_flush.stop();
    const QString id = m_recordingId;
    RecordingRepository recordings(m_db, m_session);
    auto s = recordings.discard(id);
    reset();
    if (!s) {
        reportFailure(s.error());
        return;
    }
    qCInfo(lcAudio) << "recording discarded:" << id;
    emit discarded(id);
}

void Recorder::requestCut(Pending action) {
    onReadyRead();
    m_pending = action;
    m_cutFrames = m_segmentClock.elapsed() * m_format.sampleRate() / 1000;
    m_cutClock.start();
    if (m_segmentFrames >= m_cutFrames) {
        completeCut();
    }
}

void Recorder::completeCut() {
    const Pending action = m_pending;
    m_pending = Pending::None;
    if (action == Pending::Pause) {
        m_pauses << m_encoder->durationMs();
        setState(State::Paused);
        if (auto s = flushPages(false); !s) {
            reportFailure(s.error());
        }
    } else if (action == Pending::Stop) {
        finishRecording();
    }
}

void Recorder::finishRecording() {
    if (!m_flowing) {
        // Stopped (or destroyed) before the device delivered anything: there is no recording to keep.
        abandonStart(noAudioError());
        return;
    }
    closeDevice();
    m_tick.stop();
    m_flush.stop();
    const QString id = m_recordingId;
    auto tail = m_encoder->finish();
    if (!tail) {
        reportFailure(tail.error());
        reset();
        return;
    }
    m_unsaved += *tail;
    const qint64 durationMs = m_encoder->durationMs();
    QJsonArray pauses;
    for (qint64 at : std::as_const(m_pauses)) {
        pauses.append(at);
    }
    RecordingRepository recordings(m_db, m_session);
    Status s = flushPages(true);
    if (s) {
        s = recordings.finish(id, RecordingState::Complete, durationMs,
                              QString::fromUtf8(QJsonDocument(pauses).toJson(QJsonDocument::Compact)));
    }
    reset();
    if (!s) {
        // What was written is still a valid stream prefix: recovery closes it at the next start.
        reportFailure(s.error());
        return;
    }
    qCInfo(lcAudio) << "recording finished:" << id << durationMs << "ms";
    emit finished(id, durationMs);
}

void Recorder::reset() {
    m_encoder.reset();
    m_resampler.reset();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_recordingId.clear();
    m_pending = Pending::None;
    m_unsaved.clear();
    if (m_silent) {
        m_silent = false;
        emit silenceChanged(false);
    }
    setState(State::Idle);
    m_flowing = false;
}

Status Recorder::flushPages(bool finalFlush) {
    if (!m_encoder) {
        return {};
    }
    if (!finalFlush) {
        m_unsaved += m_encoder->takePages(true);
    }
    if (m_unsaved.isEmpty()) {
        return {};
    }
    RecordingRepository recordings(m_db, m_session);
    if (auto s = recordings.appendChunk(m_recordingId, m_seq, m_unsaved, m_encoder->durationMs()); !s) {
        // Kept in memory and tried again at the next flush.
        return s;
    }
    ++m_seq;
    m_unsaved.clear();
    return {};
}

void Recorder::onReadyRead() {
    if (!m_io) {
        return;
    }
    const qint64 available = m_io->bytesAvailable();
    QByteArray data = m_io->read(std::max<qint64>(available, m_format.bytesForDuration(20000)));
    if (data.isEmpty()) {
        return;
    }
    m_lastData.restart();
    if (!m_leftover.isEmpty()) {
        data.prepend(m_leftover);
        m_leftover.clear();
    }
    m_mono.clear();
    const qsizetype used = PcmConverter::toMono(m_format, data, m_mono);
    if (used < data.size()) {
        m_leftover = data.mid(used);
    }
    consume(m_mono);
}

void Recorder::consume(std::span<const float> mono) {
    float peak = 0;
    double squares = 0;
    for (float v : mono) {
        peak = std::max(peak, std::abs(v));
        squares += double(v) * v;
    }
    m_windowPeak = std::max(m_windowPeak, peak);
    m_windowSquares += squares;
    m_windowFrames += static_cast<qint64>(mono.size());

    if (m_state != State::Recording || !m_encoder) {
        return;
    }
    std::span<const float> take = mono;
    if (m_pending != Pending::None) {
        const qint64 remaining = std::max<qint64>(0, m_cutFrames - m_segmentFrames);
        take = mono.first(static_cast<size_t>(std::min<qint64>(remaining, static_cast<qint64>(mono.size()))));
    }
    // Silence is judged per block: a block whose loudest sample is below the threshold is quiet.
    if (toDb(peak) < m_options.silenceThresholdDb) {
        m_quietFrames += static_cast<qint64>(take.size());
        if (!m_silent && m_quietFrames >= qint64(m_options.silenceWarningMs) * m_format.sampleRate() / 1000) {
            m_silent = true;
            emit silenceChanged(true);
        }
    } else {
        m_quietFrames = 0;
        if (m_silent) {
            m_silent = false;
            emit silenceChanged(false);
        }
    }
    Status s;
    if (m_resampler) {
        m_resampled.clear();
        m_resampler->process(take, m_resampled);
        s = m_encoder->write(m_resampled);
    } else {
        s = m_encoder->write(take);
    }
    if (!s) {
        reportFailure(s.error());
    }
    m_segmentFrames += static_cast<qint64>(take.size());
    if (!m_flowing && s && !take.empty()) {
        announceStart();
    }
    if (m_pending != Pending::None && m_segmentFrames >= m_cutFrames) {
        completeCut();
    }
}

void Recorder::onTick() {
    onReadyRead();
    if (m_state == State::Idle) {
        return;
    }
    if (m_flowing) {
        const double rms = m_windowFrames > 0 ? std::sqrt(m_windowSquares / double(m_windowFrames)) : 0.0;
        emit levels(toDb(m_windowPeak), toDb(rms));
        if (m_encoder) {
            emit elapsed(m_encoder->durationMs());
        }
    }
    m_windowPeak = 0;
    m_windowSquares = 0;
    m_windowFrames = 0;
    if (m_pending != Pending::None && m_cutClock.elapsed() > m_options.drainLimitMs) {
        // The device stopped delivering: cut with what arrived.
        qCInfo(lcAudio) << "drain limit reached;" << (m_cutFrames - m_segmentFrames) << "frames never arrived";
        completeCut();
        return;
    }
    // PulseAudio moves a stream whose source is unplugged to another source, so the audio keeps coming;
    // the device list is what tells. (QMediaDevices' change signal does not reach every thread.)
    if (m_source && ++m_ticks % 10 == 0) {
        onDevicesChanged();
        if (!m_source) {
            return;
        }
    }
    if (m_source && (m_state == State::Recording || m_state == State::Paused) &&
        m_lastData.elapsed() > m_options.stallTimeoutMs) {
        qCWarning(lcAudio) << "no audio for" << m_lastData.elapsed() << "ms; treating the device as lost";
        loseDevice();
    }
}

void Recorder::onFlush() {
    if (m_state == State::Idle) {
        return;
    }
    if (auto s = flushPages(false); !s) {
        reportFailure(s.error());
    }
}

void Recorder::onSourceStateChanged() {
    if (!m_source) {
        return;
    }
    const QAudio::Error error = m_source->error();
    if (error == QAudio::OpenError || error == QAudio::IOError || error == QAudio::FatalError) {
        qCWarning(lcAudio) << "capture error:" << error;
        loseDevice();
    }
}

void Recorder::onDevicesChanged() {
    if (!m_source) {
        return;
    }
    const auto inputs = QMediaDevices::audioInputs();
    const bool present =
        std::any_of(inputs.begin(), inputs.end(), [this](const QAudioDevice& d) { return d.id() == m_device.id(); });
    if (!present) {
        qCWarning(lcAudio) << "the capture device was removed";
        loseDevice();
    }
}

void Recorder::loseDevice() {
    if (m_state != State::Recording && m_state != State::Paused) {
        return;
    }
    if (!m_flowing) {
        // Opened, then gone or silent before the first sample: the recording never started.
        abandonStart(noAudioError());
        return;
    }
    const Pending pending = m_pending;
    m_pending = Pending::None;
    closeDevice();
    if (pending == Pending::Stop) {
        finishRecording();
        return;
    }
    if (m_state == State::Recording) {
        m_pauses << m_encoder->durationMs();
    }
    setState(State::DeviceLost);
    if (auto s = flushPages(false); !s) {
        reportFailure(s.error());
    }
    emit deviceLost(m_device.description());
}

} // namespace clinicdesk
