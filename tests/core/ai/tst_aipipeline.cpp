// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The AI pipeline end to end against the local fake OpenAI server: a real vault, the real
// keychain (scripts/test-env), the real libcurl client and the JobRunner on its own thread.
//   - a 3-hour recording transcribed in parts (limits, multipart fields, at most two parts in
//     flight, segment times joined back onto the recording's timeline, usage and egress rows);
//   - consent declined and the monthly budget stop work before anything is sent.
// Notes are in tst_aipipeline_notes; faults (rate limits, 5xx, timeouts, offline, fallback
// provider) in tst_aipipeline_faults.
//
//   scripts/test-env build/tests/core/tst_aipipeline

#include "AiPipelineFixture.h"
#include "repo/UsageRepository.h"

#include <QElapsedTimer>

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

constexpr int kJobWaitMs = 20'000;
constexpr qint64 kOpenAiRequestLimit = 26'214'400;

// What the fake calls one stretch of speech: bursts closer than 0.6 s merged, shorter than 60 ms dropped.
std::vector<LongRecording::Interval> speechRuns(const std::vector<LongRecording::Interval>& bursts) {
    std::vector<LongRecording::Interval> runs;
    for (const auto& b : bursts) {
        if (!runs.empty() && b.startMs - runs.back().endMs < 600) {
            runs.back().endMs = b.endMs;
        } else {
            runs.push_back(b);
        }
    }
    std::erase_if(runs, [](const auto& r) { return r.endMs - r.startMs < 60; });
    return runs;
}

} // namespace

class TstAiPipeline : public QObject {
    Q_OBJECT

    PipelineWorld m_world;
    bool m_ready = false;

private slots:
    void initTestCase() {
        if (!PipelineWorld::keychainAvailable()) {
            QSKIP("API keys live in the real OS keychain: run through scripts/test-env.");
        }
        QVERIFY(m_world.start());
        m_ready = true;
    }
    void cleanupTestCase() { m_world.tearDown(); }
    void init() {
        if (!m_ready) {
            QSKIP("no test environment");
        }
        m_world.resetFake();
    }
    void cleanup() { CHECK_OK(m_world.save(m_world.baseSettings())); }

    void threeHourRecordingInParts();
    void declinedConsentSendsNothing();
    void budgetHoldsTheNextJob();
};

void TstAiPipeline::threeHourRecordingInParts() {
    QElapsedTimer total;
    total.start();
    auto recording = LongRecording::create(LongRecording::Options{});
    CHECK_OK(recording);
    QCOMPARE(recording->durationMs(), 3LL * 60 * 60 * 1000);
    auto recordingId = m_world.storeRecording(recording->ogg());
    CHECK_OK(recordingId);
    const qint64 madeMs = total.elapsed();

    const AiSettings settings = m_world.baseSettings();
    QCOMPARE(settings.parallelParts, 2);
    QCOMPARE(settings.maxPartMinutes, 20);
    // How many requests were in flight at once, measured by the connections the client opened: an HTTP/1.1
    // connection carries one request at a time and an idle one is reused, so the connections opened are
    // the most requests ever in flight together. The fake's listener restarts first, so no idle
    // connection from before is left to reuse.
    const quint16 port = m_world.fake.port();
    m_world.fake.close();
    QVERIFY(m_world.fake.listen(port));
    const std::int64_t connectionsBefore = m_world.http->connectionsOpened();

    QElapsedTimer clock;
    clock.start();
    const QString jobId = m_world.requestTranscription(*recordingId);
    QVERIFY(!jobId.isEmpty());
    WAIT_FOR_STATE(m_world, jobId, JobState::Done, 90'000);
    const qint64 jobMs = clock.elapsed();
    const std::int64_t connections = m_world.http->connectionsOpened() - connectionsBefore;

    const auto requests = requestsTo(m_world.fake, QStringLiteral("audio/transcriptions"));
    const std::size_t parts = requests.size();
    QVERIFY2(parts >= 9, qPrintable(QString::number(parts))); // 180 min in parts of at most 20
    double seconds = 0;
    std::vector<qint64> fileBytes;
    for (const auto& r : requests) {
        QCOMPARE(r.status, 200);
        QVERIFY2(r.contentLength > 0 && r.contentLength < kOpenAiRequestLimit,
                 qPrintable(QString::number(r.contentLength)));
        QVERIFY2(r.fileDurationSeconds > 0 && r.fileDurationSeconds <= 1200.0,
                 qPrintable(QString::number(r.fileDurationSeconds)));
        QCOMPARE(r.fileField, QStringLiteral("file"));
        QVERIFY2(r.fileName.endsWith(QLatin1String(".ogg")), qPrintable(r.fileName));
        QCOMPARE(r.fileContentType, QStringLiteral("audio/ogg"));
        QCOMPARE(r.fields.value(QStringLiteral("model")), QStringLiteral("whisper-1"));
        QCOMPARE(r.fields.value(QStringLiteral("response_format")), QStringLiteral("verbose_json"));
        QCOMPARE(r.fields.value(QStringLiteral("timestamp_granularities[]")), QStringLiteral("segment"));
        QCOMPARE(r.fields.value(QStringLiteral("language")), QStringLiteral("sv"));
        QCOMPARE(r.fields.value(QStringLiteral("prompt")), kVocabulary);
        QCOMPARE(r.headers.value(QStringLiteral("authorization")), QStringLiteral("Bearer ") + kApiKey);
        seconds += r.fileDurationSeconds;
        fileBytes.push_back(r.fileBytes);
    }
    // Every part sent once: together they are the whole recording.
    QVERIFY2(std::abs(seconds * 1000.0 - double(recording->durationMs())) < 1'000.0,
             qPrintable(QString::number(seconds)));

    // Parallel, but never more than `parallelParts` requests in flight.
    QCOMPARE(connections, std::int64_t(settings.parallelParts));

    // The joined transcript: one segment per stretch of speech, at its place in the whole recording.
    const Job job = m_world.job(jobId);
    QVERIFY(job.resultId.has_value());
    auto transcript = TranscriptRepository(m_world.db(), m_world.session()).get(*job.resultId);
    CHECK_OK(transcript);
    QCOMPARE(transcript->jobId, std::optional<QString>(jobId));
    QCOMPARE(transcript->recordingId, *recordingId);
    QCOMPARE(m_world.transcriptsOf(jobId), 1);
    const auto runs = speechRuns(recording->bursts(0, double(recording->durationMs())));
    const auto& segments = transcript->segments;
    QCOMPARE(segments.size(), runs.size());
    double worst = 0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const double off = std::abs(double(segments[i].startMs) - runs[i].startMs);
        worst = std::max(worst, off);
        QVERIFY2(off <= 100.0, qPrintable(QStringLiteral("segment %1 starts at %2 ms, the speech at %3 ms")
                                              .arg(i)
                                              .arg(segments[i].startMs)
                                              .arg(runs[i].startMs)));
        QVERIFY(segments[i].endMs > segments[i].startMs);
        if (i > 0) {
            QVERIFY(segments[i].startMs >= segments[i - 1].endMs);
        }
    }

    // Usage: one row per part, its audio adding up to the recording, priced from the table.
    const auto usage = m_world.usageOf(jobId);
    QCOMPARE(usage.size(), parts);
    std::int64_t audioMs = 0;
    for (const auto& u : usage) {
        QCOMPARE(u.task, QStringLiteral("transcription"));
        QCOMPARE(u.model, QStringLiteral("whisper-1"));
        QVERIFY(u.audioMs > 0 && u.audioMs <= 20 * 60'000);
        QVERIFY(u.costMicro > 0);
        QCOMPARE(u.costMicro, settings.estimateCostMicro(u.model, u.audioMs, u.inputTokens, u.outputTokens));
        audioMs += u.audioMs;
    }
    QVERIFY2(std::abs(audioMs - recording->durationMs()) <= 50, qPrintable(QString::number(audioMs)));

    // Egress: one row per request, with more bytes sent than the audio it carried, and no transcript text.
    const auto egress = m_world.egressOf(jobId);
    QCOMPARE(egress.size(), parts);
    std::vector<qint64> sent;
    for (const auto& e : egress) {
        QVERIFY2(e.host.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(e.host)); // with the port
        QCOMPARE(e.purpose, QStringLiteral("transcription"));
        QCOMPARE(e.httpStatus, 200);
        QVERIFY(!e.requestId.isEmpty());
        sent.push_back(e.bytesSent);
    }
    std::sort(sent.begin(), sent.end());
    std::sort(fileBytes.begin(), fileBytes.end());
    for (std::size_t i = 0; i < parts; ++i) {
        QVERIFY2(sent[i] > fileBytes[i] && sent[i] < fileBytes[i] + 4096,
                 qPrintable(QStringLiteral("%1 sent for %2 bytes of audio").arg(sent[i]).arg(fileBytes[i])));
    }
    auto leaked = m_world.db().scalar("SELECT count(*) FROM egress_log WHERE host || provider || model || purpose || "
                                      "coalesce(request_id, '') LIKE '%Speech%'");
    CHECK_OK(leaked);
    QCOMPARE(*leaked, 0);

    qInfo("3-hour recording: made and stored in %lld ms; %zu parts transcribed in %lld ms over %lld connections; "
          "%zu segments, worst start offset %.0f ms",
          madeMs, parts, jobMs, static_cast<long long>(connections), segments.size(), worst);
}

void TstAiPipeline::declinedConsentSendsNothing() {
    auto encounterId = m_world.newEncounter(Consent::Verbal);
    CHECK_OK(encounterId);
    auto recording = LongRecording::create(LongRecording::Options{10'000, 24000, true});
    CHECK_OK(recording);
    auto recordingId = m_world.storeRecording(recording->ogg(), *encounterId);
    CHECK_OK(recordingId);
    // The patient withdrew consent after the recording was made.
    CHECK_OK(m_world.vault->session().encounters().recordConsent(*encounterId, Consent::Declined));
    auto pendingBefore = m_world.jobs().pending();
    CHECK_OK(pendingBefore);

    auto job = AiPipeline::requestTranscription(m_world.db(), m_world.session(), *recordingId);
    QVERIFY(!job);
    QCOMPARE(code(job.error().code), code(ErrorCode::PermissionDenied));
    auto pendingAfter = m_world.jobs().pending();
    CHECK_OK(pendingAfter);
    QCOMPARE(pendingAfter->size(), pendingBefore->size());
    QCOMPARE(m_world.fake.requests().size(), std::size_t(0));
}

void TstAiPipeline::budgetHoldsTheNextJob() {
    auto spent =
        UsageRepository(m_world.db(), m_world.session()).spentMicro(m_world.session().user.id, QDate::currentDate());
    CHECK_OK(spent);
    AiSettings settings = m_world.baseSettings();
    // Less than one request costs: the first job may start, and after it the budget is used up.
    settings.monthlyBudgetMicro[m_world.session().user.id] = *spent + 1;
    CHECK_OK(m_world.save(settings));

    auto first = m_world.shortRecording(20'000);
    CHECK_OK(first);
    const QString firstJob = m_world.requestTranscription(*first);
    WAIT_FOR_STATE(m_world, firstJob, JobState::Done, kJobWaitMs);
    const auto usage = m_world.usageOf(firstJob);
    QCOMPARE(usage.size(), std::size_t(1));
    QVERIFY(usage.front().costMicro > 1);

    auto second = m_world.shortRecording(20'000);
    CHECK_OK(second);
    const int before = int(m_world.fake.requests().size());
    const QString secondJob = m_world.requestTranscription(*second);
    WAIT_FOR_STATE(m_world, secondJob, JobState::NeedsUser, kJobWaitMs);
    const QString reason = m_world.job(secondJob).lastError;
    QVERIFY2(reason.contains(QStringLiteral("budget")), qPrintable(reason));
    QCOMPARE(int(m_world.fake.requests().size()), before);
    QCOMPARE(m_world.transcriptsOf(secondJob), 0);
    QVERIFY(m_world.egressOf(secondJob).empty());
}

QTEST_GUILESS_MAIN(TstAiPipeline)
#include "tst_aipipeline.moc"
