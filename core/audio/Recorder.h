// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audio/LinearResampler.h"
#include "audio/OpusStreamEncoder.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QElapsedTimer>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace clinicdesk {

// Records one consultation from a microphone into the vault.
//
// Lives on a Worker thread of its own (Worker::adopt), with its own vault connection; every
// public slot is meant to be invoked queued from the UI or the CLI. Capture
// (QAudioSource, pull mode) feeds the Opus encoder; whole Ogg pages go into the
// vault every `flushIntervalMs` in a short transaction of their own, so a crash,
// a kill or a power cut loses at most that interval plus the encoder's delay.
//
// A recording starts when its first samples arrive, not when the device opens:
// only then do `stateChanged(Recording)` and `started` go out (the CLI prints the
// recording's id on `started`, the GUI enables Pause and Stop). A device that opens
// but delivers nothing for `stallTimeoutMs` fails the start, and the recording row
// made for it is discarded.
//
// Pause and Stop do not cut the stream at once: audio the device has captured
// but not yet delivered (the device and driver buffers) is still coming. The
// recorder keeps reading until it holds as much audio as the wall clock says the
// segment lasted (bounded by `drainLimitMs`), so the last word before Stop is kept.
class Recorder : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Recording, Paused, DeviceLost };
    Q_ENUM(State)

    struct Options {
        int bitrate = OpusStreamEncoder::kDefaultBitrate;
        // The longest captured audio waits before it is in the vault, so what a crash can lose besides the
        // device's buffer. Four small commits a second, each an fsync of the WAL under synchronous=FULL
        // (~0.4 ms of CPU; docs/PERFORMANCE.md).
        int flushIntervalMs = 250;
        int silenceWarningMs = 10000;
        float silenceThresholdDb = -50.0F;
        int levelIntervalMs = 40;
        int drainLimitMs = 2500;
        int stallTimeoutMs = 2500;
    };

    // `vaultDir` holds the lock files that tell recovery a recording is still live.
    Recorder(Database db, Session session, QString vaultDir, Options options, QObject* parent = nullptr);
    ~Recorder() override;

    [[nodiscard]] State state() const { return m_state; }

    // The audio input with this id, or the system default when `id` is empty or unknown.
    [[nodiscard]] static QAudioDevice inputDevice(const QByteArray& id);

public slots:
    void start(const QString& encounterId, const QByteArray& deviceId);
    void pause();
    // Continues the same recording, on `deviceId` (empty: the current device, or the default).
    void resume(const QByteArray& deviceId);
    void stop();
    // Stops and deletes the recording's audio; audited.
    void discard();

signals:
    // The first samples are in: the recording runs (`stateChanged(Recording)` came just before).
    void started(const QString& recordingId, const QString& deviceName);
    void stateChanged(clinicdesk::Recorder::State state);
    // Peak and RMS in dBFS over the last level interval (at least 20 per second while capturing).
    void levels(float peakDb, float rmsDb);
    // Recorded audio so far, pauses excluded.
    void elapsed(qint64 ms);
    // true after `silenceWarningMs` of input below the threshold; false when sound returns.
    void silenceChanged(bool silent);
    // The input device disappeared or stopped delivering; the recording is paused and safe.
    void deviceLost(const QString& deviceName);
    void finished(const QString& recordingId, qint64 durationMs);
    void discarded(const QString& recordingId);
    // Something went wrong; the recording so far is in the vault unless the error says otherwise.
    void failed(const clinicdesk::Error& error);

private:
    enum class Pending { None, Pause, Stop };

    [[nodiscard]] Status openDevice(const QByteArray& deviceId);
    void closeDevice();
    void onReadyRead();
    void onTick();
    void onFlush();
    void onSourceStateChanged();
    void onDevicesChanged();
    void consume(std::span<const float> mono);
    void requestCut(Pending action);
    void completeCut();
    void finishRecording();
    void announceStart();
    void abandonStart(const Error& error);
    void loseDevice();
    [[nodiscard]] Status flushPages(bool finalFlush);
    void setState(State state);
    void reportFailure(const Error& error);
    void reset();

    Database m_db;
    Session m_session;
    QString m_vaultDir;
    Options m_options;

    State m_state = State::Idle;
    // The device has delivered the recording's first samples; until then no state change is announced.
    bool m_flowing = false;
    QString m_recordingId;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<OpusStreamEncoder> m_encoder;
    std::optional<LinearResampler> m_resampler;
    int m_seq = 0;
    QByteArray m_unsaved; // pages not yet in the vault (only while a write keeps failing)
    QList<qint64> m_pauses;

    QAudioDevice m_device;
    QAudioFormat m_format;
    QAudioSource* m_source = nullptr;
    QIODevice* m_io = nullptr;
    QMediaDevices* m_mediaDevices = nullptr;
    QByteArray m_leftover;
    std::vector<float> m_mono;
    std::vector<float> m_resampled;

    // The segment since Record or the last Resume: wall time against captured frames.
    QElapsedTimer m_segmentClock;
    qint64 m_segmentFrames = 0;
    Pending m_pending = Pending::None;
    qint64 m_cutFrames = 0;
    QElapsedTimer m_cutClock;
    QElapsedTimer m_lastData;

    float m_windowPeak = 0;
    double m_windowSquares = 0;
    qint64 m_windowFrames = 0;
    qint64 m_quietFrames = 0;
    bool m_silent = false;
    int m_ticks = 0;

    QTimer m_tick;
    QTimer m_flush;
};

} // namespace clinicdesk
