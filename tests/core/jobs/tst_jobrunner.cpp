// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// JobRunner on its own thread with its own connection to a real vault, running real
// handler functions written here (the "work" the queue runs): results kept once and
// atomically, retries that come back by themselves, needs_user/failed ends, cancel of a
// queued and of a running job, the "Work offline" switch, a runner killed mid-job
// (another process, SIGKILL) whose job a new runner runs once, and the offline probe
// that brings waiting jobs back when a local server starts answering.

#include "Checks.h"
#include "RunnerThread.h"
#include "TestVault.h"
#include "jobs/JobRepository.h"
#include "jobs/JobRunner.h"
#include "util/Clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::RunnerThread;
using clinicdesk::test::TestVault;

namespace {

const QString kTranscribe = QStringLiteral("test-transcribe");
constexpr int kWaitMs = 10'000;
const char* const kCrashChildArg = "--crash-child";

using Outcome = std::expected<QString, JobFailure>;

JobFailure failure(JobFailure::Kind kind, const QString& message, ErrorCode errorCode = ErrorCode::Remote) {
    return JobFailure{kind, Error{errorCode, message, QStringLiteral("test")}, std::nullopt, false};
}

// The job's result: a transcript row tied to the job (unique per job since schema v2).
Result<QString> insertTranscript(Database& db, const QString& recordingId, const QString& jobId,
                                 const QString& userId) {
    const QString id = Clock::newId();
    const std::int64_t now = Clock::nowMs();
    auto stmt = db.prepare("INSERT INTO transcripts (id, recording_id, text, created_at, updated_at, created_by, "
                           "updated_by, job_id) VALUES (?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(id, recordingId, QStringLiteral("words"), now, now, userId, userId, jobId);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    return id;
}

// What the handlers did, read by the test thread.
struct Work {
    QMutex mutex;
    QHash<QString, int> calls; // per job
    QHash<QString, std::int64_t> lastCallAt;
    std::atomic_int started{0};
    std::atomic_int commitCode{-1}; // ErrorCode of a refused commit
    int callsOf(const QString& id) {
        QMutexLocker locker(&mutex);
        return calls.value(id);
    }
    int count(const QString& id) {
        QMutexLocker locker(&mutex);
        lastCallAt[id] = Clock::nowMs();
        return ++calls[id];
    }
};

// A handler that reports progress and commits a transcript.
Outcome transcribe(JobContext& context) {
    context.progress(0);
    context.progress(50);
    auto committed = context.commit([&](Database& db) {
        return insertTranscript(db, context.job().payload.value(QStringLiteral("recording_id")).toString(),
                                context.job().id, context.session().user.id);
    });
    if (!committed) {
        return std::unexpected(failure(JobFailure::Kind::Fatal, committed.error().message, committed.error().code));
    }
    return *committed;
}

JobHandler countingTranscribe(Work& work) {
    return [&work](JobContext& context) -> Outcome {
        work.count(context.job().id);
        return transcribe(context);
    };
}

// A tiny HTTP server on 127.0.0.1 that answers every request with 204 (for the offline probe).
class TinyHttpServer {
public:
    ~TinyHttpServer() {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    bool listen(quint16 port) {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        int yes = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_fd, 8) != 0) {
            return false;
        }
        m_thread = std::thread([this] { serve(); });
        return true;
    }
    std::atomic_int requests{0};

    // A port nothing listens on (bound and released at once).
    static quint16 closedPort() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
            qFatal("closedPort: bind failed");
        }
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
        ::close(fd);
        return ntohs(addr.sin_port);
    }

private:
    void serve() {
        while (!m_stop) {
            pollfd listening{m_fd, POLLIN, 0};
            if (::poll(&listening, 1, 50) <= 0) {
                continue;
            }
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0) {
                continue;
            }
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                pollfd readable{client, POLLIN, 0};
                if (::poll(&readable, 1, 2000) <= 0) {
                    break;
                }
                const ssize_t n = ::read(client, buffer, sizeof buffer);
                if (n <= 0) {
                    break;
                }
                request.append(buffer, n);
            }
            if (request.contains("\r\n\r\n")) {
                ++requests;
                const QByteArray response = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                // A short write fails the test by itself; the result is not needed (and (void) does
                // not silence warn_unused_result, which _FORTIFY_SOURCE puts on write()).
                [[maybe_unused]] const ssize_t sent = ::write(client, response.constData(), size_t(response.size()));
            }
            ::shutdown(client, SHUT_WR);
            ::close(client);
        }
    }

    int m_fd = -1;
    std::thread m_thread;
    std::atomic_bool m_stop{false};
};

// The child process of crashedRunnersJobRunsOnceMore: a runner that takes the job, says so,
// and is in the middle of its request when it is killed.
int runCrashChild(const QString& dir) {
    auto session = VaultSession::login(dir, QString::fromLatin1(TestVault::kAdminName),
                                       TestVault::secret(QString::fromLatin1(TestVault::kAdminPassword)));
    if (!session) {
        std::fprintf(stderr, "login failed\n");
        return 2;
    }
    auto db = (*session)->vault().openConnection();
    if (!db) {
        return 3;
    }
    HttpClient http(HttpClient::Options{{}, QStringLiteral("direct"), "ClinicDesk-test"});
    JobRunner runner(std::move(*db), (*session)->session(), dir, http);
    runner.registerHandler(kTranscribe, [](JobContext& context) -> Outcome {
        context.progress(10);
        std::printf("claimed %s runner %s\n", qPrintable(context.job().id),
                    qPrintable(context.job().runner.value_or(QString())));
        std::fflush(stdout);
        while (!context.cancel().isCancelled()) { // "waiting for the server" until SIGKILL
            QThread::msleep(20);
        }
        return std::unexpected(failure(JobFailure::Kind::Retry, QStringLiteral("cancelled")));
    });
    runner.start();
    return QCoreApplication::exec();
}

} // namespace

class TstJobRunner : public QObject {
    Q_OBJECT

    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<HttpClient> m_http;
    QString m_recordingId;
    Work m_work;

    JobRepository jobs() { return JobRepository(m_vault->session().db(), m_vault->session().session()); }

    QString enqueue(const QString& kind = kTranscribe) {
        auto job = jobs().enqueue(
            NewJob{kind, QJsonObject{{QStringLiteral("recording_id"), m_recordingId}}, m_recordingId, {}});
        return job ? job->id : QString();
    }

    JobState stateOf(const QString& id) {
        auto job = jobs().get(id);
        return job ? job->state : JobState::Queued;
    }

    std::int64_t transcriptsOf(const QString& jobId) {
        auto count = m_vault->session().db().scalar("SELECT count(*) FROM transcripts WHERE job_id = ?", jobId);
        return count ? *count : -1;
    }

    static JobRunner::Options quick() {
        JobRunner::Options options;
        options.backoffBaseMs = 200;
        options.backoffMaxMs = 2'000;
        options.probeIntervalMs = 100;
        return options;
    }

private slots:
    // One vault (creating one costs a second of Argon2id); each test starts with an empty queue.
    void initTestCase() {
        m_vault = std::make_unique<TestVault>();
        m_http = std::make_unique<HttpClient>(HttpClient::Options{{}, QStringLiteral("direct"), "ClinicDesk-test"});
        auto patient =
            m_vault->session().patients().add(test::patientDraft(QStringLiteral("Nils"), QStringLiteral("Ek")));
        CHECK_OK(patient);
        auto encounter = m_vault->session().encounters().open(patient->patient.id, Consent::Written);
        CHECK_OK(encounter);
        auto recording = m_vault->session().recordings().begin(
            NewRecording{encounter->id, RecordingSource::Microphone, QStringLiteral("Microphone"), 48000});
        CHECK_OK(recording);
        m_recordingId = recording->id;
    }

    void init() {
        CHECK_OK(m_vault->session().db().exec("DELETE FROM transcripts"));
        CHECK_OK(m_vault->session().db().exec("DELETE FROM jobs"));
        QMutexLocker locker(&m_work.mutex);
        m_work.calls.clear();
        m_work.lastCallAt.clear();
        m_work.started = 0;
        m_work.commitCode = -1;
    }

    void cleanupTestCase() {
        m_http.reset();
        m_vault.reset();
    }

    void backoffDoublesWithJitterAndHonoursTheServer() {
        JobRunner::Options options;
        options.backoffBaseMs = 1'000;
        options.backoffMaxMs = 10'000;
        JobRunner runner(Database(), m_vault->session().session(), m_vault->dir(), *m_http, options);
        bool jittered = false;
        for (int i = 0; i < 200; ++i) {
            const std::int64_t first = runner.backoffMs(1, std::nullopt);
            QVERIFY2(first >= 750 && first <= 1'000, qPrintable(QString::number(first)));
            jittered = jittered || first != runner.backoffMs(1, std::nullopt);
            const std::int64_t third = runner.backoffMs(3, std::nullopt);
            QVERIFY2(third >= 3'000 && third <= 4'000, qPrintable(QString::number(third)));
            const std::int64_t capped = runner.backoffMs(30, std::nullopt);
            QVERIFY2(capped >= 7'500 && capped <= 10'000, qPrintable(QString::number(capped)));
            QVERIFY(runner.backoffMs(1'000, std::nullopt) <= 10'000);
            QCOMPARE(runner.backoffMs(1, 30'000), std::int64_t{30'000}); // never before the server's delay
            QVERIFY(runner.backoffMs(3, 100) >= 3'000);
        }
        QVERIFY(jittered);
    }

    void runsJobsAndKeepsEachResultOnce() {
        const QString first = enqueue();
        const QString second = enqueue();
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(),
                       [&](JobRunner& r) { r.registerHandler(kTranscribe, countingTranscribe(m_work)); });
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(first, true) && t.finishedWith(second, true), kWaitMs);
        for (const QString& id : {first, second}) {
            auto job = jobs().get(id);
            CHECK_OK(job);
            QCOMPARE(job->state, JobState::Done);
            QCOMPARE(job->attempts, 1);
            QCOMPARE(job->progress, 100);
            QVERIFY(!job->runner);
            QCOMPARE(transcriptsOf(id), std::int64_t{1});
            auto resultJob = m_vault->session().db().scalar("SELECT count(*) FROM transcripts WHERE id = ?",
                                                            job->resultId.value_or(QString()));
            CHECK_OK(resultJob);
            QCOMPARE(*resultJob, std::int64_t{1});
            QCOMPARE(m_work.callsOf(id), 1);
        }
        QCOMPARE(t.finished.first().first, first); // oldest first
        QTRY_VERIFY(t.progress.value(first).contains(100));
        QVERIFY(t.progress.value(first).contains(0));

        // Queued later: wake() makes it run at once.
        const QString third = enqueue();
        t.wake();
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(third, true), kWaitMs);
        QCOMPARE(transcriptsOf(third), std::int64_t{1});
    }

    // The result and `done` are one transaction: a write that fails half-way keeps nothing,
    // and a second commit is refused.
    void commitIsAtomic() {
        const QString failing = enqueue();
        const QString twice = enqueue();
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(), [&](JobRunner& r) {
            r.registerHandler(kTranscribe, [this, failing](JobContext& context) -> Outcome {
                m_work.count(context.job().id);
                const QString recording = context.job().payload.value(QStringLiteral("recording_id")).toString();
                if (context.job().id == failing) {
                    auto committed = context.commit([&](Database& db) -> Result<QString> {
                        auto inserted = insertTranscript(db, recording, context.job().id, context.session().user.id);
                        if (!inserted) {
                            return inserted;
                        }
                        return fail(ErrorCode::Remote, QStringLiteral("The answer was unusable."));
                    });
                    return std::unexpected(
                        failure(JobFailure::Kind::Fatal, committed ? QString() : committed.error().message));
                }
                auto once = transcribe(context);
                auto again = context.commit([&](Database& db) {
                    return insertTranscript(db, recording, context.job().id, context.session().user.id);
                });
                m_work.commitCode = again ? -1 : int(again.error().code);
                return once;
            });
        });
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(failing, false) && t.finishedWith(twice, true), kWaitMs);
        auto failed = jobs().get(failing);
        CHECK_OK(failed);
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->lastError, QStringLiteral("The answer was unusable."));
        QCOMPARE(transcriptsOf(failing), std::int64_t{0});
        QCOMPARE(stateOf(twice), JobState::Done);
        QCOMPARE(transcriptsOf(twice), std::int64_t{1});
        QCOMPARE(m_work.commitCode.load(), int(ErrorCode::Usage));
    }

    // Cancelled (by the user, on another connection) while its handler worked: the commit keeps nothing.
    void commitAfterCancelWritesNothing() {
        const QString id = enqueue();
        QSemaphore rowCancelled;
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(), [&](JobRunner& r) {
            r.registerHandler(kTranscribe, [this, &rowCancelled](JobContext& context) -> Outcome {
                ++m_work.started;
                if (!rowCancelled.tryAcquire(1, kWaitMs)) {
                    return std::unexpected(failure(JobFailure::Kind::Fatal, QStringLiteral("test timed out")));
                }
                auto committed = context.commit([&](Database& db) {
                    return insertTranscript(db, m_recordingId, context.job().id, context.session().user.id);
                });
                m_work.commitCode = committed ? -1 : int(committed.error().code);
                if (!committed) {
                    return std::unexpected(
                        failure(JobFailure::Kind::Fatal, committed.error().message, committed.error().code));
                }
                return *committed;
            });
        });
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_work.started.load(), 1, kWaitMs);
        QCOMPARE(stateOf(id), JobState::Running);
        CHECK_OK(jobs().cancel(id));
        rowCancelled.release();
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(id, false), kWaitMs);
        QCOMPARE(m_work.commitCode.load(), int(ErrorCode::Cancelled));
        QCOMPARE(stateOf(id), JobState::Cancelled);
        QCOMPARE(transcriptsOf(id), std::int64_t{0});
        QVERIFY(!jobs().get(id)->resultId);
    }

    void cancelJobAbortsARunningHandler() {
        const QString viaRow = enqueue();
        const QString viaRunnerOnly = enqueue();
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(), [&](JobRunner& r) {
            r.registerHandler(kTranscribe, [this](JobContext& context) -> Outcome {
                m_work.count(context.job().id);
                ++m_work.started;
                // A request in flight: it ends when the transfer is cancelled.
                QElapsedTimer limit;
                limit.start();
                while (!context.cancel().isCancelled() && limit.elapsed() < kWaitMs) {
                    QThread::msleep(5);
                }
                // A careless handler that tries to keep its result anyway.
                (void)context.commit([&](Database& db) {
                    return insertTranscript(db, m_recordingId, context.job().id, context.session().user.id);
                });
                return std::unexpected(failure(JobFailure::Kind::Retry, QStringLiteral("The request was cancelled."),
                                               ErrorCode::Cancelled));
            });
        });
        t.start();
        // The UI's way: cancel the row on its own connection, then abort the transfer.
        QTRY_COMPARE_WITH_TIMEOUT(m_work.started.load(), 1, kWaitMs);
        QCOMPARE(stateOf(viaRow), JobState::Running);
        CHECK_OK(jobs().cancel(viaRow));
        t.runner().cancelJob(viaRow); // directly, from this thread, while the runner's thread is busy
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(viaRow, false), kWaitMs);
        QCOMPARE(stateOf(viaRow), JobState::Cancelled);
        QCOMPARE(transcriptsOf(viaRow), std::int64_t{0});

        // Aborting the transfer alone also ends the job cancelled.
        QTRY_COMPARE_WITH_TIMEOUT(m_work.started.load(), 2, kWaitMs);
        t.runner().cancelJob(QStringLiteral("some-other-job")); // not the running one: no effect
        QCOMPARE(stateOf(viaRunnerOnly), JobState::Running);
        t.runner().cancelJob(viaRunnerOnly);
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(viaRunnerOnly, false), kWaitMs);
        QCOMPARE(stateOf(viaRunnerOnly), JobState::Cancelled);
        QCOMPARE(transcriptsOf(viaRunnerOnly), std::int64_t{0});
        QCOMPARE(m_work.callsOf(viaRow), 1);
        QCOMPARE(m_work.callsOf(viaRunnerOnly), 1);
    }

    void cancelledQueuedJobNeverRuns() {
        const QString cancelled = enqueue();
        const QString after = enqueue();
        CHECK_OK(jobs().cancel(cancelled));
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(),
                       [&](JobRunner& r) { r.registerHandler(kTranscribe, countingTranscribe(m_work)); });
        t.start();
        // Jobs run oldest first: once the later one is done, the cancelled one was passed over.
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(after, true), kWaitMs);
        QCOMPARE(m_work.callsOf(cancelled), 0);
        QCOMPARE(stateOf(cancelled), JobState::Cancelled);
        QCOMPARE(transcriptsOf(cancelled), std::int64_t{0});
    }

    void retryComesBackByItselfAfterTheServersDelay() {
        const QString id = enqueue();
        constexpr std::int64_t kRetryAfterMs = 700;
        std::atomic<std::int64_t> firstEnded{0};
        std::atomic<std::int64_t> secondStarted{0};
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(), [&](JobRunner& r) {
            r.registerHandler(kTranscribe, [&, this](JobContext& context) -> Outcome {
                if (m_work.count(context.job().id) == 1) {
                    JobFailure busy = failure(JobFailure::Kind::Retry, QStringLiteral("The service is busy."));
                    busy.retryAfterMs = kRetryAfterMs;
                    firstEnded = Clock::nowMs();
                    return std::unexpected(busy);
                }
                secondStarted = Clock::nowMs();
                return transcribe(context);
            });
        });
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(stateOf(id) == JobState::WaitingRetry || stateOf(id) == JobState::Done, kWaitMs);
        auto waiting = jobs().get(id);
        CHECK_OK(waiting);
        if (waiting->state == JobState::WaitingRetry) {
            QCOMPARE(waiting->lastError, QStringLiteral("The service is busy."));
            QVERIFY(waiting->nextAttemptAt.value_or(0) >= firstEnded + kRetryAfterMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(id, true), kWaitMs);
        QVERIFY2(secondStarted - firstEnded >= kRetryAfterMs, qPrintable(QString::number(secondStarted - firstEnded)));
        auto done = jobs().get(id);
        CHECK_OK(done);
        QCOMPARE(done->state, JobState::Done);
        QCOMPARE(done->attempts, 2);
        QVERIFY(done->lastError.isEmpty());
        QCOMPARE(transcriptsOf(id), std::int64_t{1});
        QVERIFY(t.finishedWith(id, false)); // the first attempt was reported too
        QVERIFY(t.onlineChanges.isEmpty()); // a busy server is not being offline
    }

    void needsUserFatalAndUnknownKind() {
        const QString key = enqueue(QStringLiteral("needs-key"));
        const QString bad = enqueue(QStringLiteral("bad-audio"));
        const QString unknown = enqueue(QStringLiteral("from-the-future"));
        std::atomic_bool keyFixed{false};
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(), [&](JobRunner& r) {
            r.registerHandler(QStringLiteral("needs-key"), [&](JobContext& context) -> Outcome {
                if (!keyFixed) {
                    return std::unexpected(failure(JobFailure::Kind::NeedsUser,
                                                   QStringLiteral("The API key was refused. Enter a new key."),
                                                   ErrorCode::NeedsUser));
                }
                return transcribe(context);
            });
            r.registerHandler(QStringLiteral("bad-audio"), [](JobContext&) -> Outcome {
                return std::unexpected(
                    failure(JobFailure::Kind::Fatal, QStringLiteral("The recording could not be decoded.")));
            });
        });
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            t.finishedWith(key, false) && t.finishedWith(bad, false) && t.finishedWith(unknown, false), kWaitMs);
        auto needsUser = jobs().get(key);
        CHECK_OK(needsUser);
        QCOMPARE(needsUser->state, JobState::NeedsUser);
        QCOMPARE(needsUser->lastError, QStringLiteral("The API key was refused. Enter a new key."));
        auto failed = jobs().get(bad);
        CHECK_OK(failed);
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->lastError, QStringLiteral("The recording could not be decoded."));
        auto unknownJob = jobs().get(unknown);
        CHECK_OK(unknownJob);
        QCOMPARE(unknownJob->state, JobState::Failed);
        QVERIFY2(unknownJob->lastError.contains(QLatin1String("from-the-future")), qPrintable(unknownJob->lastError));

        // The user fixed the key and pressed Retry: it runs by itself.
        keyFixed = true;
        CHECK_OK(jobs().retry(key));
        t.wake();
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(key, true), kWaitMs);
        QCOMPARE(stateOf(key), JobState::Done);
        QCOMPARE(transcriptsOf(key), std::int64_t{1});
    }

    void givesUpAfterMaxAttempts() {
        const QString id = enqueue();
        JobRunner::Options options = quick();
        options.backoffBaseMs = 20;
        options.maxAttempts = 3;
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, options, [&](JobRunner& r) {
            r.registerHandler(kTranscribe, [this](JobContext& context) -> Outcome {
                m_work.count(context.job().id);
                return std::unexpected(failure(JobFailure::Kind::Retry, QStringLiteral("The server had an error.")));
            });
        });
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), JobState::Failed, kWaitMs);
        auto job = jobs().get(id);
        CHECK_OK(job);
        QCOMPARE(job->attempts, 3);
        QCOMPARE(m_work.callsOf(id), 3);
        QVERIFY2(job->lastError.contains(QLatin1String("3")) &&
                     job->lastError.contains(QLatin1String("The server had an error.")),
                 qPrintable(job->lastError));
    }

    void workOfflineHoldsJobsUntilSwitchedOff() {
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(), [&](JobRunner& r) {
            r.registerHandler(kTranscribe, countingTranscribe(m_work));
            r.setWorkOffline(true);
        });
        t.start();
        const QString id = enqueue();
        t.wake();
        // Even an explicit drain takes nothing while working offline.
        t.post([](JobRunner& r) { r.drain(); });
        QTRY_COMPARE_WITH_TIMEOUT(t.idles, 1, kWaitMs);
        QCOMPARE(stateOf(id), JobState::Queued);
        QCOMPARE(m_work.callsOf(id), 0);

        t.post([](JobRunner& r) { r.setWorkOffline(false); });
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(id, true), kWaitMs);
        QCOMPARE(t.onlineChanges, QList<bool>{true});
        QCOMPARE(transcriptsOf(id), std::int64_t{1});

        t.post([](JobRunner& r) { r.setWorkOffline(true); });
        QTRY_COMPARE_WITH_TIMEOUT(t.onlineChanges, (QList<bool>{true, false}), kWaitMs);
    }

    void drainAndRunOne() {
        const QString a = enqueue();
        const QString b = enqueue();
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(),
                       [&](JobRunner& r) { r.registerHandler(kTranscribe, countingTranscribe(m_work)); });
        // Not started: only what is asked for runs.
        t.post([](JobRunner& r) { r.drain(); });
        QTRY_COMPARE_WITH_TIMEOUT(t.idles, 1, kWaitMs);
        QCOMPARE(stateOf(a), JobState::Done);
        QCOMPARE(stateOf(b), JobState::Done);

        const QString c = enqueue();
        t.post([c](JobRunner& r) { r.runOne(c); });
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(c, true), kWaitMs);
        QCOMPARE(transcriptsOf(c), std::int64_t{1});
        t.post([c](JobRunner& r) { r.runOne(c); }); // done already: refused, reported
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(c, false), kWaitMs);
        QCOMPARE(m_work.callsOf(c), 1);
        QCOMPARE(transcriptsOf(c), std::int64_t{1});
    }

    // A runner in another process takes the job and is killed (SIGKILL) mid-request. A new
    // runner's start() sees its lock is dead, requeues the job and runs it once.
    void crashedRunnersJobRunsOnceMore() {
        const QString id = enqueue();
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kCrashChildArg), m_vault->dir()});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (output += child.readAllStandardOutput()).contains(QByteArray("claimed " + id.toUtf8())),
            child.readAllStandardError().constData(), 20'000);
        auto running = jobs().get(id);
        CHECK_OK(running);
        QCOMPARE(running->state, JobState::Running);
        QVERIFY(running->runner.has_value());
        const QString lockFile = QDir(m_vault->dir()).filePath(QStringLiteral("runner-%1.lock").arg(*running->runner));
        QVERIFY(QFile::exists(lockFile));
        // While the child lives its job is not an orphan.
        auto requeued = jobs().requeueOrphans(m_vault->dir());
        CHECK_OK(requeued);
        QCOMPARE(*requeued, 0);

        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(stateOf(id), JobState::Running);
        QVERIFY(QFile::exists(lockFile)); // left behind, stale

        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, quick(),
                       [&](JobRunner& r) { r.registerHandler(kTranscribe, countingTranscribe(m_work)); });
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(id, true), kWaitMs);
        auto job = jobs().get(id);
        CHECK_OK(job);
        QCOMPARE(job->state, JobState::Done);
        QCOMPARE(job->attempts, 2); // the interrupted attempt counts
        QCOMPARE(m_work.callsOf(id), 1);
        QCOMPARE(transcriptsOf(id), std::int64_t{1});
        QVERIFY(!QFile::exists(lockFile));
    }

    // A network failure takes the runner offline; it probes the provider's URL and, once a
    // server answers there, the waiting job runs without anyone pressing Retry.
    void offlineProbeBringsWaitingJobsBack() {
        const quint16 port = TinyHttpServer::closedPort();
        const QString id = enqueue();
        JobRunner::Options options = quick();
        options.backoffBaseMs = 600'000; // the backoff alone would wait ten minutes
        options.backoffMaxMs = 600'000;
        RunnerThread t(m_vault->session(), m_vault->dir(), *m_http, options, [&](JobRunner& r) {
            r.setProbeUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/models").arg(port)));
            r.registerHandler(kTranscribe, [this](JobContext& context) -> Outcome {
                if (m_work.count(context.job().id) == 1) {
                    JobFailure offline =
                        failure(JobFailure::Kind::Retry, QStringLiteral("The AI service cannot be reached."),
                                ErrorCode::Network);
                    offline.offline = true;
                    return std::unexpected(offline);
                }
                return transcribe(context);
            });
        });
        t.start();
        QTRY_COMPARE_WITH_TIMEOUT(t.onlineChanges, QList<bool>{false}, kWaitMs);
        QCOMPARE(stateOf(id), JobState::WaitingRetry);
        // Nothing listens yet: the probes (every 100 ms) fail and the job keeps waiting.
        QTest::qWait(500);
        QCOMPARE(stateOf(id), JobState::WaitingRetry);
        QCOMPARE(t.onlineChanges, QList<bool>{false});

        TinyHttpServer server;
        QVERIFY(server.listen(port));
        QTRY_VERIFY_WITH_TIMEOUT(t.finishedWith(id, true), kWaitMs);
        QVERIFY(server.requests >= 1);
        QCOMPARE(t.onlineChanges, (QList<bool>{false, true}));
        QCOMPARE(m_work.callsOf(id), 2);
        QCOMPARE(transcriptsOf(id), std::int64_t{1});
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc >= 3 && qstrcmp(argv[1], kCrashChildArg) == 0) {
        return runCrashChild(QString::fromLocal8Bit(argv[2]));
    }
    TstJobRunner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jobrunner.moc"
