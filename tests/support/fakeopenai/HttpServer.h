// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QList>
#include <QMutex>
#include <QPointer>
#include <QThread>

class QTcpServer;
class QTcpSocket;

namespace clinicdesk::test::fakeopenai {

class RequestHandler;

// The fake's transport: a QTcpServer on 127.0.0.1 in a thread of its own (so tests may block on their
// client), one HttpConnection per client, each complete request handed to `handler` on that thread.
class HttpServer {
public:
    HttpServer(RequestHandler& handler, qint64 maxRequestBytes);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Listens on 127.0.0.1 (port 0: any free port), starting the thread the first time; again after close().
    bool listen(quint16 port);
    // Stops accepting and drops every open connection (the "network is gone").
    void close();
    // Ends the thread (after close()); the destructor does it too.
    void stop();
    [[nodiscard]] quint16 port() const;

private:
    template <typename F>
    void runInThread(F&& f);
    void start();
    void dropAll();
    void accept(QTcpSocket* socket);

    RequestHandler& m_handler;
    const qint64 m_maxRequestBytes;
    mutable QMutex m_mutex; // m_port, read from the test thread
    quint16 m_port = 0;
    // Server thread only.
    QThread m_thread;
    QObject* m_context = nullptr;
    QTcpServer* m_server = nullptr;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace clinicdesk::test::fakeopenai
