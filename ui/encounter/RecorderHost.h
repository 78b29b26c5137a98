// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/Worker.h"
#include "audio/Recorder.h"

#include <QObject>
#include <QPointer>

namespace clinicdesk {

// The UI's side of the Recorder, which lives on a Worker thread of its own with its own vault connection
// (audio is written every flush interval whatever else the vault is doing). AppController makes one per
// signed-in session for clinical roles. Every call onto the recorder's thread goes through here: the
// methods post to the recorder, and its signals arrive here queued and are passed on, on the UI thread.
class RecorderHost : public QObject {
    Q_OBJECT
public:
    RecorderHost(Database connection, Session session, QString vaultDir,
                 Recorder::Options options = Recorder::Options{}, QObject* parent = nullptr);
    // Calls shutdown().
    ~RecorderHost() override;
    RecorderHost(const RecorderHost&) = delete;
    RecorderHost& operator=(const RecorderHost&) = delete;

    // False after shutdown().
    [[nodiscard]] bool isAvailable() const { return !m_recorder.isNull(); }

    void start(const QString& encounterId, const QByteArray& deviceId);
    void pause();
    void resume(const QByteArray& deviceId);
    void stop();
    void discard();

    // Stops the recorder thread. A recording still running is finished (kept) by the recorder's
    // destructor on its own thread, and its connection is closed, before this returns. Must run before
    // the vault locks. Idempotent.
    void shutdown();

signals:
    // The Recorder's signals, on this object's thread.
    void started(const QString& recordingId, const QString& deviceName);
    void stateChanged(clinicdesk::Recorder::State state);
    void levels(float peakDb, float rmsDb);
    void elapsed(qint64 ms);
    void silenceChanged(bool silent);
    void deviceLost(const QString& deviceName);
    void finished(const QString& recordingId, qint64 durationMs);
    void discarded(const QString& recordingId);
    void failed(const clinicdesk::Error& error);

private:
    template <typename Call>
    void onRecorder(Call call) {
        if (Recorder* recorder = m_recorder.data()) {
            m_worker.post([recorder, call = std::move(call)] { call(*recorder); });
        }
    }

    Worker m_worker;
    QPointer<Recorder> m_recorder;
};

} // namespace clinicdesk
