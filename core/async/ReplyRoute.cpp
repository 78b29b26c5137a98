// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "async/ReplyRoute.h"

#include <QThread>

namespace clinicdesk::detail {

std::shared_ptr<ReplyRoute> ReplyRoute::open(QObject* context) {
    Q_ASSERT_X(context != nullptr, "ReplyRoute::open", "a reply needs a context object");
    Q_ASSERT_X(context->thread() == QThread::currentThread(), "ReplyRoute::open",
               "post() must be called on the context's thread");
    auto route = std::make_shared<ReplyRoute>();
    new ReplyPort(context, route);
    return route;
}

void ReplyRoute::abandon() {
    QMutexLocker lock(&m_mutex);
    if (m_port != nullptr) {
        m_port->deleteLater(); // thread-safe: posts the deletion to the port's thread
        m_port = nullptr;
    }
}

ReplyPort::ReplyPort(QObject* context, std::shared_ptr<ReplyRoute> route)
    : QObject(context)
    , m_route(std::move(route)) {
    QMutexLocker lock(&m_route->m_mutex);
    m_route->m_port = this;
}

ReplyPort::~ReplyPort() {
    QMutexLocker lock(&m_route->m_mutex);
    m_route->m_port = nullptr;
}

} // namespace clinicdesk::detail
