// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// bench_ai: the AI pipeline's own overhead against the local fake OpenAI server with zero latency.
// Prints figures; it is not a test. See docs/PERFORMANCE.md ("AI pipeline").
//
//   scripts/test-env bench_ai [--jobs N] [--note-jobs N] [--minutes M] [--long-minutes L] [--parallel P]
//                             [--split-runs R] [--no-long]
//
// Needs the OS keychain (the API key is read from it for every job, as the app does): run it under
// scripts/test-env, which provides a private, throw-away keyring. Outside it the bench stops.
//
// Everything is the shipped code but the server: a real vault (tests' TestVault, Argon2id at its
// minimum), a JobRunner on its own thread with its own connection and the AiPipeline handlers, the
// provider and the price table in the vault's AI settings, the key in the keychain, libcurl to the
// in-process FakeOpenAiServer (tests/support), which validates every request like the real API and
// records how long it spent on each one (handledMs: request received -> answer written, including
// decoding the audio). The app's overhead of a job = wall time from enqueue to done minus the fake's
// time for the job's requests.
//
// 1. N transcription jobs (default 30, plus one cold job first, reported apart) of one M-minute
//    (default 1) recording, whisper-1 (verbose_json), one at a time: mean and p95 overhead, with the
//    stages: enqueue (a transaction), enqueue -> the runner starts the job, the handler.
// 2. N note jobs (SOAP) from that recording's transcript (~6 segments), gpt-4o-mini, strict
//    json_schema; same figures.
// 3. Bytes uploaded per audio minute: request bytes from the egress log / audio minutes, against the
//    recording's Ogg Opus bytes per minute.
// 4. An L-minute (default 180) recording (tests' LongRecording: tone bursts with a pause every 10 s,
//    24 kbit/s) stored in the vault in 1 s chunks as the recorder writes it: OggOpusSplitter::split
//    alone (mean of R runs), then one transcription job with P parts in parallel (default 2):
//    enqueue -> done, parts, the fake's busy time.
//
// Info logging is off (the app writes it to a file; here it would go to the terminal).

#include "FakeOpenAiServer.h"
#include "LongRecording.h"
#include "RunnerThread.h"
#include "TestVault.h"
#include "ai/AiKeyStore.h"
#include "ai/AiPipeline.h"
#include "ai/AiSettings.h"
#include "audio/OggOpusSplitter.h"
#include "audio/OggPages.h"
#include "jobs/JobRepository.h"
#include "jobs/JobRunner.h"
#include "keychain/KeychainStore.h"
#include "net/HttpClient.h"
#include "repo/EgressRepository.h"
#include "repo/EncounterRepository.h"
#include "repo/PatientRepository.h"
#include "repo/RecordingRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

using namespace clinicdesk;

namespace {

using SteadyClock = std::chrono::steady_clock;

double msBetween(SteadyClock::time_point from, SteadyClock::time_point to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
}

int argInt(const QStringList& args, const QString& name, int fallback) {
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

const QByteArray kApiKey = "sk-bench-key";

[[noreturn]] void die(const char* what, const Error& error) {
    std::fprintf(stderr, "bench_ai: %s: %s (%s)\n", what, qPrintable(error.message), qPrintable(error.detail));
    std::exit(1);
}

template <typename T>
T must(Result<T> result, const char* what) {
    if (!result) {
        die(what, result.error());
    }
    return std::move(*result);
}

void must(const Status& status, const char* what) {
    if (!status) {
        die(what, status.error());
    }
}

struct Stats {
    double mean = 0;
    double p95 = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> values) {
    Stats s;
    if (values.empty()) {
        return s;
    }
    std::sort(values.begin(), values.end());
    s.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    // Nearest rank: the smallest value with at least 95 % of the values at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(0.95 * double(values.size())));
    s.p95 = values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
    s.min = values.front();
    s.max = values.back();
    return s;
}

// When the runner started and finished each job (set on the runner's thread, in the signal).
struct JobTimes {
    QMutex mutex;
    QHash<QString, SteadyClock::time_point> started;
    QHash<QString, SteadyClock::time_point> finished;
    QHash<QString, bool> done;
    QSemaphore finishedCount; // released once per finished job, on the runner's thread
};

// The app's runner (its own thread and vault connection, the AiPipeline handlers), timing each job
// from the moment the runner takes it to the moment it has finished.
std::unique_ptr<test::RunnerThread> startRunner(VaultSession& session, const QString& vaultDir, HttpClient& http,
                                                const AiPipeline& pipeline, JobTimes& times) {
    auto runner =
        std::make_unique<test::RunnerThread>(session, vaultDir, http, JobRunner::Options{}, [&](JobRunner& r) {
            pipeline.registerHandlers(r);
            QObject::connect(
                &r, &JobRunner::jobChanged, &r,
                [&times](const QString& id) {
                    const auto now = SteadyClock::now();
                    QMutexLocker lock(&times.mutex);
                    if (!times.started.contains(id)) {
                        times.started.insert(id, now); // the first jobChanged: the runner took the job
                    }
                },
                Qt::DirectConnection);
            QObject::connect(
                &r, &JobRunner::jobFinished, &r,
                [&times](const QString& id, bool done) {
                    const auto now = SteadyClock::now();
                    {
                        QMutexLocker lock(&times.mutex);
                        times.finished.insert(id, now);
                        times.done.insert(id, done);
                    }
                    times.finishedCount.release();
                },
                Qt::DirectConnection);
        });
    runner->start();
    return runner;
}

// One job, enqueue to done, split into stages; fakeMs is the fake's time for the job's requests.
struct JobRun {
    QString id;
    double enqueueMs = 0; // requestTranscription / requestNote (a transaction on the UI's connection)
    double toStartMs = 0; // enqueue returned -> the runner took the job
    double handlerMs = 0; // the runner took it -> done (handler, HTTP, commit)
    double totalMs = 0;   // enqueue called -> done
    double fakeMs = 0;
    int requests = 0;
    [[nodiscard]] double overheadMs() const { return totalMs - fakeMs; }
};

JobRun runJob(const std::function<Result<Job>()>& enqueue, test::RunnerThread& runner, JobTimes& times,
              test::FakeOpenAiServer& fake, VaultSession& session, int timeoutMs) {
    fake.clearRequests();
    JobRun run;
    const auto t0 = SteadyClock::now();
    const Job job = must(enqueue(), "enqueue");
    const auto t1 = SteadyClock::now();
    // The main thread keeps its event loop running while it waits, as the app's UI thread does (the
    // keychain's Secret Service answers reach the runner's thread through it).
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&runner.runner(), &JobRunner::jobFinished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    limit.start(timeoutMs);
    runner.wake();
    while (!times.finishedCount.tryAcquire(1, 0)) {
        if (!limit.isActive()) {
            std::fprintf(stderr, "bench_ai: job %s did not finish within %d s\n", qPrintable(job.id), timeoutMs / 1000);
            std::exit(1);
        }
        loop.exec();
    }
    {
        QMutexLocker lock(&times.mutex);
        if (!times.done.value(job.id)) {
            lock.unlock();
            const Job end = must(JobRepository(session.db(), session.session()).get(job.id), "job");
            std::fprintf(stderr, "bench_ai: job %s ended %s: %s\n", qPrintable(job.id),
                         qPrintable(JobRepository::stateKey(end.state)), qPrintable(end.lastError));
            std::exit(1);
        }
        run.id = job.id;
        run.enqueueMs = msBetween(t0, t1);
        run.toStartMs = msBetween(t1, times.started.value(job.id));
        run.handlerMs = msBetween(times.started.value(job.id), times.finished.value(job.id));
        run.totalMs = msBetween(t0, times.finished.value(job.id));
    }
    for (const auto& request : fake.requests()) {
        run.fakeMs += request.handledMs;
        ++run.requests;
    }
    return run;
}

// Stores `ogg` as a finished recording, in chunks of about a second of audio like the recorder's.
QString storeRecording(VaultSession& session, const QString& encounterId, const QByteArray& ogg) {
    RecordingRepository recordings(session.db(), session.session());
    NewRecording draft;
    draft.encounterId = encounterId;
    draft.sampleRate = 48'000;
    const Recording recording = must(recordings.begin(draft), "recording");
    const std::vector<OggPages::Page> pages = OggPages::scan(ogg);
    int seq = 0;
    qsizetype chunkStart = 0;
    std::int64_t chunkGranule = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        const OggPages::Page& page = pages[i];
        const bool last = i + 1 == pages.size();
        if (last || (page.granule > 0 && page.granule - chunkGranule >= 48'000)) {
            const qsizetype end = page.offset + page.size;
            must(recordings.appendChunk(recording.id, seq++, ogg.mid(chunkStart, end - chunkStart),
                                        std::max<std::int64_t>(0, page.granule) / 48), // the duration so far
                 "chunk");
            chunkStart = end;
            chunkGranule = std::max<std::int64_t>(page.granule, 0);
        }
    }
    must(recordings.finish(recording.id, RecordingState::Complete, OggPages::opusDurationMs(ogg)), "finish");
    return recording.id;
}

void printStageTable(const char* title, const std::vector<JobRun>& runs) {
    std::vector<double> overhead, total, fake, enqueue, toStart, handlerLessFake;
    for (const JobRun& r : runs) {
        overhead.push_back(r.overheadMs());
        total.push_back(r.totalMs);
        fake.push_back(r.fakeMs);
        enqueue.push_back(r.enqueueMs);
        toStart.push_back(r.toStartMs);
        handlerLessFake.push_back(r.handlerMs - r.fakeMs);
    }
    std::printf("\n%s (%zu jobs, one at a time)\n", title, runs.size());
    std::printf("  %-44s %9s %9s %9s %9s\n", "ms", "mean", "p95", "min", "max");
    const auto row = [](const char* name, const std::vector<double>& v) {
        const Stats s = statsOf(v);
        std::printf("  %-44s %9.2f %9.2f %9.2f %9.2f\n", name, s.mean, s.p95, s.min, s.max);
    };
    row("app overhead (enqueue -> done, minus fake)", overhead);
    row("  enqueue (transaction, UI connection)", enqueue);
    row("  enqueue returned -> runner takes the job", toStart);
    row("  handler + commit, minus fake", handlerLessFake);
    row("fake server's time (handledMs)", fake);
    row("enqueue -> done, wall", total);
}

double loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return file.readAll().split(' ').value(0).toDouble();
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("clinicdesk.*.info=false\nclinicdesk.*.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    const int jobs = std::max(1, argInt(args, QStringLiteral("--jobs"), 30));
    const int noteJobs = std::max(1, argInt(args, QStringLiteral("--note-jobs"), 30));
    const int minutes = std::max(1, argInt(args, QStringLiteral("--minutes"), 1));
    const int longMinutes = std::max(1, argInt(args, QStringLiteral("--long-minutes"), 180));
    const int parallel = std::clamp(argInt(args, QStringLiteral("--parallel"), 2), 1, 16);
    const int splitRuns = std::max(1, argInt(args, QStringLiteral("--split-runs"), 3));
    const bool runLong = !args.contains(QStringLiteral("--no-long"));

    if (qEnvironmentVariableIsEmpty("CLINICDESK_TEST_KEYCHAIN")) {
        std::fprintf(stderr, "bench_ai: needs the OS keychain; run it under scripts/test-env "
                             "(e.g. scripts/test-env build/ci/bench/bench_ai).\n");
        return 2;
    }
    std::printf("bench_ai: %d transcription jobs of a %d min recording, %d note jobs, %d min long recording with "
                "%d parts in parallel; load average %.2f\n",
                jobs, minutes, noteJobs, longMinutes, parallel, loadAverage());

    // The server: zero latency, the real API's checks.
    test::FakeOpenAiServer::Options fakeOptions;
    fakeOptions.apiKey = QString::fromLatin1(kApiKey);
    test::FakeOpenAiServer fake(fakeOptions);
    if (!fake.listen()) {
        std::fprintf(stderr, "bench_ai: the fake server cannot listen\n");
        return 1;
    }

    // The vault, a patient, an encounter with consent, a recording.
    test::TestVault vault;
    VaultSession& session = vault.session();
    const QString vaultId = session.vault().vaultId();
    const Patient patient =
        must(session.patients().add(test::patientDraft(QStringLiteral("Bench"), QStringLiteral("Patient"))), "patient")
            .patient;
    const Encounter encounter = must(session.encounters().open(patient.id, Consent::Verbal), "encounter");
    const auto shortRecording =
        must(test::LongRecording::create({std::int64_t(minutes) * 60'000, 24'000, true}), "short recording");
    must(session.db().exec("PRAGMA synchronous = OFF"), "synchronous off"); // the fill only, like bench_vault
    const QString recordingId = storeRecording(session, encounter.id, shortRecording.ogg());
    must(session.db().exec("PRAGMA synchronous = FULL"), "synchronous full");

    // Settings as an administrator makes them, the key where the app reads it.
    AiSettings settings = AiSettings::defaults();
    ProviderConfig transcription;
    transcription.kind = ProviderKind::OpenAi;
    transcription.baseUrl = fake.baseUrl();
    transcription.model = QStringLiteral("whisper-1");
    ProviderConfig notes = transcription;
    notes.model = QStringLiteral("gpt-4o-mini");
    settings.providers[AiTask::Transcription] = transcription;
    settings.providers[AiTask::Notes] = notes;
    settings.parallelParts = parallel;
    must(AiSettingsStore(session.db(), session.session()).save(settings), "settings");
    HttpClient http;
    AiPipeline pipeline(vaultId);
    JobTimes times;
    auto runnerThread = startRunner(session, vault.dir(), http, pipeline, times);
    test::RunnerThread& runner = *runnerThread;

    // The keys are written and read on the runner's thread only. QtKeychain runs its jobs through one
    // process-wide executor that lives on the thread of the first keychain job and is not thread-safe:
    // with jobs on two threads, a job on the runner's thread waits for the other thread's event loop
    // and can be touched there after it was deleted (a crash). See docs/PERFORMANCE.md.
    std::vector<double> keychainMs;
    runner.onThread([&](JobRunner&) {
        KeychainStore keychain;
        AiKeyStore keys(keychain, vaultId);
        const SecureBytes key = SecureBytes::fromBytes(std::span<const unsigned char>(
            reinterpret_cast<const unsigned char*>(kApiKey.constData()), kApiKey.size()));
        must(keys.write(QStringLiteral("transcription"), key), "keychain write");
        must(keys.write(QStringLiteral("notes"), key), "keychain write");
        // What one keychain read costs (every job reads its key): a D-Bus round trip to the Secret Service.
        for (int i = 0; i < 10; ++i) {
            const auto t0 = SteadyClock::now();
            (void)must(keys.read(QStringLiteral("transcription")), "keychain read");
            keychainMs.push_back(msBetween(t0, SteadyClock::now()));
        }
    });
    constexpr int kJobTimeoutMs = 120'000;

    // 1. Transcription jobs.
    auto transcribe = [&] { return AiPipeline::requestTranscription(session.db(), session.session(), recordingId); };
    const JobRun cold = runJob(transcribe, runner, times, fake, session, kJobTimeoutMs);
    std::vector<JobRun> transcriptionRuns;
    transcriptionRuns.reserve(static_cast<std::size_t>(jobs));
    for (int i = 0; i < jobs; ++i) {
        transcriptionRuns.push_back(runJob(transcribe, runner, times, fake, session, kJobTimeoutMs));
    }

    // 2. Note jobs from the recording's newest transcript.
    auto note = [&] {
        return AiPipeline::requestNote(session.db(), session.session(), encounter.id, QStringLiteral("soap"));
    };
    std::vector<JobRun> noteRuns;
    noteRuns.reserve(static_cast<std::size_t>(noteJobs));
    const JobRun coldNote = runJob(note, runner, times, fake, session, kJobTimeoutMs);
    for (int i = 0; i < noteJobs; ++i) {
        noteRuns.push_back(runJob(note, runner, times, fake, session, kJobTimeoutMs));
    }

    // 3. Bytes per audio minute, from the egress log.
    const auto egress = must(EgressRepository(session.db(), session.session()).list(100'000), "egress log");
    QHash<QString, std::int64_t> sentByJob;
    for (const EgressEntry& e : egress) {
        sentByJob[e.jobId] += e.bytesSent;
    }
    std::int64_t transcriptionBytes = 0;
    for (const JobRun& r : transcriptionRuns) {
        transcriptionBytes += sentByJob.value(r.id);
    }
    const double audioMinutes = double(OggPages::opusDurationMs(shortRecording.ogg())) / 60'000.0;
    const double sentPerMinute = double(transcriptionBytes) / double(transcriptionRuns.size()) / audioMinutes;
    const double oggPerMinute = double(shortRecording.ogg().size()) / audioMinutes;
    std::int64_t noteBytes = 0;
    for (const JobRun& r : noteRuns) {
        noteBytes += sentByJob.value(r.id);
    }

    std::printf("\nkeychain read (AiKeyStore::read, D-Bus to gnome-keyring): mean %.2f ms, max %.2f ms\n",
                statsOf(keychainMs).mean, statsOf(keychainMs).max);
    std::printf("first (cold) transcription job: %.2f ms overhead (%.2f ms wall, fake %.2f ms)\n", cold.overheadMs(),
                cold.totalMs, cold.fakeMs);
    std::printf("first (cold) note job: %.2f ms overhead (%.2f ms wall, fake %.2f ms)\n", coldNote.overheadMs(),
                coldNote.totalMs, coldNote.fakeMs);
    printStageTable(qPrintable(QStringLiteral("transcription job, %1 min recording, whisper-1").arg(minutes)),
                    transcriptionRuns);
    printStageTable("note job, SOAP, short transcript, gpt-4o-mini", noteRuns);
    std::printf("\nbytes uploaded per audio minute (egress log, request bodies): %.0f B (the Ogg Opus recording: "
                "%.0f B per minute; ratio %.3f)\n",
                sentPerMinute, oggPerMinute, sentPerMinute / oggPerMinute);
    std::printf("note request body: %.0f B per job (SOAP schema, instructions and a %d min transcript)\n",
                double(noteBytes) / double(noteRuns.size()), minutes);

    // 4. The long recording.
    std::optional<JobRun> longRun;
    double splitMean = 0;
    double splitSlowest = 0;
    std::size_t splitParts = 0;
    double readMs = 0;
    double longMinutesActual = 0;
    std::int64_t longBytes = 0;
    std::int64_t longSent = 0;
    if (runLong) {
        const auto made = SteadyClock::now();
        auto recording =
            must(test::LongRecording::create({std::int64_t(longMinutes) * 60'000, 24'000, true}), "long recording");
        longBytes = recording.ogg().size();
        longMinutesActual = double(OggPages::opusDurationMs(recording.ogg())) / 60'000.0;
        must(session.db().exec("PRAGMA synchronous = OFF"), "synchronous off");
        const QString longId = storeRecording(session, encounter.id, recording.ogg());
        must(session.db().exec("PRAGMA synchronous = FULL"), "synchronous full");
        std::printf("\n%d min recording made and stored in 1 s chunks in %.1f s: %.1f MB\n", longMinutes,
                    msBetween(made, SteadyClock::now()) / 1000.0, double(longBytes) / 1e6);

        const auto read0 = SteadyClock::now();
        const QByteArray stored = must(
            RecordingRepository(session.db(), session.session()).audio(longId, RecordingRepository::Purpose::Process),
            "read");
        readMs = msBetween(read0, SteadyClock::now());
        for (int i = 0; i < splitRuns; ++i) {
            const auto t0 = SteadyClock::now();
            auto parts = must(
                OggOpusSplitter::split(stored, std::int64_t(settings.maxPartMinutes) * 60'000, settings.maxPartBytes),
                "split");
            const double ms = msBetween(t0, SteadyClock::now());
            splitMean += ms / splitRuns;
            splitSlowest = std::max(splitSlowest, ms);
            splitParts = parts.size();
        }
        auto transcribeLong = [&] { return AiPipeline::requestTranscription(session.db(), session.session(), longId); };
        longRun = runJob(transcribeLong, runner, times, fake, session, 1'800'000);
        const auto after = must(EgressRepository(session.db(), session.session()).list(100'000), "egress log");
        for (const EgressEntry& e : after) {
            if (e.jobId == longRun->id) {
                longSent += e.bytesSent;
            }
        }
        std::printf("\n%.0f min recording, parallel %d (parts <= %d min, <= %lld MiB)\n", longMinutesActual, parallel,
                    settings.maxPartMinutes, static_cast<long long>(settings.maxPartBytes >> 20));
        std::printf("  read from the vault (RecordingRepository::audio):   %9.1f ms\n", readMs);
        std::printf("  split only (OggOpusSplitter::split), mean of %d:    %9.1f ms (slowest %.1f), %zu parts\n",
                    splitRuns, splitMean, splitSlowest, splitParts);
        std::printf("  split and send, enqueue -> done:                    %9.1f ms, %d requests\n", longRun->totalMs,
                    longRun->requests);
        std::printf("  fake server's time (sum of handledMs, one thread):  %9.1f ms\n", longRun->fakeMs);
        std::printf("  enqueue -> done minus the fake's time:              %9.1f ms\n", longRun->overheadMs());
        std::printf("  uploaded %.1f MB (recording %.1f MB, ratio %.3f)\n", double(longSent) / 1e6,
                    double(longBytes) / 1e6, double(longSent) / double(longBytes));
    }

    // Summary against the targets.
    const Stats t = statsOf([&] {
        std::vector<double> v;
        v.reserve(transcriptionRuns.size());
        for (const JobRun& r : transcriptionRuns) {
            v.push_back(r.overheadMs());
        }
        return v;
    }());
    const Stats n = statsOf([&] {
        std::vector<double> v;
        v.reserve(noteRuns.size());
        for (const JobRun& r : noteRuns) {
            v.push_back(r.overheadMs());
        }
        return v;
    }());
    std::printf("\n| measure | target | measured | |\n| --- | --- | --- | --- |\n");
    std::printf("| app overhead per transcription job (%d min audio), mean / p95 | <= 50 ms | %.1f / %.1f ms | %s |\n",
                minutes, t.mean, t.p95, t.p95 <= 50 ? "PASS" : "FAIL");
    std::printf("| app overhead per note job (SOAP), mean / p95 | <= 50 ms | %.1f / %.1f ms | %s |\n", n.mean, n.p95,
                n.p95 <= 50 ? "PASS" : "FAIL");
    std::printf("| bytes uploaded per audio minute | | %.0f B (Ogg Opus %.0f B/min, x%.3f) | |\n", sentPerMinute,
                oggPerMinute, sentPerMinute / oggPerMinute);
    if (longRun) {
        std::printf("| split and send a %.0f min recording (parallel %d) | | %.1f s, %zu parts (split alone %.2f s; "
                    "fake %.1f s) | |\n",
                    longMinutesActual, parallel, longRun->totalMs / 1000.0, splitParts, splitMean / 1000.0,
                    longRun->fakeMs / 1000.0);
    }

    runner.onThread([&](JobRunner&) {
        KeychainStore keychain;
        AiKeyStore keys(keychain, vaultId);
        (void)keys.remove(QStringLiteral("transcription"));
        (void)keys.remove(QStringLiteral("notes"));
    });
    return 0;
}
