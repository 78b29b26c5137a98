// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"

#include <QAudio>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QByteArray>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAudioSink;

namespace clinicdesk {

class PlaybackDevice;

// Plays a recording held in memory (Ogg Opus bytes read from the vault) on an audio output, with
// pause and seek. The audio is decoded on demand into the sink (pull mode); decrypted audio is
// never written to disk.
//
// position() is the audio actually heard: what the sink reports as played since the last
// (re)start plus the point it started from, so the sink's buffer is accounted for. While playing,
// positionChanged() is emitted 20 times a second. When the recording has played to its end the
// player emits positionChanged(duration()), stateChanged(Stopped) and finished(), and position()
// stays at duration() until the next play() (which starts over), seek() or stop().
//
// pause() stops the sink and remembers the position heard; play() decodes again from there, so
// pausing, seeking and resuming behave the same on every audio backend.
//
// Failures while playing (the output device, a damaged page) stop playback and emit
// errorOccurred() with a translated message; they never throw or crash.
class AudioPlayer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Playing, Paused };
    Q_ENUM(State)

    explicit AudioPlayer(QAudioDevice output = QMediaDevices::defaultAudioOutput(), QObject* parent = nullptr);
    ~AudioPlayer() override;
    AudioPlayer(const AudioPlayer&) = delete;
    AudioPlayer& operator=(const AudioPlayer&) = delete;

    // Stops what was playing and loads `ogg`. A stream that cannot be read (damaged, not Ogg Opus,
    // empty) is refused and leaves the player with nothing loaded.
    [[nodiscard]] Status load(QByteArray ogg);
    [[nodiscard]] bool isLoaded() const;

    void play();
    void pause();
    // Stops and rewinds to the start.
    void stop();
    // Moves to `ms` (clamped to the recording); keeps playing if it was playing.
    void seek(qint64 ms);

    [[nodiscard]] qint64 position() const;
    [[nodiscard]] qint64 duration() const;
    [[nodiscard]] State state() const { return m_state; }
    // The PCM format the output is fed with (chosen at load()).
    [[nodiscard]] QAudioFormat outputFormat() const { return m_format; }

    // The format to feed `device`: its channel count, 48 kHz if it takes that (else its preferred
    // rate), 16-bit or float samples.
    [[nodiscard]] static Result<QAudioFormat> chooseFormat(const QAudioDevice& device);

signals:
    void positionChanged(qint64 ms);
    void stateChanged(clinicdesk::AudioPlayer::State state);
    void finished();
    void errorOccurred(const clinicdesk::Error& error);

private:
    // Stops the ticker and the sink and drops the sink and the decoder.
    void releaseOutput();
    void setState(State state);
    void reportPosition(qint64 ms);
    [[nodiscard]] Status startSink();
    void stopSink();
    [[nodiscard]] Status rewindTo(qint64 ms);
    void tick();
    void finishPlayback();
    void failPlayback(const Error& error);
    void onSinkStateChanged(QAudio::State sinkState);

    QAudioDevice m_output;
    QAudioFormat m_format;
    std::optional<Error> m_formatError; // why m_output cannot be used, reported by play()
    // Declared before m_sink so that the sink, which reads from it, is destroyed first.
    std::unique_ptr<PlaybackDevice> m_device;
    std::unique_ptr<QAudioSink> m_sink;
    QTimer m_ticker;

    State m_state = State::Stopped;
    qint64 m_startMs = 0; // where the device was positioned when the sink last started
    qint64 m_lastReported = -1;
    bool m_atEnd = false;       // finished: position() is duration() until play/seek/stop
    QElapsedTimer m_drainTimer; // runs once the device has handed out its last sample
    qint64 m_drainBudgetMs = 0;
};

} // namespace clinicdesk
