#include "encounter/RecorderHost.h"

#include "UiMetaTypes.h"
#include "util/Logging.h"

namespace clinicdesk {

RecorderHost::RecorderHost(Database connection, Session session, QString vaultDir, Recorder::Options options) {
    registerUiMetaTypes();
    auto* recorder = new Recorder(std::move(connection), std::move(session), std::move(vaultDir), options);
    recorder->moveToThread(&m_thread);
    m_recorder = recorder;
    m_thread.setObjectName(QStringLiteral("Recorder"));
    m_thread.start();
}

RecorderHost::~RecorderHost() {
    shutdown();
}

void RecorderHost::shutdown() {
    if (m_thread.isRunning()) {
        // The recorder is deleted on its own thread while that thread's event loop still runs, so the audio
        // source it let go of at stop (deleteLater) is gone first; deleting both at thread exit let Qt's
        // PulseAudio source be deleted twice now and then.
        if (Recorder* recorder = m_recorder.data()) {
            QMetaObject::invokeMethod(
                recorder, [recorder] { delete recorder; }, Qt::BlockingQueuedConnection);
        }
        m_thread.quit();
        m_thread.wait();
        qCDebug(lcUi) << "recorder thread stopped";
    }
    m_recorder = nullptr;
}

} // namespace clinicdesk
