// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "net/HttpClient.h"

#include "async/Worker.h"
#include "util/Logging.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <deque>
#include <mutex>
#include <sodium.h>
#include <thread>

// Design note. libcurl documents (up to at least 8.x) that a connection cache
// shared through CURLSH between concurrently running threads is not safe
// (CURL_LOCK_DATA_CONNECT, see its KNOWN_BUGS). So the client owns one multi handle
// driven by one transfer thread: every transfer of every caller runs there, and the
// multi handle's connection cache is the one cache all of them reuse (HTTP/1.1
// keep-alive, HTTP/2 multiplexing). `send` prepares the easy handle on the caller's
// thread, hands it over, and waits; progress is reported on the caller's thread.
// A share handle still keeps DNS and TLS sessions across the pooled easy handles.

namespace clinicdesk {

namespace {

using namespace std::chrono_literals;

// How often the transfer thread looks at cancellation flags while transfers run.
constexpr int kCancelPollMs = 25;
constexpr int kIdlePollMs = 10'000;
constexpr std::size_t kMaxIdleHandles = 4;

bool initCurlOnce() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    return ok;
}

// Reads one multipart part from the caller's QByteArray (no copy of large files).
struct PartReader {
    const QByteArray* data = nullptr;
    qsizetype pos = 0;

    static size_t read(char* buffer, size_t size, size_t nitems, void* arg) {
        auto* self = static_cast<PartReader*>(arg);
        const qsizetype left = self->data->size() - self->pos;
        const qsizetype n = std::min<qsizetype>(left, static_cast<qsizetype>(size * nitems));
        if (n > 0) {
            std::memcpy(buffer, self->data->constData() + self->pos, static_cast<size_t>(n));
            self->pos += n;
        }
        return static_cast<size_t>(n);
    }

    static int seek(void* arg, curl_off_t offset, int origin) {
        auto* self = static_cast<PartReader*>(arg);
        qsizetype base = 0;
        if (origin == SEEK_CUR) {
            base = self->pos;
        } else if (origin == SEEK_END) {
            base = self->data->size();
        }
        const qsizetype target = base + static_cast<qsizetype>(offset);
        if (target < 0 || target > self->data->size()) {
            return CURL_SEEKFUNC_FAIL;
        }
        self->pos = target;
        return CURL_SEEKFUNC_OK;
    }
};

bool hasLineBreakOrNul(const char* data, std::size_t size) {
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == '\r' || data[i] == '\n' || data[i] == '\0') {
            return true;
        }
    }
    return false;
}

bool hasLineBreakOrNul(const QByteArray& bytes) {
    return hasLineBreakOrNul(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

int httpVersionNumber(long curlVersion) {
    switch (curlVersion) {
    case CURL_HTTP_VERSION_1_0:
        return 10;
    case CURL_HTTP_VERSION_1_1:
        return 11;
    case CURL_HTTP_VERSION_2_0:
        return 2;
#if LIBCURL_VERSION_NUM >= 0x074200
    case CURL_HTTP_VERSION_3:
        return 3;
#endif
    default:
        return 0;
    }
}

// Whether libcurl will find a proxy for this scheme in the environment itself.
bool environmentHasProxy(const QString& scheme) {
    const auto set = [](const char* name) { return !qEnvironmentVariableIsEmpty(name); };
    if (set("all_proxy") || set("ALL_PROXY")) {
        return true;
    }
    if (scheme == QLatin1String("https")) {
        return set("https_proxy") || set("HTTPS_PROXY");
    }
    return set("http_proxy"); // libcurl ignores HTTP_PROXY on purpose (httpoxy)
}

struct Transfer {
    std::condition_variable* progressed = nullptr;
    const HttpRequest* request = nullptr;
    const HttpCancel* cancel = nullptr;
    CURL* easy = nullptr;
    curl_slist* headers = nullptr;
    curl_mime* mime = nullptr;
    std::deque<PartReader> parts;
    SecureBytes secretLine;
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};

    // Written by the transfer thread until `done`.
    HttpResponse response;
    QByteArray lastHeaderName;
    CURLcode result = CURLE_OK;
    bool tooLarge = false; // the body passed request->maxResponseBytes
    bool done = false;     // guarded by Impl::mutex

    // Progress, written by the transfer thread, read by the caller.
    std::atomic<std::int64_t> ulNow{0}, ulTotal{0}, dlNow{0}, dlTotal{0};
    std::atomic<std::uint64_t> progressSeq{0};

    bool isCancelled() const { return cancel != nullptr && cancel->isCancelled(); }

    void wipeHeaders() {
        for (curl_slist* item = headers; item != nullptr; item = item->next) {
            sodium_memzero(item->data, std::strlen(item->data));
        }
        curl_slist_free_all(headers);
        headers = nullptr;
        secretLine.clear();
    }
};

} // namespace

struct HttpClient::Impl {
    Options options;
    bool curlOk = false;
    CURLM* multi = nullptr;
    CURLSH* share = nullptr;
    std::array<std::mutex, CURL_LOCK_DATA_LAST> shareLocks;

    std::mutex mutex;
    std::condition_variable cv; // transfers finished or progressed
    std::deque<Transfer*> incoming;
    std::vector<CURL*> idle;
    bool stopping = false;
    // The transfer thread: its one task is the curl multi loop (run()), until stopping.
    std::unique_ptr<Worker> worker;

    std::atomic<std::int64_t> connections{0};

    explicit Impl(Options opts)
        : options(std::move(opts)) {
        curlOk = initCurlOnce();
        if (!curlOk) {
            qCWarning(lcNet) << "libcurl could not be initialised";
            return;
        }
        share = curl_share_init();
        curl_share_setopt(share, CURLSHOPT_LOCKFUNC, &Impl::lockShare);
        curl_share_setopt(share, CURLSHOPT_UNLOCKFUNC, &Impl::unlockShare);
        curl_share_setopt(share, CURLSHOPT_USERDATA, this);
        curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
        curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
        multi = curl_multi_init();
        curl_multi_setopt(multi, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
        worker = std::make_unique<Worker>(QStringLiteral("HttpTransfers"));
        worker->post([this] { run(); });
    }

    ~Impl() {
        if (worker) {
            {
                std::lock_guard lock(mutex);
                stopping = true;
            }
            curl_multi_wakeup(multi);
            worker->finish();
        }
        for (CURL* easy : idle) {
            curl_easy_cleanup(easy);
        }
        if (multi != nullptr) {
            curl_multi_cleanup(multi);
        }
        if (share != nullptr) {
            curl_share_cleanup(share);
        }
    }

    static void lockShare(CURL*, curl_lock_data data, curl_lock_access, void* user) {
        static_cast<Impl*>(user)->shareLocks.at(static_cast<std::size_t>(data)).lock();
    }
    static void unlockShare(CURL*, curl_lock_data data, void* user) {
        static_cast<Impl*>(user)->shareLocks.at(static_cast<std::size_t>(data)).unlock();
    }

    CURL* takeHandle() {
        {
            std::lock_guard lock(mutex);
            if (!idle.empty()) {
                CURL* easy = idle.back();
                idle.pop_back();
                return easy;
            }
        }
        return curl_easy_init();
    }

    void returnHandle(CURL* easy) {
        curl_easy_reset(easy);
        std::lock_guard lock(mutex);
        if (idle.size() < kMaxIdleHandles) {
            idle.push_back(easy);
            return;
        }
        curl_easy_cleanup(easy); // its connections stay in the multi handle's cache
    }

    // The transfer thread: drives every transfer on the one multi handle.
    void run() {
        std::vector<Transfer*> active;
        for (;;) {
            bool stop = false;
            {
                std::lock_guard lock(mutex);
                stop = stopping;
                while (!incoming.empty()) {
                    Transfer* t = incoming.front();
                    incoming.pop_front();
                    const CURLMcode added = curl_multi_add_handle(multi, t->easy);
                    if (added != CURLM_OK) {
                        t->result = CURLE_FAILED_INIT;
                        std::snprintf(t->errorBuffer.data(), t->errorBuffer.size(), "%s", curl_multi_strerror(added));
                        t->done = true;
                        continue;
                    }
                    active.push_back(t);
                }
            }
            cv.notify_all();
            if (stop) {
                for (Transfer* t : active) {
                    finish(t, CURLE_ABORTED_BY_CALLBACK);
                }
                return;
            }

            int running = 0;
            curl_multi_perform(multi, &running);
            int queued = 0;
            while (CURLMsg* msg = curl_multi_info_read(multi, &queued)) {
                if (msg->msg != CURLMSG_DONE) {
                    continue;
                }
                const auto it = std::find_if(active.begin(), active.end(),
                                             [&](const Transfer* t) { return t->easy == msg->easy_handle; });
                if (it != active.end()) {
                    Transfer* t = *it;
                    active.erase(it);
                    finish(t, msg->data.result);
                }
            }
            // Cancellation takes effect here even while the server sends nothing.
            for (auto it = active.begin(); it != active.end();) {
                if ((*it)->isCancelled()) {
                    Transfer* t = *it;
                    it = active.erase(it);
                    finish(t, CURLE_ABORTED_BY_CALLBACK);
                } else {
                    ++it;
                }
            }
            curl_multi_poll(multi, nullptr, 0, active.empty() ? kIdlePollMs : kCancelPollMs, nullptr);
        }
    }

    void finish(Transfer* t, CURLcode result) {
        curl_multi_remove_handle(multi, t->easy);
        long status = 0;
        long version = 0;
        long connects = 0;
        curl_off_t sent = 0;
        curl_off_t received = 0;
        curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
        curl_easy_getinfo(t->easy, CURLINFO_HTTP_VERSION, &version);
        curl_easy_getinfo(t->easy, CURLINFO_NUM_CONNECTS, &connects);
        curl_easy_getinfo(t->easy, CURLINFO_SIZE_UPLOAD_T, &sent);
        curl_easy_getinfo(t->easy, CURLINFO_SIZE_DOWNLOAD_T, &received);
        connections.fetch_add(connects);
        t->response.status = static_cast<int>(status);
        t->response.httpVersion = httpVersionNumber(version);
        t->response.bytesSent = sent;
        t->response.bytesReceived = received;
        {
            std::lock_guard lock(mutex);
            t->result = result;
            t->done = true;
        }
        cv.notify_all();
    }

    // libcurl callbacks (transfer thread).
    static size_t onBody(char* data, size_t size, size_t nmemb, void* user) {
        auto* t = static_cast<Transfer*>(user);
        const size_t n = size * nmemb;
        if (n > static_cast<size_t>(t->request->maxResponseBytes - t->response.body.size())) {
            t->tooLarge = true;
            return 0; // curl stops with CURLE_WRITE_ERROR
        }
        t->response.body.append(data, static_cast<qsizetype>(n));
        return n;
    }

    static size_t onHeader(char* data, size_t size, size_t nitems, void* user) {
        auto* t = static_cast<Transfer*>(user);
        const size_t n = size * nitems;
        QByteArray line(data, static_cast<qsizetype>(n));
        if (line.startsWith("HTTP/")) { // a new response (after 100 Continue, a proxy's CONNECT, ...)
            t->response.headers.clear();
            t->lastHeaderName.clear();
            return n;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !t->lastHeaderName.isEmpty()) {
            QByteArray& value = t->response.headers[t->lastHeaderName];
            value += ' ' + line.trimmed();
            return n;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return n; // the blank line that ends the headers
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        t->response.headers.insert(name, line.mid(colon + 1).trimmed());
        t->lastHeaderName = name;
        return n;
    }

    static int onProgress(void* user, curl_off_t dlTotal, curl_off_t dlNow, curl_off_t ulTotal, curl_off_t ulNow) {
        auto* t = static_cast<Transfer*>(user);
        if (t->isCancelled()) {
            return 1;
        }
        if (t->ulNow.load() != ulNow || t->ulTotal.load() != ulTotal || t->dlNow.load() != dlNow ||
            t->dlTotal.load() != dlTotal) {
            t->ulNow.store(ulNow);
            t->ulTotal.store(ulTotal);
            t->dlNow.store(dlNow);
            t->dlTotal.store(dlTotal);
            t->progressSeq.fetch_add(1);
            t->progressed->notify_all();
        }
        return 0;
    }

    [[nodiscard]] Status configureProxy(CURL* easy, const QUrl& url) const {
        if (options.proxy == QLatin1String("direct")) {
            curl_easy_setopt(easy, CURLOPT_PROXY, "");
            curl_easy_setopt(easy, CURLOPT_NOPROXY, "*");
            return {};
        }
        if (!options.proxy.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_PROXY, options.proxy.toUtf8().constData());
            return {};
        }
        if (environmentHasProxy(url.scheme())) {
            return {}; // libcurl applies http_proxy/https_proxy/all_proxy and no_proxy itself
        }
        // The system's settings (PAC, GNOME/KDE, Windows, macOS). Only scheme, host and port are asked about.
        QUrl target;
        target.setScheme(url.scheme());
        target.setHost(url.host());
        target.setPort(url.port());
        const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
        for (const QNetworkProxy& proxy : proxies) {
            QByteArray scheme;
            if (proxy.type() == QNetworkProxy::HttpProxy) {
                scheme = "http://";
            } else if (proxy.type() == QNetworkProxy::Socks5Proxy) {
                scheme = "socks5h://";
            } else if (proxy.type() == QNetworkProxy::NoProxy) {
                return {};
            } else {
                continue;
            }
            QByteArray host = proxy.hostName().toUtf8();
            if (host.contains(':')) {
                host = '[' + host + ']';
            }
            const QByteArray proxyUrl = scheme + host + ':' + QByteArray::number(proxy.port());
            curl_easy_setopt(easy, CURLOPT_PROXY, proxyUrl.constData());
            if (!proxy.user().isEmpty()) {
                curl_easy_setopt(easy, CURLOPT_PROXYUSERNAME, proxy.user().toUtf8().constData());
                curl_easy_setopt(easy, CURLOPT_PROXYPASSWORD, proxy.password().toUtf8().constData());
                curl_easy_setopt(easy, CURLOPT_PROXYAUTH, static_cast<long>(CURLAUTH_ANY));
            }
            return {};
        }
        return {};
    }

    [[nodiscard]] Status configure(Transfer& t) {
        const HttpRequest& req = *t.request;
        CURL* easy = t.easy;
        const QString host = req.url.host();

        curl_easy_setopt(easy, CURLOPT_SHARE, share);
        curl_easy_setopt(easy, CURLOPT_URL, req.url.toEncoded().constData());
#if LIBCURL_VERSION_NUM >= 0x075500
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
#else
        curl_easy_setopt(easy, CURLOPT_PROTOCOLS, static_cast<long>(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
        curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, t.errorBuffer.data());
        curl_easy_setopt(easy, CURLOPT_USERAGENT, options.userAgent.constData());
        curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
        curl_easy_setopt(easy, CURLOPT_PIPEWAIT, 1L);
        curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 0L);
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPIDLE, 60L);
        curl_easy_setopt(easy, CURLOPT_TCP_KEEPINTVL, 30L);
        curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::max(req.connectTimeoutMs, 0)));
        curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, static_cast<long>(std::max(req.timeoutMs, 0)));

        // TLS: always verified.
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!options.caBundle.isEmpty()) {
            curl_easy_setopt(easy, CURLOPT_CAINFO, QFile::encodeName(options.caBundle).constData());
        } else {
#ifdef _WIN32
            curl_easy_setopt(easy, CURLOPT_SSL_OPTIONS, static_cast<long>(CURLSSLOPT_NATIVE_CA));
#endif
        }

        if (auto proxied = configureProxy(easy, req.url); !proxied) {
            return proxied;
        }

        // A Content-Length above the limit is refused before the body arrives (CURLE_FILESIZE_EXCEEDED);
        // a body without one is stopped in onBody.
        curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(req.maxResponseBytes));
        curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Impl::onBody);
        curl_easy_setopt(easy, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &Impl::onHeader);
        curl_easy_setopt(easy, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &Impl::onProgress);
        curl_easy_setopt(easy, CURLOPT_XFERINFODATA, &t);

        // Headers.
        const auto invalid = [&] {
            return fail(ErrorCode::Usage, HttpClient::tr("The request to %1 has an invalid header.").arg(host),
                        QStringLiteral("header with a line break or an empty name"));
        };
        const bool multipart = !req.form.empty();
        bool hasExpect = false;
        for (const auto& [name, value] : req.headers) {
            if (name.isEmpty() || name.contains(':') || hasLineBreakOrNul(name) || hasLineBreakOrNul(value)) {
                return invalid();
            }
            if (multipart && name.compare("content-type", Qt::CaseInsensitive) == 0) {
                continue; // libcurl writes the multipart type with its boundary
            }
            hasExpect = hasExpect || name.compare("expect", Qt::CaseInsensitive) == 0;
            // "Name;" is libcurl's way to send a header with an empty value.
            const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
            t.headers = curl_slist_append(t.headers, line.constData());
        }
        if (!hasExpect) {
            t.headers = curl_slist_append(t.headers, "Expect:");
        }
        if (!req.secretHeaderName.isEmpty() && req.secretHeaderValue != nullptr) {
            const SecureBytes& secret = *req.secretHeaderValue;
            if (req.secretHeaderName.contains(':') || hasLineBreakOrNul(req.secretHeaderName) ||
                hasLineBreakOrNul(req.secretHeaderPrefix) ||
                hasLineBreakOrNul(reinterpret_cast<const char*>(secret.data()), secret.size())) {
                return fail(ErrorCode::Usage,
                            HttpClient::tr("The API key contains characters that cannot be sent to %1.").arg(host),
                            QStringLiteral("secret header with a line break or NUL"));
            }
            const QByteArray& name = req.secretHeaderName;
            const QByteArray& prefix = req.secretHeaderPrefix;
            const std::size_t size =
                static_cast<std::size_t>(name.size()) + 2 + static_cast<std::size_t>(prefix.size()) + secret.size() + 1;
            t.secretLine = SecureBytes(size);
            unsigned char* out = t.secretLine.data();
            std::memcpy(out, name.constData(), static_cast<std::size_t>(name.size()));
            out += name.size();
            std::memcpy(out, ": ", 2);
            out += 2;
            std::memcpy(out, prefix.constData(), static_cast<std::size_t>(prefix.size()));
            out += prefix.size();
            if (secret.size() > 0) {
                std::memcpy(out, secret.data(), secret.size());
            }
            out += secret.size();
            *out = '\0';
            t.headers = curl_slist_append(t.headers, reinterpret_cast<const char*>(t.secretLine.data()));
        }
        curl_easy_setopt(easy, CURLOPT_HTTPHEADER, t.headers);

        // Method and body.
        const QByteArray method = req.method.toUpper();
        if (method.isEmpty() || hasLineBreakOrNul(method) || method.contains(' ')) {
            return fail(ErrorCode::Usage, HttpClient::tr("The request to %1 has an invalid method.").arg(host),
                        QStringLiteral("invalid HTTP method"));
        }
        if (multipart) {
            t.mime = curl_mime_init(easy);
            for (const HttpFormPart& part : req.form) {
                curl_mimepart* p = curl_mime_addpart(t.mime);
                curl_mime_name(p, part.name.constData());
                PartReader& reader = t.parts.emplace_back(PartReader{&part.data, 0});
                curl_mime_data_cb(p, static_cast<curl_off_t>(part.data.size()), &PartReader::read, &PartReader::seek,
                                  nullptr, &reader);
                if (!part.fileName.isEmpty()) {
                    curl_mime_filename(p, part.fileName.toUtf8().constData());
                }
                if (!part.contentType.isEmpty()) {
                    curl_mime_type(p, part.contentType.constData());
                }
            }
            curl_easy_setopt(easy, CURLOPT_MIMEPOST, t.mime);
            if (method != "POST") {
                curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.constData());
            }
        } else if (method == "GET") {
            curl_easy_setopt(easy, CURLOPT_HTTPGET, 1L);
        } else if (method == "HEAD") {
            curl_easy_setopt(easy, CURLOPT_NOBODY, 1L);
        } else {
            if (method == "POST" || !req.body.isEmpty()) {
                curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(req.body.size()));
                curl_easy_setopt(easy, CURLOPT_POSTFIELDS, req.body.constData());
            }
            if (method != "POST") {
                curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, method.constData());
            }
        }
        return {};
    }

    [[nodiscard]] Error transportError(const Transfer& t) const {
        const HttpRequest& req = *t.request;
        const QString host = req.url.host();
        const QString reason = t.errorBuffer[0] != '\0' ? QString::fromUtf8(t.errorBuffer.data())
                                                        : QString::fromUtf8(curl_easy_strerror(t.result));
        const QString detail = QStringLiteral("%1 %2:%3: %4 (curl %5)")
                                   .arg(QString::fromLatin1(req.method), host)
                                   .arg(req.url.port(req.url.scheme() == QLatin1String("https") ? 443 : 80))
                                   .arg(reason)
                                   .arg(static_cast<int>(t.result));
        const auto error = [&](ErrorCode code, const QString& message) { return Error{code, message, detail}; };

        if (t.isCancelled()) {
            return error(ErrorCode::Cancelled, HttpClient::tr("The request to %1 was cancelled.").arg(host));
        }
        if (t.tooLarge || t.result == CURLE_FILESIZE_EXCEEDED) {
            return error(ErrorCode::Remote, HttpClient::tr("The answer from %1 was larger than %2, so it was not read.")
                                                .arg(host, QLocale().formattedDataSize(req.maxResponseBytes)));
        }
        switch (t.result) {
        case CURLE_ABORTED_BY_CALLBACK:
            return error(ErrorCode::Cancelled, HttpClient::tr("The request to %1 was cancelled.").arg(host));
        case CURLE_OPERATION_TIMEDOUT: {
            curl_off_t connected = 0;
            curl_off_t secured = 0;
            curl_easy_getinfo(t.easy, CURLINFO_CONNECT_TIME_T, &connected);
            curl_easy_getinfo(t.easy, CURLINFO_APPCONNECT_TIME_T, &secured);
            const bool tls = req.url.scheme() == QLatin1String("https");
            if (connected == 0 || (tls && secured == 0)) {
                return error(ErrorCode::Timeout, HttpClient::tr("Connecting to %1 took too long.").arg(host));
            }
            return error(ErrorCode::Timeout, HttpClient::tr("%1 took too long to answer.").arg(host));
        }
        case CURLE_URL_MALFORMAT:
        case CURLE_UNSUPPORTED_PROTOCOL:
            return error(ErrorCode::Usage, HttpClient::tr("The address of %1 is not valid.").arg(host));
        case CURLE_COULDNT_RESOLVE_HOST:
            return error(ErrorCode::Network,
                         HttpClient::tr("%1 could not be found. Check the internet connection.").arg(host));
        case CURLE_COULDNT_RESOLVE_PROXY:
            return error(ErrorCode::Network, HttpClient::tr("The proxy server for %1 could not be found.").arg(host));
        case CURLE_COULDNT_CONNECT:
            return error(ErrorCode::Network, HttpClient::tr("Could not connect to %1.").arg(host));
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
            return error(ErrorCode::Network,
                         HttpClient::tr("The server's certificate could not be verified, so the connection to %1 "
                                        "was refused.")
                             .arg(host));
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_ENGINE_NOTFOUND:
        case CURLE_SSL_ENGINE_SETFAILED:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_USE_SSL_FAILED:
        case CURLE_SSL_ENGINE_INITFAILED:
        case CURLE_SSL_CRL_BADFILE:
        case CURLE_SSL_SHUTDOWN_FAILED:
            return error(ErrorCode::Network,
                         HttpClient::tr("A secure connection to %1 could not be established.").arg(host));
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
        case CURLE_HTTP2:
        case CURLE_HTTP2_STREAM:
        case CURLE_HTTP3:
        case CURLE_WEIRD_SERVER_REPLY:
        case CURLE_PROXY:
            return error(ErrorCode::Network, HttpClient::tr("The connection to %1 was lost.").arg(host));
        default:
            return error(ErrorCode::Network, HttpClient::tr("The request to %1 failed.").arg(host));
        }
    }
};

HttpClient::HttpClient()
    : HttpClient(Options{}) {}

HttpClient::HttpClient(Options options)
    : d(std::make_unique<Impl>(std::move(options))) {}

HttpClient::~HttpClient() = default;

std::int64_t HttpClient::connectionsOpened() const {
    return d->connections.load();
}

Result<HttpResponse> HttpClient::send(const HttpRequest& request, const HttpCancel* cancel,
                                      const HttpProgress& progress) {
    const QString host = request.url.host();
    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || host.isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        return fail(ErrorCode::Usage,
                    tr("The address %1 is not a valid web address.")
                        .arg(request.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)),
                    QStringLiteral("invalid URL for HTTP"));
    }
    if (!d->curlOk) {
        return fail(ErrorCode::Network, tr("The network library could not be started."),
                    QStringLiteral("curl_global_init failed"));
    }
    if (cancel != nullptr && cancel->isCancelled()) {
        return fail(ErrorCode::Cancelled, tr("The request to %1 was cancelled.").arg(host),
                    QStringLiteral("cancelled before start"));
    }

    Transfer t;
    t.progressed = &d->cv;
    t.request = &request;
    t.cancel = cancel;
    t.easy = d->takeHandle();
    if (t.easy == nullptr) {
        return fail(ErrorCode::Network, tr("The request to %1 failed.").arg(host),
                    QStringLiteral("curl_easy_init failed"));
    }
    const auto cleanup = [&] {
        t.wipeHeaders();
        curl_easy_setopt(t.easy, CURLOPT_MIMEPOST, static_cast<curl_mime*>(nullptr));
        curl_mime_free(t.mime);
        t.mime = nullptr;
        d->returnHandle(t.easy);
    };
    if (auto configured = d->configure(t); !configured) {
        cleanup();
        return std::unexpected(configured.error());
    }

    QElapsedTimer timer;
    timer.start();
    std::int64_t reported[4] = {-1, -1, -1, -1};
    const auto report = [&](std::int64_t sent, std::int64_t sendTotal, std::int64_t received,
                            std::int64_t receiveTotal) {
        if (!progress) {
            return;
        }
        const std::int64_t now[4] = {sent, sendTotal, received, receiveTotal};
        if (std::equal(std::begin(now), std::end(now), std::begin(reported))) {
            return;
        }
        std::copy(std::begin(now), std::end(now), std::begin(reported));
        progress(sent, sendTotal, received, receiveTotal);
    };

    {
        std::unique_lock lock(d->mutex);
        d->incoming.push_back(&t);
        lock.unlock();
        curl_multi_wakeup(d->multi);
        lock.lock();
        std::uint64_t seen = 0;
        while (!t.done) {
            d->cv.wait_for(lock, 100ms, [&] { return t.done || t.progressSeq.load() != seen; });
            if (cancel != nullptr && cancel->isCancelled()) {
                curl_multi_wakeup(d->multi);
            }
            const std::uint64_t seq = t.progressSeq.load();
            if (seq != seen && progress) {
                seen = seq;
                lock.unlock();
                report(t.ulNow.load(), t.ulTotal.load(), t.dlNow.load(), t.dlTotal.load());
                lock.lock();
            }
            seen = seq;
        }
    }

    if (t.result != CURLE_OK) {
        Error error = d->transportError(t);
        qCInfo(lcNet).noquote() << "request failed:" << errorCodeName(error.code) << error.detail << "after"
                                << timer.elapsed() << "ms";
        cleanup();
        return std::unexpected(std::move(error));
    }
    // The final figures, so a caller sees the whole body sent and received.
    report(t.response.bytesSent, std::max(t.ulTotal.load(), t.response.bytesSent), t.response.bytesReceived,
           std::max(t.dlTotal.load(), t.response.bytesReceived));
    qCDebug(lcNet).noquote() << QString::fromLatin1(request.method) << host << "->" << t.response.status << "HTTP"
                             << t.response.httpVersion << timer.elapsed() << "ms";
    cleanup();
    return std::move(t.response);
}

} // namespace clinicdesk
