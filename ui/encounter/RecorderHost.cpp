#include "encounter/RecorderHost.h"

#include "UiMetaTypes.h"
#include "util/Logging.h"

namespace clinicdesk {

RecorderHost::RecorderHost(Database connection, Session session, QString vaultDir, Recorder::Options options) {
    registerUiMetaTypes();
    auto* recorder = new Recorder(std::move(connection), std::move(session), std::move(vaultDir), options);
    recorder->moveToThread(&m_thread);
    // Deleted on its own thread once the thread's event loop has stopped.
    QObject::connect(&m_thread, &QThread::finished, recorder, &QObject::deleteLater);
    m_recorder = recorder;
    m_thread.setObjectName(QStringLiteral("Recorder"));
    m_thread.start();
}

RecorderHost::~RecorderHost() {
    shutdown();
}

void RecorderHost::shutdown() {
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
        qCDebug(lcUi) << "recorder thread stopped";
    }
    m_recorder = nullptr;
}

} // namespace clinicdesk
