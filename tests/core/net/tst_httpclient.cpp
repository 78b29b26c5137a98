// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// HttpClient against small local servers written here (plain sockets on 127.0.0.1,
// each connection on its own thread): round trips, multipart, the secret header,
// connection reuse, timeouts, cancellation, dropped and refused connections,
// upload progress, environment proxies and TLS verification.

#include "Checks.h"
#include "crypto/SecureBytes.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <csignal>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#pragma comment(lib, "Ws2_32.lib")
using Socket = SOCKET;
using SockLen = int;
constexpr Socket kNoSocket = INVALID_SOCKET;
#define CLOSE_SOCKET closesocket
#define POLL_SOCKETS WSAPoll
using PollFd = WSAPOLLFD;
constexpr int kShutBoth = SD_BOTH;
#else
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
using Socket = int;
using SockLen = socklen_t;
constexpr Socket kNoSocket = -1;
#define CLOSE_SOCKET ::close
#define POLL_SOCKETS ::poll
using PollFd = pollfd;
constexpr int kShutBoth = SHUT_RDWR;
#endif
#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0
#endif

using namespace clinicdesk;
using clinicdesk::test::code;

namespace {

struct ReceivedRequest {
    QByteArray method;
    QByteArray target;
    QList<QByteArray> headerNames;         // as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

Socket listenOn(int backlog, quint16* port) {
    const Socket fd = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (fd == kNoSocket || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::listen(fd, backlog) != 0) {
        return kNoSocket;
    }
    SockLen len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    *port = ntohs(addr.sin_port);
    return fd;
}

bool sendAll(Socket fd, const QByteArray& data) {
    qsizetype done = 0;
    while (done < data.size()) {
        const auto n = ::send(fd, data.constData() + done, static_cast<int>(data.size() - done), MSG_NOSIGNAL);
        if (n <= 0) {
            return false;
        }
        done += n;
    }
    return true;
}

// A tiny HTTP/1.1 server: Echo answers every request (keep-alive), Silent reads the
// request and never answers, Drop reads the request and closes the connection.
class LocalServer {
public:
    enum class Mode { Echo, Silent, Drop };

    explicit LocalServer(Mode mode, int backlog = 16)
        : m_mode(mode) {
        m_listen = listenOn(backlog, &m_port);
        if (m_listen != kNoSocket) {
            m_acceptor = std::thread([this] { acceptLoop(); });
        }
    }

    ~LocalServer() { stop(); }

    [[nodiscard]] bool isListening() const { return m_listen != kNoSocket; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QByteArray url(const char* path) const {
        return "http://127.0.0.1:" + QByteArray::number(m_port) + path;
    }
    [[nodiscard]] int connectionsAccepted() const { return m_accepted.load(); }

    [[nodiscard]] std::vector<ReceivedRequest> requests() const {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }

    // Waits (on a condition, not a sleep) until the server has read `count` requests.
    bool waitForRequests(std::size_t count, int timeoutMs) const {
        std::unique_lock lock(m_mutex);
        return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                  [&] { return m_requests.size() >= count; });
    }

    void stop() {
        if (m_stopping.exchange(true)) {
            return;
        }
        if (m_acceptor.joinable()) {
            m_acceptor.join();
        }
        {
            std::lock_guard lock(m_mutex);
            for (Socket fd : m_open) {
                ::shutdown(fd, kShutBoth);
            }
        }
        for (auto& t : m_connections) {
            t.join();
        }
        if (m_listen != kNoSocket) {
            CLOSE_SOCKET(m_listen);
        }
    }

private:
    void acceptLoop() {
        while (!m_stopping.load()) {
            PollFd p{};
            p.fd = m_listen;
            p.events = POLLIN;
            if (POLL_SOCKETS(&p, 1, 20) <= 0) {
                continue;
            }
            const Socket fd = ::accept(m_listen, nullptr, nullptr);
            if (fd == kNoSocket) {
                continue;
            }
            m_accepted.fetch_add(1);
            {
                std::lock_guard lock(m_mutex);
                m_open.push_back(fd);
            }
            m_connections.emplace_back([this, fd] { serve(fd); });
        }
    }

    // Reads one request; false when the peer closed or the server stops.
    static bool readRequest(Socket fd, QByteArray& buffer, ReceivedRequest& out) {
        qsizetype end = -1;
        char chunk[65536];
        const auto more = [&] {
            const auto n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0) {
                return false;
            }
            buffer.append(chunk, n);
            return true;
        };
        while ((end = buffer.indexOf("\r\n\r\n")) < 0) {
            if (!more()) {
                return false;
            }
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        out.method = requestLine.value(0);
        out.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0) {
                const QByteArray name = lines[i].left(colon).trimmed();
                out.headerNames.append(name);
                out.headers.insert(name.toLower(), lines[i].mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = out.headers.value("content-length", "0").toLongLong();
        buffer.remove(0, end + 4);
        while (buffer.size() < length) {
            if (!more()) {
                return false;
            }
        }
        out.body = buffer.left(length);
        buffer.remove(0, length);
        return true;
    }

    void serve(Socket fd) {
        QByteArray buffer;
        for (;;) {
            ReceivedRequest request;
            if (!readRequest(fd, buffer, request)) {
                break;
            }
            {
                std::lock_guard lock(m_mutex);
                m_requests.push_back(request);
            }
            m_changed.notify_all();
            if (m_mode == Mode::Drop) {
                break;
            }
            if (m_mode == Mode::Silent) {
                char sink[4096];
                while (::recv(fd, sink, sizeof sink, 0) > 0) {
                }
                break;
            }
            QByteArray response;
            if (request.target.endsWith("/redirect")) {
                response = "HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n\r\n";
            } else {
                response = "HTTP/1.1 201 Created\r\nContent-Type: application/octet-stream\r\nX-Echo-Method: " +
                           request.method + "\r\nX-Echo-Target: " + request.target +
                           "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n" + request.body;
            }
            if (!sendAll(fd, response)) {
                break;
            }
        }
        {
            std::lock_guard lock(m_mutex);
            std::erase(m_open, fd);
        }
        CLOSE_SOCKET(fd);
    }

    Mode m_mode;
    Socket m_listen = kNoSocket;
    quint16 m_port = 0;
    std::atomic_bool m_stopping{false};
    std::atomic_int m_accepted{0};
    std::thread m_acceptor;
    std::vector<std::thread> m_connections; // acceptor thread only, until stop()
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::vector<Socket> m_open;
    std::vector<ReceivedRequest> m_requests;
};

// Sets an environment variable for one scope.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name)) {
        qputenv(name, value);
    }
    ~ScopedEnv() {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

HttpRequest get(const QByteArray& url) {
    HttpRequest r;
    r.url = QUrl::fromEncoded(url);
    r.connectTimeoutMs = 5000;
    r.timeoutMs = 10'000;
    return r;
}

// The parts of a multipart/form-data body: headers (lower-case names) and data.
struct Part {
    QHash<QByteArray, QByteArray> headers;
    QByteArray data;
};

std::vector<Part> parseMultipart(const QByteArray& body, const QByteArray& boundary) {
    std::vector<Part> parts;
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--") {
            break;
        }
        pos += 2; // CRLF
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headersEnd);
        if (headersEnd < 0 || next < 0) {
            break;
        }
        Part part;
        for (const QByteArray& line : body.mid(pos, headersEnd - pos).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                part.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.push_back(part);
        pos = next + 2;
    }
    return parts;
}

HttpClient::Options withProxy(const QString& proxy) {
    HttpClient::Options options;
    options.proxy = proxy;
    return options;
}

HttpClient::Options trustingOnly(const QString& caBundle) {
    HttpClient::Options options;
    options.caBundle = caBundle;
    return options;
}

// A throw-away self-signed certificate for 127.0.0.1: cert.pem and key.pem in `dir`.
bool makeCertificate(const QString& openssl, const QTemporaryDir& dir) {
    QProcess req;
    req.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                        QStringLiteral("-out"), dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"),
                        QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return req.waitForFinished(10'000) && req.exitStatus() == QProcess::NormalExit && req.exitCode() == 0;
}

// Starts a server process and waits for the line "<marker>PORT" on its output.
bool startServer(QProcess& process, const QString& program, const QStringList& arguments, const QByteArray& marker,
                 QByteArray* port) {
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(5000)) {
        return false;
    }
    QByteArray output;
    for (;;) {
        const qsizetype at = output.indexOf(marker);
        const qsizetype eol = at < 0 ? -1 : output.indexOf('\n', at);
        if (eol >= 0) {
            *port = output.mid(at + marker.size(), eol - at - marker.size()).trimmed();
            return port->toInt() > 0;
        }
        if (!process.waitForReadyRead(10'000)) {
            qWarning() << "server did not start:" << output;
            return false;
        }
        output += process.readAll();
    }
}

quint16 closedPort() {
    quint16 port = 0;
    const Socket fd = listenOn(1, &port);
    CLOSE_SOCKET(fd);
    return port;
}

} // namespace

class TstHttpClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void getAndPostRoundTrip();
    void otherMethodsAndRedirectIsAResponse();
    void multipartBodyArrivesIntact();
    void secretHeaderArrives();
    void sequentialRequestsReuseOneConnection();
    void concurrentRequestsFromTwoThreads();
    void silentServerTimesOut();
    void connectTimeout();
    void cancelFromAnotherThreadStopsSilentTransfer();
    void droppedConnectionIsNetworkError();
    void refusedConnectionIsNetworkError();
    void uploadProgressReachesBodySize();
    void environmentProxyIsHonouredAndBypassed();
    void tlsVerifiesAgainstCaBundle();
    void http2WhenTheServerOffersIt();
    void responseLargerThanTheLimitIsRefused();
};

void TstHttpClient::initTestCase() {
#ifdef _WIN32
    WSADATA wsa;
    QCOMPARE(WSAStartup(MAKEWORD(2, 2), &wsa), 0);
#else
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QVERIFY(initCrypto());
    // Tests talk to 127.0.0.1 directly unless a test sets a proxy itself.
    for (const char* name :
         {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        qunsetenv(name);
    }
}

void TstHttpClient::getAndPostRoundTrip() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    auto got = client.send(get(server.url("/v1/models?limit=2")));
    CHECK_OK(got);
    QCOMPARE(got->status, 201);
    QCOMPARE(got->httpVersion, 11);
    QCOMPARE(got->header("x-echo-method"), QByteArray("GET"));
    QCOMPARE(got->header("x-echo-target"), QByteArray("/v1/models?limit=2"));
    QVERIFY(got->body.isEmpty());

    HttpRequest post = get(server.url("/v1/chat/completions"));
    post.method = "POST";
    post.headers = {{"Content-Type", "application/json"}, {"X-Trace", "abc 123"}};
    post.body = R"({"model":"gpt-test","messages":[]})";
    auto posted = client.send(post);
    CHECK_OK(posted);
    QCOMPARE(posted->status, 201);
    QCOMPARE(posted->body, post.body);
    QCOMPARE(posted->bytesSent, post.body.size());
    QCOMPARE(posted->bytesReceived, post.body.size());
    // Response header names are lower case, whatever the server wrote.
    QVERIFY(posted->headers.contains("x-echo-method"));
    QVERIFY(!posted->headers.contains("X-Echo-Method"));
    QCOMPARE(posted->header("content-type"), QByteArray("application/octet-stream"));

    const auto requests = server.requests();
    QCOMPARE(requests.size(), std::size_t(2));
    const ReceivedRequest& seen = requests[1];
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/v1/chat/completions"));
    QCOMPARE(seen.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(seen.headers.value("x-trace"), QByteArray("abc 123"));
    QCOMPARE(seen.headers.value("user-agent"), QByteArray("ClinicDesk"));
    QCOMPARE(seen.body, post.body);
    QVERIFY(!seen.headers.contains("expect"));
}

void TstHttpClient::otherMethodsAndRedirectIsAResponse() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    HttpRequest del = get(server.url("/v1/files/f1"));
    del.method = "DELETE";
    auto deleted = client.send(del);
    CHECK_OK(deleted);
    QCOMPARE(deleted->header("x-echo-method"), QByteArray("DELETE"));

    HttpRequest put = get(server.url("/v1/things/1"));
    put.method = "PUT";
    put.body = "payload";
    auto putted = client.send(put);
    CHECK_OK(putted);
    QCOMPARE(putted->header("x-echo-method"), QByteArray("PUT"));
    QCOMPARE(putted->body, QByteArray("payload"));

    HttpRequest post = get(server.url("/v1/redirect"));
    post.method = "POST";
    post.body = "x";
    auto redirected = client.send(post);
    CHECK_OK(redirected);
    QCOMPARE(redirected->status, 302);
    QCOMPARE(redirected->header("location"), QByteArray("/elsewhere"));
    QCOMPARE(server.requests().size(), std::size_t(3)); // not followed
}

void TstHttpClient::multipartBodyArrivesIntact() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    QByteArray audio;
    for (int i = 0; i < 70'000; ++i) {
        audio.append(static_cast<char>((i * 7) % 256)); // includes NUL, CR, LF and "--"
    }
    HttpRequest req = get(server.url("/v1/audio/transcriptions"));
    req.method = "POST";
    req.headers = {{"Content-Type", "application/json"}}; // ignored: multipart has its own type
    req.form.push_back({"model", "gpt-4o-transcribe", {}, {}});
    req.form.push_back({"file", audio, QStringLiteral("visit.ogg"), "audio/ogg"});
    auto sent = client.send(req);
    CHECK_OK(sent);
    QCOMPARE(sent->status, 201);

    const ReceivedRequest seen = server.requests().at(0);
    const QByteArray type = seen.headers.value("content-type");
    QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
    const QByteArray boundary = type.mid(type.indexOf("boundary=") + 9);
    QVERIFY(!boundary.isEmpty());
    QCOMPARE(seen.headers.value("content-length").toLongLong(), seen.body.size());

    const std::vector<Part> parts = parseMultipart(seen.body, boundary);
    QCOMPARE(parts.size(), std::size_t(2));
    QCOMPARE(parts[0].headers.value("content-disposition"), QByteArray("form-data; name=\"model\""));
    QVERIFY(!parts[0].headers.contains("content-type"));
    QCOMPARE(parts[0].data, QByteArray("gpt-4o-transcribe"));
    QCOMPARE(parts[1].headers.value("content-disposition"),
             QByteArray("form-data; name=\"file\"; filename=\"visit.ogg\""));
    QCOMPARE(parts[1].headers.value("content-type"), QByteArray("audio/ogg"));
    QCOMPARE(parts[1].data.size(), audio.size());
    QVERIFY(parts[1].data == audio);
}

void TstHttpClient::secretHeaderArrives() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    const char key[] = "sk-test-0123456789abcdef";
    const SecureBytes secret = SecureBytes::fromBytes({reinterpret_cast<const unsigned char*>(key), sizeof key - 1});
    HttpRequest req = get(server.url("/v1/models"));
    req.secretHeaderName = "Authorization";
    req.secretHeaderPrefix = "Bearer ";
    req.secretHeaderValue = &secret;
    CHECK_OK(client.send(req));

    HttpRequest azure = get(server.url("/openai/models"));
    azure.secretHeaderName = "api-key";
    azure.secretHeaderValue = &secret;
    CHECK_OK(client.send(azure));

    const auto requests = server.requests();
    QCOMPARE(requests.size(), std::size_t(2));
    QCOMPARE(requests[0].headers.value("authorization"), QByteArray("Bearer ") + key);
    QVERIFY(!requests[0].headers.contains("api-key"));
    QCOMPARE(requests[1].headers.value("api-key"), QByteArray(key));
    QVERIFY(!requests[1].headers.contains("authorization"));

    // A value that would inject another header is refused before anything is sent.
    const char bad[] = "sk\r\nX-Evil: 1";
    const SecureBytes badSecret = SecureBytes::fromBytes({reinterpret_cast<const unsigned char*>(bad), sizeof bad - 1});
    req.secretHeaderValue = &badSecret;
    auto refused = client.send(req);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::Usage));
    QCOMPARE(server.requests().size(), std::size_t(2));
}

void TstHttpClient::sequentialRequestsReuseOneConnection() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    CHECK_OK(client.send(get(server.url("/one"))));
    HttpRequest post = get(server.url("/two"));
    post.method = "POST";
    post.body = "second";
    CHECK_OK(client.send(post));
    CHECK_OK(client.send(get(server.url("/three"))));

    QCOMPARE(client.connectionsOpened(), 1);
    QCOMPARE(server.connectionsAccepted(), 1);
    QCOMPARE(server.requests().size(), std::size_t(3));
}

void TstHttpClient::concurrentRequestsFromTwoThreads() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    std::atomic_int ok{0};
    const auto work = [&](const char* tag) {
        for (int i = 0; i < 10; ++i) {
            HttpRequest req = get(server.url("/parallel"));
            req.method = "POST";
            req.body = QByteArray(tag) + QByteArray::number(i);
            auto r = client.send(req);
            if (r && r->status == 201 && r->body == req.body) {
                ok.fetch_add(1);
            }
        }
    };
    std::thread a(work, "a");
    std::thread b(work, "b");
    a.join();
    b.join();
    QCOMPARE(ok.load(), 20);
    QVERIFY(client.connectionsOpened() <= 2); // kept alive and reused, at most one per concurrent request
    QCOMPARE(server.connectionsAccepted(), client.connectionsOpened());
}

void TstHttpClient::silentServerTimesOut() {
    LocalServer server(LocalServer::Mode::Silent);
    QVERIFY(server.isListening());
    HttpClient client;

    HttpRequest req = get(server.url("/slow"));
    req.timeoutMs = 400;
    QElapsedTimer timer;
    timer.start();
    auto r = client.send(req);
    QVERIFY(!r);
    QCOMPARE(code(r.error().code), code(ErrorCode::Timeout));
    QVERIFY2(r.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QLatin1String("answer")), qPrintable(r.error().message));
    QVERIFY(timer.elapsed() >= 350);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.requests().size(), std::size_t(1));
}

void TstHttpClient::connectTimeout() {
    // A listener with a backlog of 0 that never accepts: once one connection waits in its
    // queue, the kernel drops further SYNs, so connecting hangs until the connect timeout.
    quint16 port = 0;
    const Socket listener = listenOn(0, &port);
    QVERIFY(listener != kNoSocket);
    std::vector<Socket> fillers;
    for (int i = 0; i < 2; ++i) {
        const Socket s = ::socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
#ifndef _WIN32
        ::fcntl(s, F_SETFL, O_NONBLOCK);
#endif
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(port);
        (void)::connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        fillers.push_back(s);
    }
    HttpClient client;
    HttpRequest req = get("http://127.0.0.1:" + QByteArray::number(port) + "/");
    req.connectTimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    auto r = client.send(req);
    const qint64 elapsed = timer.elapsed();
    for (Socket s : fillers) {
        CLOSE_SOCKET(s);
    }
    CLOSE_SOCKET(listener);
    if (r) {
        QSKIP("this system's TCP stack accepted a connection beyond the backlog");
    }
    QCOMPARE(code(r.error().code), code(ErrorCode::Timeout));
    QVERIFY2(r.error().message.contains(QLatin1String("Connecting")), qPrintable(r.error().message));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
}

void TstHttpClient::cancelFromAnotherThreadStopsSilentTransfer() {
    LocalServer server(LocalServer::Mode::Silent);
    QVERIFY(server.isListening());
    HttpClient client;
    HttpCancel cancel;

    QElapsedTimer timer;
    timer.start();
    std::atomic<qint64> cancelledAt{-1};
    std::thread canceller([&] {
        if (server.waitForRequests(1, 5000)) {
            cancelledAt.store(timer.elapsed());
            cancel.cancel();
        }
    });
    HttpRequest req = get(server.url("/hang"));
    req.timeoutMs = 60'000;
    auto r = client.send(req, &cancel);
    const qint64 returnedAt = timer.elapsed();
    canceller.join();

    QVERIFY(cancelledAt.load() >= 0);
    QVERIFY(!r);
    QCOMPARE(code(r.error().code), code(ErrorCode::Cancelled));
    const qint64 latency = returnedAt - cancelledAt.load();
    qInfo() << "cancellation took" << latency << "ms";
    QVERIFY2(latency < 500, qPrintable(QString::number(latency)));

    // Cancelled before it starts: nothing is sent.
    auto again = client.send(req, &cancel);
    QVERIFY(!again);
    QCOMPARE(code(again.error().code), code(ErrorCode::Cancelled));
    QCOMPARE(server.requests().size(), std::size_t(1));
}

void TstHttpClient::droppedConnectionIsNetworkError() {
    LocalServer server(LocalServer::Mode::Drop);
    QVERIFY(server.isListening());
    HttpClient client;
    auto r = client.send(get(server.url("/drop")));
    QVERIFY(!r);
    QCOMPARE(code(r.error().code), code(ErrorCode::Network));
    QVERIFY2(r.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(r.error().message));
    QVERIFY(!r.error().detail.isEmpty());
}

void TstHttpClient::refusedConnectionIsNetworkError() {
    HttpClient client;
    auto r = client.send(get("http://127.0.0.1:" + QByteArray::number(closedPort()) + "/"));
    QVERIFY(!r);
    QCOMPARE(code(r.error().code), code(ErrorCode::Network));
    QVERIFY2(r.error().message.contains(QLatin1String("127.0.0.1")), qPrintable(r.error().message));
}

void TstHttpClient::uploadProgressReachesBodySize() {
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;

    constexpr qint64 kSize = 2 * 1024 * 1024;
    HttpRequest req = get(server.url("/upload"));
    req.method = "POST";
    req.headers = {{"Content-Type", "application/octet-stream"}};
    req.body = QByteArray(kSize, 'a');

    const std::thread::id caller = std::this_thread::get_id();
    bool onCallerThread = true;
    std::vector<std::int64_t> sent;
    std::int64_t lastSendTotal = 0;
    std::int64_t lastReceived = 0;
    auto r = client.send(req, nullptr, [&](std::int64_t s, std::int64_t st, std::int64_t rcv, std::int64_t) {
        onCallerThread = onCallerThread && std::this_thread::get_id() == caller;
        sent.push_back(s);
        lastSendTotal = st;
        lastReceived = rcv;
    });
    CHECK_OK(r);
    QCOMPARE(r->bytesSent, kSize);
    QVERIFY(onCallerThread);
    QVERIFY(!sent.empty());
    QCOMPARE(sent.back(), kSize);
    QCOMPARE(lastSendTotal, kSize);
    QCOMPARE(lastReceived, kSize);
    QVERIFY(std::is_sorted(sent.begin(), sent.end()));
    QCOMPARE(server.requests().at(0).body.size(), kSize);
    QVERIFY(!server.requests().at(0).headers.contains("expect")); // no 100-continue round trip
}

void TstHttpClient::environmentProxyIsHonouredAndBypassed() {
    LocalServer target(LocalServer::Mode::Echo);
    LocalServer proxy(LocalServer::Mode::Echo); // answers itself and records the absolute-form target
    QVERIFY(target.isListening() && proxy.isListening());
    const QByteArray url = target.url("/via");
    {
        ScopedEnv env("http_proxy", proxy.url(""));
        HttpClient client;
        auto r = client.send(get(url));
        CHECK_OK(r);
        QCOMPARE(proxy.requests().size(), std::size_t(1));
        QCOMPARE(proxy.requests().at(0).target, url);
        QCOMPARE(target.requests().size(), std::size_t(0));

        HttpClient direct(withProxy(QStringLiteral("direct")));
        CHECK_OK(direct.send(get(url)));
        QCOMPARE(target.requests().size(), std::size_t(1));
        QCOMPARE(target.requests().at(0).target, QByteArray("/via"));

        ScopedEnv noProxy("no_proxy", "127.0.0.1");
        HttpClient bypassing;
        CHECK_OK(bypassing.send(get(url)));
        QCOMPARE(target.requests().size(), std::size_t(2));
        QCOMPARE(proxy.requests().size(), std::size_t(1));
    }
    // An explicit proxy in the options.
    HttpClient configured(withProxy(QString::fromLatin1(proxy.url(""))));
    CHECK_OK(configured.send(get(url)));
    QCOMPARE(proxy.requests().size(), std::size_t(2));
    QCOMPARE(proxy.requests().at(1).target, url);
}

void TstHttpClient::tlsVerifiesAgainstCaBundle() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty() || !makeCertificate(openssl, dir)) {
        QSKIP("the openssl command is missing or cannot make a self-signed certificate");
    }
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));

    // openssl s_server -www answers any GET with a status page.
    QProcess server;
    const auto stopServer = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
    });
    QByteArray port;
    QVERIFY(startServer(server, openssl,
                        {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("-cert"), cert, QStringLiteral("-key"), dir.filePath(QStringLiteral("key.pem")),
                         QStringLiteral("-www")},
                        "ACCEPT 127.0.0.1:", &port));
    const QByteArray url = "https://127.0.0.1:" + port + "/";

    HttpClient strict;
    auto refused = strict.send(get(url));
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::Network));
    QVERIFY2(refused.error().message.contains(QLatin1String("certificate")), qPrintable(refused.error().message));

    HttpClient trusting(trustingOnly(cert));
    auto accepted = trusting.send(get(url));
    CHECK_OK(accepted);
    QCOMPARE(accepted->status, 200);
    QVERIFY(accepted->httpVersion == 10 || accepted->httpVersion == 11);
}

void TstHttpClient::http2WhenTheServerOffersIt() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (openssl.isEmpty() || node.isEmpty() || !makeCertificate(openssl, dir)) {
        QSKIP("needs the openssl and node commands for a local HTTP/2 server");
    }
    // Node's built-in http2 module: h2 over TLS (ALPN), echoing the method and body.
    const QString script = QStringLiteral(R"(
const http2 = require('http2'); const fs = require('fs');
const server = http2.createSecureServer({ key: fs.readFileSync(process.argv[1]), cert: fs.readFileSync(process.argv[2]) });
server.on('stream', (stream, headers) => {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => {
    stream.respond({ ':status': 200, 'X-Echo-Method': headers[':method'] });
    stream.end(Buffer.concat(chunks));
  });
});
server.listen(0, '127.0.0.1', () => console.log('LISTENING ' + server.address().port));
)");
    QProcess server;
    const auto stopServer = qScopeGuard([&] {
        server.kill();
        server.waitForFinished(5000);
    });
    QByteArray port;
    QVERIFY(startServer(server, node,
                        {QStringLiteral("-e"), script, dir.filePath(QStringLiteral("key.pem")),
                         dir.filePath(QStringLiteral("cert.pem"))},
                        "LISTENING ", &port));
    const QByteArray url = "https://127.0.0.1:" + port + "/v1/chat/completions";

    HttpClient client(trustingOnly(dir.filePath(QStringLiteral("cert.pem"))));
    for (int i = 0; i < 2; ++i) {
        HttpRequest post = get(url);
        post.method = "POST";
        post.headers = {{"Content-Type", "application/json"}};
        post.body = "{\"n\":" + QByteArray::number(i) + "}";
        auto r = client.send(post);
        CHECK_OK(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->httpVersion, 2);
        QCOMPARE(r->header("x-echo-method"), QByteArray("POST"));
        QCOMPARE(r->body, post.body);
    }
    QCOMPARE(client.connectionsOpened(), 1);
}

void TstHttpClient::responseLargerThanTheLimitIsRefused() {
    // The echo server answers with the body it was sent, announced by Content-Length.
    LocalServer server(LocalServer::Mode::Echo);
    QVERIFY(server.isListening());
    HttpClient client;
    HttpRequest post = get(server.url("/v1/chat/completions"));
    post.method = "POST";
    post.maxResponseBytes = 1000;
    post.body = QByteArray(1000, 'a');
    auto atTheLimit = client.send(post);
    CHECK_OK(atTheLimit);
    QCOMPARE(atTheLimit->body.size(), 1000);

    post.body = QByteArray(1001, 'b');
    auto above = client.send(post);
    QVERIFY(!above);
    QCOMPARE(code(above.error().code), code(ErrorCode::Remote));
    QVERIFY2(above.error().message.contains(QStringLiteral("larger than")), qPrintable(above.error().message));

    // The default limit leaves room for any real answer.
    QVERIFY(HttpRequest{}.maxResponseBytes >= qsizetype{32} * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TstHttpClient)
#include "tst_httpclient.moc"
