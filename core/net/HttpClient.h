// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace clinicdesk {

// One part of a multipart/form-data body. A part with a file name is sent as a
// file (filename="..." and its content type); one without is a plain field.
struct HttpFormPart {
    QByteArray name;
    QByteArray data;
    QString fileName;
    QByteArray contentType;
};

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    // A header that carries a secret (Authorization / api-key). Its value is copied
    // only into guarded memory and curl's header list, which is zeroed after the transfer.
    QByteArray secretHeaderName;
    QByteArray secretHeaderPrefix; // e.g. "Bearer "
    const SecureBytes* secretHeaderValue = nullptr;
    QByteArray body;                // sent as is (set Content-Type in headers)
    std::vector<HttpFormPart> form; // multipart/form-data when not empty (then `body` is ignored)
    int connectTimeoutMs = 15'000;
    int timeoutMs = 300'000; // the whole transfer
    // The largest response body read (a transcript of hours of speech is a few MiB); a larger one stops
    // the transfer with ErrorCode::Remote, so that a broken or hostile server cannot fill the memory.
    qsizetype maxResponseBytes = qsizetype{64} * 1024 * 1024;
};

struct HttpResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case; the last value wins
    QByteArray body;
    std::int64_t bytesSent = 0; // request body bytes uploaded
    std::int64_t bytesReceived = 0;
    int httpVersion = 0; // 11, 2, 3
    [[nodiscard]] QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
};

// Set from any thread; the transfer stops at its next progress callback (within ~100 ms).
class HttpCancel {
public:
    void cancel() { m_cancelled.store(true); }
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic_bool m_cancelled{false};
};

// sent/sendTotal are request body bytes, received/receiveTotal response body bytes (totals 0 when unknown).
// Called on the thread that called `send`, never concurrently; the last call carries the final figures.
using HttpProgress =
    std::function<void(std::int64_t sent, std::int64_t sendTotal, std::int64_t received, std::int64_t receiveTotal)>;

// HTTP on libcurl, shared by every AI request: TLS verification on (system CA
// store), the system's and the environment's proxies, connect and overall
// timeouts, cancellation, progress, HTTP/2 where the server offers it. One client
// per application; connections, DNS and TLS sessions are shared and reused across
// requests and threads.
//
// `send` blocks: call it from worker threads only, never the UI thread. Any HTTP
// status is a response; only transport failures are errors: Network (cannot
// connect, DNS, TLS, connection dropped), Timeout, Cancelled. Error details carry
// the host and curl's reason, never headers or bodies.
class HttpClient {
    Q_DECLARE_TR_FUNCTIONS(HttpClient)
public:
    struct Options {
        // Empty: the system's CA store. A PEM file: trust only these (tests with a local TLS server).
        QString caBundle;
        // Empty: system/environment proxies. "direct": none. Otherwise a proxy URL.
        QString proxy;
        QByteArray userAgent = "ClinicDesk";
    };

    HttpClient();
    explicit HttpClient(Options options);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    [[nodiscard]] Result<HttpResponse> send(const HttpRequest& request, const HttpCancel* cancel = nullptr,
                                            const HttpProgress& progress = {});

    // New connections made so far (to check reuse).
    [[nodiscard]] std::int64_t connectionsOpened() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace clinicdesk
