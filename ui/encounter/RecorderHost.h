#pragma once

#include "audio/Recorder.h"

#include <QPointer>
#include <QThread>

namespace clinicdesk {

// Owns the thread the Recorder lives on. AppController makes one per signed-in
// session (with the recorder's own vault connection) and hands it to the
// encounter page, which talks to the recorder only through queued calls and
// its signals.
class RecorderHost {
public:
    RecorderHost(Database connection, Session session, QString vaultDir,
                 Recorder::Options options = Recorder::Options{});
    // Calls shutdown().
    ~RecorderHost();
    RecorderHost(const RecorderHost&) = delete;
    RecorderHost& operator=(const RecorderHost&) = delete;

    // Lives on the recorder thread: never call its methods directly; use
    // QMetaObject::invokeMethod(..., Qt::QueuedConnection). Null after shutdown().
    [[nodiscard]] Recorder* recorder() const { return m_recorder; }

    // Stops the recorder thread. A recording still running is finished (kept)
    // by the recorder's destructor on its own thread, and its connection is
    // closed, before this returns. Must run before the vault locks. Idempotent.
    void shutdown();

private:
    QThread m_thread;
    QPointer<Recorder> m_recorder;
};

} // namespace clinicdesk
