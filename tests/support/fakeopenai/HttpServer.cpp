// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/HttpServer.h"

#include "async/ThreadSanitizer.h"
#include "fakeopenai/HttpConnection.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

namespace clinicdesk::test::fakeopenai {

HttpServer::HttpServer(RequestHandler& handler, qint64 maxRequestBytes)
    : m_handler(handler)
    , m_maxRequestBytes(maxRequestBytes) {}

HttpServer::~HttpServer() {
    stop();
}

template <typename F>
void HttpServer::runInThread(F&& f) {
    if (QThread::currentThread() == &m_thread) {
        f();
    } else {
        QMetaObject::invokeMethod(m_context, tsan::handOff(&m_thread, std::forward<F>(f)),
                                  Qt::BlockingQueuedConnection);
        tsan::returned(&m_thread);
    }
}

void HttpServer::start() {
    if (m_context) {
        return;
    }
    m_thread.setObjectName(QStringLiteral("FakeOpenAiServer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
    runInThread([this] {
        m_server = new QTcpServer(m_context);
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                accept(socket);
            }
        });
    });
}

void HttpServer::stop() {
    if (!m_context) {
        return;
    }
    runInThread([this] {
        dropAll();
        delete m_server; // and its sockets
        m_server = nullptr;
    });
    m_thread.quit();
    m_thread.wait();
    delete m_context;
    m_context = nullptr;
}

bool HttpServer::listen(quint16 port) {
    start();
    bool ok = false;
    quint16 actual = 0;
    runInThread([&] {
        if (m_server->isListening()) {
            m_server->close();
        }
        ok = m_server->listen(QHostAddress::LocalHost, port);
        actual = m_server->serverPort();
    });
    QMutexLocker lock(&m_mutex);
    m_port = ok ? actual : 0;
    return ok;
}

void HttpServer::close() {
    if (!m_context) {
        return;
    }
    runInThread([this] { dropAll(); });
}

quint16 HttpServer::port() const {
    QMutexLocker lock(&m_mutex);
    return m_port;
}

void HttpServer::dropAll() {
    m_server->close();
    const auto live = m_sockets;
    m_sockets.clear();
    for (const QPointer<QTcpSocket>& socket : live) {
        if (socket) {
            socket->abort();
            socket->deleteLater();
        }
    }
}

void HttpServer::accept(QTcpSocket* socket) {
    m_sockets.removeAll(QPointer<QTcpSocket>());
    m_sockets.append(socket);
    HttpConnection::serve(socket, m_handler, m_maxRequestBytes);
}

} // namespace clinicdesk::test::fakeopenai
