// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/HttpConnection.h"

#include "fakeopenai/RequestHandler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace clinicdesk::test::fakeopenai {

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

void handled(const HttpResponse& response, const QElapsedTimer& since) {
    if (response.onHandled) {
        response.onHandled(double(since.nsecsElapsed()) / 1e6);
    }
}

} // namespace

void HttpConnection::serve(QTcpSocket* socket, RequestHandler& handler, qint64 maxRequestBytes) {
    auto connection = std::make_shared<HttpConnection>(socket, handler, maxRequestBytes);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [connection] {
        if (connection->m_state == State::Dead) {
            connection->m_socket->readAll();
            return;
        }
        connection->m_buffer += connection->m_socket->readAll();
        connection->process();
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [connection] {
        connection->m_state = State::Dead;
        connection->m_socket->deleteLater();
    });
}

HttpConnection::HttpConnection(QTcpSocket* socket, RequestHandler& handler, qint64 maxRequestBytes)
    : m_socket(socket)
    , m_handler(handler)
    , m_maxRequestBytes(maxRequestBytes) {}

void HttpConnection::closeConnection() {
    m_state = State::Dead;
    m_socket->disconnectFromHost();
}

void HttpConnection::send(HttpResponse response, const QString& requestId, bool closeNow) {
    if (m_state == State::Dead) {
        return;
    }
    const bool close = response.close || !m_keepAlive;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    const auto has = [&](const QByteArray& name) {
        return std::any_of(response.headers.begin(), response.headers.end(),
                           [&](const auto& h) { return h.first == name; });
    };
    const std::pair<const char*, const char*> defaults[] = {
        {"x-ratelimit-limit-requests", "500"},      {"x-ratelimit-remaining-requests", "499"},
        {"x-ratelimit-reset-requests", "120ms"},    {"x-ratelimit-limit-tokens", "200000"},
        {"x-ratelimit-remaining-tokens", "199000"}, {"x-ratelimit-reset-tokens", "6m0s"}};
    for (const auto& [name, value] : defaults) {
        if (!has(name)) {
            response.headers.append(std::pair<QByteArray, QByteArray>(name, value));
        }
    }
    response.headers.append(std::pair<QByteArray, QByteArray>("x-request-id", requestId.toLatin1()));
    response.headers.append(std::pair<QByteArray, QByteArray>("openai-version", "2020-10-01"));
    response.headers.append(std::pair<QByteArray, QByteArray>("openai-processing-ms", "12"));
    response.headers.append(std::pair<QByteArray, QByteArray>(
        "date", QLocale::c()
                    .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                    .toLatin1()));
    for (const auto& [name, value] : response.headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "content-type: " + response.contentType + "\r\n";
    out += "content-length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? "connection: close\r\n\r\n" : "connection: keep-alive\r\n\r\n";
    out += response.body;
    m_socket->write(out);
    if (close && closeNow) {
        closeConnection();
    }
}

void HttpConnection::process() {
    using S = State;
    while (true) {
        switch (m_state) {
        case S::Dead:
        case S::Waiting:
            return;
        case S::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > kMaxHeaderBytes) {
                    HttpResponse r = apiError(431, QStringLiteral("Request header fields too large"));
                    r.close = true;
                    send(r, newRequestId());
                }
                return;
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (!startRequest(head)) {
                return;
            }
            break;
        }
        case S::Body: {
            const qint64 n = std::min<qint64>(m_remaining, m_buffer.size());
            if (n == m_buffer.size()) {
                m_request.body += m_buffer;
                m_buffer.clear();
            } else {
                m_request.body += m_buffer.left(n);
                m_buffer.remove(0, n);
            }
            m_remaining -= n;
            if (m_remaining > 0) {
                return;
            }
            dispatch();
            break;
        }
        case S::ChunkSize: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                return;
            }
            bool ok = false;
            const qint64 size = m_buffer.left(eol).split(';').front().trimmed().toLongLong(&ok, 16);
            m_buffer.remove(0, eol + 2);
            if (!ok || size < 0) {
                badRequest();
                return;
            }
            if (size == 0) {
                m_state = S::ChunkTrailer;
                break;
            }
            if (m_request.body.size() + size > m_maxRequestBytes) {
                tooLarge(m_request.body.size() + size, 0);
                return;
            }
            m_remaining = size;
            m_state = S::ChunkData;
            break;
        }
        case S::ChunkData: {
            if (m_buffer.size() < m_remaining + 2) {
                return;
            }
            m_request.body += m_buffer.left(m_remaining);
            if (m_buffer.mid(m_remaining, 2) != "\r\n") {
                badRequest();
                return;
            }
            m_buffer.remove(0, m_remaining + 2);
            m_state = S::ChunkSize;
            break;
        }
        case S::ChunkTrailer: {
            const qsizetype eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                return;
            }
            const bool last = eol == 0;
            m_buffer.remove(0, eol + 2);
            if (last) {
                m_request.contentLength = m_request.body.size();
                dispatch();
            }
            break;
        }
        case S::Draining: {
            const qint64 n = std::min<qint64>(m_remaining, m_buffer.size());
            m_buffer.remove(0, n);
            m_remaining -= n;
            if (m_remaining == 0) {
                closeConnection();
            }
            return;
        }
        }
    }
}

void HttpConnection::badRequest() {
    HttpResponse r = invalid(QStringLiteral("The request could not be parsed as HTTP/1.1."));
    r.close = true;
    send(r, newRequestId());
}

// Answers 413 from the announced size, then reads and discards what the client still sends
// (closing with unread data would reset the connection before the client reads the answer).
void HttpConnection::tooLarge(qint64 bytes, qint64 stillToCome) {
    HttpResponse r = m_handler.tooLarge(m_request, bytes);
    r.close = true;
    send(r, newRequestId(), stillToCome == 0);
    if (stillToCome > 0 && m_state != State::Dead) {
        m_remaining = stillToCome;
        m_state = State::Draining;
    }
}

bool HttpConnection::startRequest(const QByteArray& head) {
    m_request = HttpRequest{};
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.front().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        badRequest();
        return false;
    }
    m_request.method = requestLine[0];
    const QString target = QString::fromUtf8(requestLine[1]);
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    m_request.path = question < 0 ? target : target.left(question);
    m_request.query = question < 0 ? QString() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        if (line.startsWith(' ') || line.startsWith('\t')) {
            badRequest(); // obsolete line folding
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            badRequest();
            return false;
        }
        const QString name = QString::fromLatin1(line.left(colon)).toLower();
        const QString value = QString::fromUtf8(line.mid(colon + 1)).trimmed();
        auto& headers = m_request.headers;
        headers.insert(name, headers.contains(name) ? headers.value(name) + QStringLiteral(", ") + value : value);
    }
    const auto& headers = m_request.headers;
    const QString connectionHeader = headers.value(QStringLiteral("connection")).toLower();
    m_keepAlive = requestLine[2] == "HTTP/1.1" ? !connectionHeader.contains(QLatin1String("close"))
                                               : connectionHeader.contains(QLatin1String("keep-alive"));
    const bool expectContinue =
        headers.value(QStringLiteral("expect")).compare(QLatin1String("100-continue"), Qt::CaseInsensitive) == 0;
    if (headers.value(QStringLiteral("transfer-encoding")).toLower().contains(QLatin1String("chunked"))) {
        if (expectContinue) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        m_state = State::ChunkSize;
        return true;
    }
    qint64 length = 0;
    if (headers.contains(QStringLiteral("content-length"))) {
        bool ok = false;
        length = headers.value(QStringLiteral("content-length")).toLongLong(&ok);
        if (!ok || length < 0) {
            badRequest();
            return false;
        }
    }
    m_request.contentLength = length;
    if (length > m_maxRequestBytes) {
        // Decided from Content-Length, before the body is read.
        tooLarge(length, expectContinue ? 0 : length);
        return m_state != State::Dead;
    }
    if (expectContinue && length > 0) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    m_remaining = length;
    m_state = State::Body;
    return true;
}

void HttpConnection::dispatch() {
    QElapsedTimer handling;
    handling.start();
    const QString requestId = newRequestId();
    HttpResponse response = m_handler.handle(m_request);
    m_request.body.clear();
    switch (response.action) {
    case HttpResponse::Action::Drop:
        m_state = State::Dead;
        m_socket->abort();
        handled(response, handling);
        return;
    case HttpResponse::Action::Hang:
        m_state = State::Waiting;
        handled(response, handling);
        return;
    case HttpResponse::Action::Send:
        break;
    }
    if (response.delayMs > 0) {
        m_state = State::Waiting;
        QTimer::singleShot(response.delayMs, m_socket, [self = shared_from_this(), response, requestId, handling] {
            if (self->m_state != State::Waiting) {
                return;
            }
            self->m_state = State::Headers;
            self->send(response, requestId);
            handled(response, handling);
            self->process();
        });
        return;
    }
    m_state = State::Headers;
    send(response, requestId);
    handled(response, handling);
}

QString HttpConnection::newRequestId() {
    return QStringLiteral("req_") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace clinicdesk::test::fakeopenai
