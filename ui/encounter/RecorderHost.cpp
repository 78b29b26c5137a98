// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/RecorderHost.h"

#include "UiMetaTypes.h"
#include "util/Logging.h"

namespace clinicdesk {

RecorderHost::RecorderHost(Database connection, Session session, QString vaultDir, Recorder::Options options,
                           QObject* parent)
    : QObject(parent)
    , m_worker(QStringLiteral("Recorder")) {
    registerUiMetaTypes();
    auto* recorder = new Recorder(std::move(connection), std::move(session), std::move(vaultDir), options);
    m_worker.adopt(recorder);
    m_recorder = recorder;
    // Queued: the recorder emits on its own thread.
    connect(recorder, &Recorder::started, this, &RecorderHost::started);
    connect(recorder, &Recorder::stateChanged, this, &RecorderHost::stateChanged);
    connect(recorder, &Recorder::levels, this, &RecorderHost::levels);
    connect(recorder, &Recorder::elapsed, this, &RecorderHost::elapsed);
    connect(recorder, &Recorder::silenceChanged, this, &RecorderHost::silenceChanged);
    connect(recorder, &Recorder::deviceLost, this, &RecorderHost::deviceLost);
    connect(recorder, &Recorder::finished, this, &RecorderHost::finished);
    connect(recorder, &Recorder::discarded, this, &RecorderHost::discarded);
    connect(recorder, &Recorder::failed, this, &RecorderHost::failed);
}

RecorderHost::~RecorderHost() {
    shutdown();
}

void RecorderHost::start(const QString& encounterId, const QByteArray& deviceId) {
    onRecorder([encounterId, deviceId](Recorder& recorder) { recorder.start(encounterId, deviceId); });
}

void RecorderHost::pause() {
    onRecorder([](Recorder& recorder) { recorder.pause(); });
}

void RecorderHost::resume(const QByteArray& deviceId) {
    onRecorder([deviceId](Recorder& recorder) { recorder.resume(deviceId); });
}

void RecorderHost::stop() {
    onRecorder([](Recorder& recorder) { recorder.stop(); });
}

void RecorderHost::discard() {
    onRecorder([](Recorder& recorder) { recorder.discard(); });
}

void RecorderHost::shutdown() {
    Recorder* recorder = m_recorder.data();
    if (recorder == nullptr || !m_worker.isRunning()) {
        return;
    }
    m_recorder = nullptr;
    // The recorder is deleted on its own thread while that thread's event loop still runs, so the audio
    // source it let go of at stop (deleteLater) is gone first; deleting both at thread exit let Qt's
    // PulseAudio source be deleted twice now and then. finish() runs what is queued (this delete last).
    m_worker.post([recorder] { delete recorder; });
    m_worker.finish();
    qCDebug(lcUi) << "recorder thread stopped";
}

} // namespace clinicdesk
