// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "async/Worker.h"

namespace clinicdesk {

namespace {

// After `thread` was joined. For TSan: what the thread released as it ended (the constructor's
// connection to finished()) is visible here. Empty in other builds.
void joined([[maybe_unused]] QThread& thread) {
#ifdef CLINICDESK_TSAN
    __tsan_acquire(&thread);
#endif
}

} // namespace

Worker::Worker(const QString& name)
    : m_inbox(new QObject) {
    m_thread.setObjectName(name);
    m_inbox->moveToThread(&m_thread);
#ifdef CLINICDESK_TSAN
    // Connected before the thread starts, so before any slot adopt() connects: when the thread ends,
    // acquire what other threads handed off to it, even when the tasks that carried it were skipped
    // (adopt()'s empty task below, dropped by stop()).
    // It releases too: stop() and finish() acquire after the join, before this connection is freed.
    QObject::connect(&m_thread, &QThread::finished, [thread = &m_thread] {
        __tsan_acquire(thread);
        __tsan_release(thread);
    });
#endif
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
        // thread does with it (its events; its deletion at the thread's end, see the constructor), which
        // Qt orders with locks TSan cannot see.
        post([] {});
    }
}

void Worker::stop() {
    if (m_thread.isRunning()) {
        Q_ASSERT_X(QThread::currentThread() != &m_thread, "Worker::stop", "a worker cannot join itself");
        m_stopping.store(true); // tasks still queued are skipped, whatever order Qt delivers them in
        m_thread.quit();
        m_thread.wait();
        joined(m_thread);
    }
}

void Worker::finish() {
    if (m_thread.isRunning()) {
        QThread* thread = &m_thread;
        enqueue([thread] { thread->quit(); });
        m_thread.wait();
        joined(m_thread);
    }
}

} // namespace clinicdesk
