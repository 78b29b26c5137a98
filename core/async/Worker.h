// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/ReplyRoute.h"
#include "async/ThreadSanitizer.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace clinicdesk {

// The one way ClinicDesk runs work off the calling thread: a named thread of its own with an event
// loop, that runs what is posted to it in order, one task at a time.
//
//   worker.post(context, work, done)
//
// runs `work()` on the worker's thread and then `done(result)` on `context`'s thread (for widgets:
// the UI thread). If `context` is destroyed before the result arrives, the result is dropped and
// `done` never runs, so a closed page never hears about its old requests. Call it from `context`'s
// thread. `post(work)` runs work without an answer.
//
// QObjects that need an event loop of their own (the recorder, the job runner) live on a worker:
// adopt() moves them there, and they are deleted on that thread when the worker stops.
//
// The worker's thread has no vault connection; VaultWorker adds one.
class Worker {
public:
    explicit Worker(const QString& name);
    // Calls stop().
    ~Worker();
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    template <typename Work>
    void post(Work work) {
        enqueue([work = std::move(work)]() mutable { work(); });
    }

    template <typename Work, typename Done>
    void post(QObject* context, Work work, Done done) {
        using R = std::invoke_result_t<Work&>;
        auto reply = std::make_shared<PendingReply>(detail::ReplyRoute::open(context));
        enqueue([work = std::move(work), done = std::move(done), reply]() mutable {
            if constexpr (std::is_void_v<R>) {
                work();
                reply->send([done = std::move(done)]() mutable { done(); });
            } else {
                auto result = std::make_shared<R>(work());
                reply->send([done = std::move(done), result]() mutable { done(std::move(*result)); });
            }
        });
    }

    // Moves `object` (which must have no parent) onto the worker's thread; it is deleted there when the
    // worker stops.
    void adopt(QObject* object);

    // Lets the task running now end, drops the ones still queued, and ends the thread. Idempotent.
    void stop();
    // Runs every task queued so far, then ends the thread. Idempotent.
    void finish();

    [[nodiscard]] bool isRunning() const { return m_thread.isRunning(); }
    // stop() has been called: a long task may check this and end early.
    [[nodiscard]] bool stopRequested() const { return m_stopping.load(); }
    [[nodiscard]] QThread* thread() { return &m_thread; }
    [[nodiscard]] QString name() const { return m_thread.objectName(); }

private:
    // The answer of one post(): sent at most once; a task dropped unrun (the worker stopped) abandons it.
    class PendingReply {
    public:
        explicit PendingReply(std::shared_ptr<detail::ReplyRoute> route)
            : m_route(std::move(route)) {}
        ~PendingReply() {
            if (!m_sent) {
                m_route->abandon();
            }
        }
        PendingReply(const PendingReply&) = delete;
        PendingReply& operator=(const PendingReply&) = delete;
        template <typename Reply>
        void send(Reply reply) {
            m_sent = true;
            m_route->send(std::move(reply));
        }

    private:
        std::shared_ptr<detail::ReplyRoute> m_route;
        bool m_sent = false;
    };

    template <typename Task>
    void enqueue(Task task) {
        // Shared, so that the functor Qt stores is copyable whatever the task captures.
        auto shared = std::make_shared<Task>(std::move(task));
        QMetaObject::invokeMethod(m_inbox,
                                  tsan::handOff(&m_thread,
                                                [this, shared] {
                                                    if (!m_stopping.load()) {
                                                        (*shared)();
                                                    }
                                                }),
                                  Qt::QueuedConnection);
    }

    std::atomic<bool> m_stopping{false};
    QThread m_thread;
    QObject* m_inbox; // lives on m_thread: posted tasks are events for it
};

} // namespace clinicdesk
