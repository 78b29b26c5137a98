#include "async/Worker.h"

namespace clinicdesk {

Worker::Worker(const QString& name)
    : m_inbox(new QObject) {
    m_thread.setObjectName(name);
    m_inbox->moveToThread(&m_thread);
    m_thread.start();
}

Worker::~Worker() {
    stop();
    // The thread has ended: nothing runs on it any more, so the inbox (and the tasks still queued
    // for it, which are discarded unrun) can go from here.
    delete m_inbox;
}

void Worker::adopt(QObject* object) {
    Q_ASSERT_X(object->parent() == nullptr, "Worker::adopt", "an object with a parent cannot change threads");
    object->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, object, &QObject::deleteLater);
    if constexpr (tsan::enabled) {
        // An empty task: its hand-off orders what this thread did to `object` before what the worker
        // thread does with it (its events, its deletion), which Qt orders with locks TSan cannot see.
        post([] {});
    }
}

void Worker::stop() {
    if (m_thread.isRunning()) {
        Q_ASSERT_X(QThread::currentThread() != &m_thread, "Worker::stop", "a worker cannot join itself");
        m_stopping.store(true); // tasks still queued are skipped, whatever order Qt delivers them in
        m_thread.quit();
        m_thread.wait();
    }
}

void Worker::finish() {
    if (m_thread.isRunning()) {
        QThread* thread = &m_thread;
        enqueue([thread] { thread->quit(); });
        m_thread.wait();
    }
}

} // namespace clinicdesk
