// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/ThreadSanitizer.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>

#include <memory>
#include <utility>

namespace clinicdesk::detail {

// The way back from a worker thread to the object that asked (the "context"). A ReplyRoute is made on
// the context's thread, with a ReplyPort that is the context's child; the worker sends the reply through
// the route, which posts it to the port. The port's destructor (it goes with the context) closes the route
// under the same mutex the worker holds while posting, so a reply never reaches a destroyed receiver: it
// is dropped. A reply posted but not yet delivered is discarded by Qt with the port.
class ReplyRoute {
public:
    // On the context's thread.
    [[nodiscard]] static std::shared_ptr<ReplyRoute> open(QObject* context);

    // From any thread: runs `reply` on the context's thread, unless the context is gone by then.
    template <typename Reply>
    void send(Reply reply) {
        QMutexLocker lock(&m_mutex);
        if (m_port == nullptr) {
            return;
        }
        QObject* port = m_port;
        QMetaObject::invokeMethod(port,
                                  tsan::handOff(port->thread(),
                                                [port, reply = std::make_shared<Reply>(std::move(reply))] {
                                                    (*reply)();
                                                    port->deleteLater();
                                                }),
                                  Qt::QueuedConnection);
    }

    // From any thread: no reply will come (the work was dropped); the port goes without one.
    void abandon();

private:
    friend class ReplyPort;
    QMutex m_mutex;
    QObject* m_port = nullptr;
};

// The receiving end of a ReplyRoute: a child of the context.
class ReplyPort final : public QObject {
public:
    ReplyPort(QObject* context, std::shared_ptr<ReplyRoute> route);
    ~ReplyPort() override;
    ReplyPort(const ReplyPort&) = delete;
    ReplyPort& operator=(const ReplyPort&) = delete;

private:
    std::shared_ptr<ReplyRoute> m_route;
};

} // namespace clinicdesk::detail
