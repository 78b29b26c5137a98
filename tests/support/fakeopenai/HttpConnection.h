// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "fakeopenai/HttpRequest.h"
#include "fakeopenai/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QTcpSocket;

namespace clinicdesk::test::fakeopenai {

class RequestHandler;

// One client connection of HttpServer, in the server thread: HTTP/1.1 framing (Content-Length and chunked
// bodies, Expect: 100-continue, keep-alive, pipelined requests), the limits decided before a body is read
// (431 for headers over 64 KiB, 413 for a body over the request limit, then the rest drained), and carrying
// out a response's action (send, send after a delay, drop the connection, hang).
class HttpConnection : public std::enable_shared_from_this<HttpConnection> {
public:
    // Serves `socket` until it disconnects; the connection lives as long as the socket's signal connections.
    static void serve(QTcpSocket* socket, RequestHandler& handler, qint64 maxRequestBytes);

    HttpConnection(QTcpSocket* socket, RequestHandler& handler, qint64 maxRequestBytes);

private:
    enum class State { Headers, Body, ChunkSize, ChunkData, ChunkTrailer, Draining, Waiting, Dead };

    void process();
    [[nodiscard]] bool startRequest(const QByteArray& head);
    void dispatch();
    // `closeNow` false: the answer says "connection: close" but the socket stays open (to drain the body).
    void send(HttpResponse response, const QString& requestId, bool closeNow = true);
    void closeConnection();
    void badRequest();
    void tooLarge(qint64 bytes, qint64 stillToCome);
    [[nodiscard]] static QString newRequestId();

    QTcpSocket* m_socket = nullptr;
    RequestHandler& m_handler;
    qint64 m_maxRequestBytes = 0;
    QByteArray m_buffer;
    State m_state = State::Headers;
    HttpRequest m_request;
    qint64 m_remaining = 0;
    bool m_keepAlive = true;
};

} // namespace clinicdesk::test::fakeopenai
