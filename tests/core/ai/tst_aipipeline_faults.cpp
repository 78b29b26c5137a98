// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The AI pipeline's jobs when the provider misbehaves, against the local fake OpenAI server: each
// fault ends in the job state the user should see (done after an in-call retry, waiting_retry that
// comes back by itself, needs_user, failed with the reason), with exactly one transcript or note
// when the job is done and none otherwise; every request is in the egress log, failed ones too.
// Also: offline (the server gone) and back without anyone pressing retry, and the fallback provider.
//
//   scripts/test-env build/tests/core/tst_aipipeline_faults

#include "AiPipelineFixture.h"

#include <QElapsedTimer>
#include <QTcpServer>

using namespace clinicdesk;
using namespace clinicdesk::test;
using Fault = FakeOpenAiServer::Fault;

namespace {

constexpr int kJobWaitMs = 20'000;
const QString kTranscriptions = QStringLiteral("audio/transcriptions");
const QString kChat = QStringLiteral("chat/completions");

// A port nothing listens on.
quint16 closedPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        return 9;
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Every state the job went through until it ended (polled every few ms), with when each was seen.
struct Observed {
    QList<JobState> states;
    std::optional<std::int64_t> waitingUntil; // next_attempt_at seen while waiting_retry
    std::int64_t waitingSeenAt = 0;
};

} // namespace

class TstAiPipelineFaults : public QObject {
    Q_OBJECT

    PipelineWorld m_world;
    bool m_ready = false;
    QString m_noteEncounter;

    // A new one-part recording's transcription job.
    QString transcriptionJob() {
        auto recording = m_world.shortRecording(10'000);
        if (!recording) {
            return {};
        }
        return m_world.requestTranscription(*recording);
    }

    // Watches the job until it is done, failed or needs the user, or `timeoutMs` passes.
    Observed watch(const QString& jobId, int timeoutMs = kJobWaitMs) {
        Observed seen;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const Job job = m_world.job(jobId);
            if (seen.states.isEmpty() || seen.states.last() != job.state) {
                seen.states.append(job.state);
                if (job.state == JobState::WaitingRetry && !seen.waitingUntil) {
                    seen.waitingUntil = job.nextAttemptAt;
                    seen.waitingSeenAt = QDateTime::currentMSecsSinceEpoch();
                }
            }
            if (job.state == JobState::Done || job.state == JobState::Failed || job.state == JobState::NeedsUser) {
                break;
            }
            QTest::qWait(5);
        }
        return seen;
    }

    static QString statesText(const Observed& seen) {
        QStringList names;
        for (JobState s : seen.states) {
            names << stateName(s);
        }
        return names.join(QStringLiteral(" -> "));
    }

private slots:
    void initTestCase() {
        if (!PipelineWorld::keychainAvailable()) {
            QSKIP("API keys live in the real OS keychain: run through scripts/test-env.");
        }
        QVERIFY(m_world.start(300));
        m_noteEncounter = m_world.transcribedEncounter(QStringLiteral("Patienten har ont i tand trettiosex"), 20'000);
        QVERIFY(!m_noteEncounter.isEmpty());
        m_ready = true;
    }
    void cleanupTestCase() { m_world.tearDown(); }
    void init() {
        if (!m_ready) {
            QSKIP("no test environment");
        }
        m_world.resetFake();
    }
    void cleanup() {
        m_world.fake.clearFaults();
        CHECK_OK(m_world.save(m_world.baseSettings()));
    }

    void rateLimitIsWaitedOutInTheCall();
    void serverErrorsWaitThenRunByThemselves();
    void refusedKeyNeedsTheUser();
    void insufficientQuotaNeedsTheUser();
    void droppedConnectionIsRetried();
    void slowAnswerTimesOutThenSucceeds();
    void malformedTranscriptionFails();
    void badChatAnswerFails_data();
    void badChatAnswerFails();
    void offlineThenBackByItself();
    void fallbackProvider_data();
    void fallbackProvider();
};

void TstAiPipelineFaults::rateLimitIsWaitedOutInTheCall() {
    m_world.fake.pushFault(kTranscriptions, {Fault::RateLimit, 1'000, 0});
    QElapsedTimer clock;
    clock.start();
    const QString jobId = transcriptionJob();
    const Observed seen = watch(jobId);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(seen.states.last(), JobState::Done);
    QVERIFY2(!seen.states.contains(JobState::WaitingRetry), qPrintable(statesText(seen)));
    QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed))); // the server's Retry-After: 1 s
    QCOMPARE(m_world.job(jobId).attempts, 1);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 2);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), (QList<int>{429, 200}));
    QCOMPARE(m_world.usageOf(jobId).size(), std::size_t(1));
}

void TstAiPipelineFaults::serverErrorsWaitThenRunByThemselves() {
    // One more 503 than the client retries within a call: the job waits, then runs again by itself.
    for (int i = 0; i < 3; ++i) {
        m_world.fake.pushFault(kTranscriptions, {Fault::ServiceUnavailable, 0, 0});
    }
    const QString jobId = transcriptionJob();
    const Observed seen = watch(jobId);
    QCOMPARE(seen.states.last(), JobState::Done);
    QVERIFY2(seen.states.contains(JobState::WaitingRetry), qPrintable(statesText(seen)));
    QVERIFY(seen.waitingUntil.has_value());
    QVERIFY2(*seen.waitingUntil > seen.waitingSeenAt,
             qPrintable(QStringLiteral("next attempt %1 ms after it was seen waiting")
                            .arg(*seen.waitingUntil - seen.waitingSeenAt)));
    QCOMPARE(m_world.job(jobId).attempts, 2);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 4);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), (QList<int>{503, 503, 503, 200}));
    QCOMPARE(m_world.usageOf(jobId).size(), std::size_t(1));
}

void TstAiPipelineFaults::refusedKeyNeedsTheUser() {
    m_world.fake.pushFault(kTranscriptions, {Fault::Unauthorized, 0, 0});
    const QString jobId = transcriptionJob();
    WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
    const Job job = m_world.job(jobId);
    QVERIFY2(job.lastError.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(job.lastError));
    QCOMPARE(job.attempts, 1);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 1); // no retries with a refused key
    QCOMPARE(m_world.transcriptsOf(jobId), 0);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), QList<int>{401});
    QVERIFY(m_world.usageOf(jobId).empty());

    // The user entered a working key and pressed retry: one transcript, from the second attempt.
    CHECK_OK(m_world.jobs().retry(jobId));
    m_world.runner->wake();
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 2);
}

void TstAiPipelineFaults::insufficientQuotaNeedsTheUser() {
    m_world.fake.pushFault(kTranscriptions, {Fault::InsufficientQuota, 0, 0});
    const QString jobId = transcriptionJob();
    WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
    const Job job = m_world.job(jobId);
    QVERIFY2(job.lastError.contains(QStringLiteral("credit")), qPrintable(job.lastError));
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 1); // a billing problem is not hammered
    QCOMPARE(m_world.transcriptsOf(jobId), 0);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), QList<int>{429});
}

void TstAiPipelineFaults::droppedConnectionIsRetried() {
    // On a fresh connection (curl itself resends a request once when a reused connection turns out dead,
    // which would hide the client's own retry): no idle connection may be left from the tests before.
    auto recording = m_world.shortRecording(10'000);
    CHECK_OK(recording);
    const quint16 port = m_world.fake.port();
    m_world.fake.close();
    QVERIFY(m_world.fake.listen(port));
    m_world.fake.pushFault(kTranscriptions, {Fault::DropConnection, 0, 0});
    const QString jobId = m_world.requestTranscription(*recording);
    const Observed seen = watch(jobId);
    QCOMPARE(seen.states.last(), JobState::Done);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 2);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), (QList<int>{0, 200})); // 0: no answer
}

void TstAiPipelineFaults::slowAnswerTimesOutThenSucceeds() {
    AiSettings settings = m_world.baseSettings();
    settings.requestTimeoutSeconds = 1;
    CHECK_OK(m_world.save(settings));
    QCOMPARE(AiSettingsStore(m_world.db(), m_world.session()).load()->requestTimeoutSeconds, 1);
    // Slower than the timeout on the call and both of its retries: the job waits, then succeeds.
    for (int i = 0; i < 3; ++i) {
        m_world.fake.pushFault(kTranscriptions, {Fault::Slow, 0, 2'500});
    }
    QElapsedTimer clock;
    clock.start();
    const QString jobId = transcriptionJob();
    const Observed seen = watch(jobId);
    QCOMPARE(seen.states.last(), JobState::Done);
    QVERIFY2(seen.states.contains(JobState::WaitingRetry), qPrintable(statesText(seen)));
    QVERIFY(clock.elapsed() >= 3 * 1'000);
    QCOMPARE(m_world.job(jobId).attempts, 2);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 4);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), (QList<int>{0, 0, 0, 200}));
}

void TstAiPipelineFaults::malformedTranscriptionFails() {
    m_world.fake.pushFault(kTranscriptions, {Fault::MalformedJson, 0, 0});
    const QString jobId = transcriptionJob();
    WAIT_FOR_STATE(m_world, jobId, JobState::Failed, kJobWaitMs);
    QVERIFY2(m_world.job(jobId).lastError.contains(QStringLiteral("not valid JSON")),
             qPrintable(m_world.job(jobId).lastError));
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 1);
    QCOMPARE(m_world.transcriptsOf(jobId), 0);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), QList<int>{200});
}

void TstAiPipelineFaults::badChatAnswerFails_data() {
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("reason");
    QTest::newRow("malformed JSON") << int(Fault::MalformedJson) << QStringLiteral("not valid JSON");
    QTest::newRow("finish_reason length") << int(Fault::FinishLength) << QStringLiteral("cut off");
    QTest::newRow("refusal") << int(Fault::Refusal) << QStringLiteral("I can't help with that.");
}

void TstAiPipelineFaults::badChatAnswerFails() {
    QFETCH(int, fault);
    QFETCH(QString, reason);
    m_world.fake.pushFault(kChat, {Fault(fault), 0, 0});
    const QString jobId = m_world.requestNote(QStringLiteral("soap"), m_noteEncounter);
    WAIT_FOR_STATE(m_world, jobId, JobState::Failed, kJobWaitMs);
    QVERIFY2(m_world.job(jobId).lastError.contains(reason), qPrintable(m_world.job(jobId).lastError));
    QCOMPARE(m_world.fake.requestCount(kChat), 1);
    QCOMPARE(m_world.notesOf(jobId), 0);
    QCOMPARE(statusesOf(m_world.egressOf(jobId)), QList<int>{200});
}

void TstAiPipelineFaults::offlineThenBackByItself() {
    const quint16 port = m_world.fake.port();
    auto recording = m_world.shortRecording(10'000);
    CHECK_OK(recording);
    m_world.runner->onlineChanges.clear();
    m_world.fake.close(); // the network is gone

    const QString jobId = m_world.requestTranscription(*recording);
    WAIT_FOR_STATE(m_world, jobId, JobState::WaitingRetry, kJobWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_world.runner->onlineChanges.contains(false), kJobWaitMs);
    QCOMPARE(m_world.transcriptsOf(jobId), 0);
    const auto offline = m_world.egressOf(jobId);
    QVERIFY(!offline.empty());
    QCOMPARE(offline.front().httpStatus, 0);

    // The server is back: the runner's probe finds it and the job runs without anyone pressing retry.
    QVERIFY(m_world.fake.listen(port));
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_world.runner->onlineChanges.last(), true, kJobWaitMs);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), 1);
}

void TstAiPipelineFaults::fallbackProvider_data() {
    QTest::addColumn<bool>("primaryDown");
    QTest::newRow("primary answers 503") << false;
    QTest::newRow("primary not listening") << true;
}

void TstAiPipelineFaults::fallbackProvider() {
    QFETCH(bool, primaryDown);
    FakeOpenAiServer fallback;
    QVERIFY(fallback.listen());
    AiSettings settings = m_world.baseSettings();
    if (primaryDown) {
        settings.providers[AiTask::Transcription].baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort());
    } else {
        for (int i = 0; i < 3; ++i) {
            m_world.fake.pushFault(kTranscriptions, {Fault::ServiceUnavailable, 0, 0});
        }
    }
    ProviderConfig second;
    second.kind = ProviderKind::OpenAi;
    second.baseUrl = QStringLiteral("http://localhost:%1/v1").arg(fallback.port()); // a host of its own
    second.model = QStringLiteral("gpt-4o-transcribe");
    settings.fallbacks[AiTask::Transcription] = second;
    CHECK_OK(m_world.save(settings));

    const QString jobId = transcriptionJob();
    const Observed seen = watch(jobId);
    QVERIFY2(seen.states.last() == JobState::Done, qPrintable(statesText(seen) + m_world.job(jobId).lastError));
    QCOMPARE(m_world.job(jobId).attempts, 1);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    QCOMPARE(m_world.fake.requestCount(kTranscriptions), primaryDown ? 0 : 3);
    QCOMPARE(fallback.requestCount(kTranscriptions), 1);
    const auto request = requestsTo(fallback, kTranscriptions).front();
    QCOMPARE(request.fields.value(QStringLiteral("model")), QStringLiteral("gpt-4o-transcribe"));
    QCOMPARE(request.fields.value(QStringLiteral("response_format")), QStringLiteral("json"));

    // The transcript names the model that made it; both destinations are in the egress log.
    auto transcript = TranscriptRepository(m_world.db(), m_world.session()).get(*m_world.job(jobId).resultId);
    CHECK_OK(transcript);
    QCOMPARE(transcript->model, QStringLiteral("gpt-4o-transcribe"));
    QStringList destinations;
    for (const EgressEntry& e : m_world.egressOf(jobId)) {
        destinations
            << QStringLiteral("%1 %2 %3").arg(e.host.section(QLatin1Char(':'), 0, 0), e.model).arg(e.httpStatus);
    }
    const QString primaryRow =
        primaryDown ? QStringLiteral("127.0.0.1 whisper-1 0") : QStringLiteral("127.0.0.1 whisper-1 503");
    QCOMPARE(destinations,
             (QStringList{primaryRow, primaryRow, primaryRow, QStringLiteral("localhost gpt-4o-transcribe 200")}));
    const auto usage = m_world.usageOf(jobId);
    QCOMPARE(usage.size(), std::size_t(1));
    QCOMPARE(usage.front().model, QStringLiteral("gpt-4o-transcribe"));
    QVERIFY(usage.front().inputTokens > 0); // the gpt-4o models report tokens
}

QTEST_GUILESS_MAIN(TstAiPipelineFaults)
#include "tst_aipipeline_faults.moc"
