// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

// What tst_aipipeline and tst_aipipeline_faults share: one real vault with a patient, an encounter
// with consent and API keys in the real OS keychain (scripts/test-env), the fake OpenAI server as
// the provider, and the AiPipeline's handlers on a JobRunner that runs on its own thread with its
// own vault connection, as the application runs it.

#include "Checks.h"
#include "FakeOpenAiServer.h"
#include "LongRecording.h"
#include "RunnerThread.h"
#include "TestVault.h"
#include "ai/AiKeyStore.h"
#include "ai/AiPipeline.h"
#include "ai/AiSettings.h"
#include "audio/OggPages.h"
#include "jobs/JobRepository.h"
#include "jobs/JobRunner.h"
#include "keychain/KeychainStore.h"
#include "repo/EgressRepository.h"
#include "repo/NoteRepository.h"
#include "repo/TranscriptRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>

namespace clinicdesk::test {

inline const QString kApiKey = QStringLiteral("sk-test-key");
inline const QString kVocabulary = QStringLiteral("Tandvård: karies, rotfyllning, tand 36");
inline const QString kFirstName = QStringLiteral("Astrid");
inline const QString kLastName = QStringLiteral("Lindgren");
inline const QString kNationalId = QStringLiteral("19121212-1212");

// One vault for a whole test executable (creating one costs a second of Argon2id): every check is
// scoped to the job it is about (transcripts, notes, usage and egress rows carry the job's id).
class PipelineWorld {
public:
    // Sets everything up; false (with a QTest failure recorded) when something did not work.
    bool setUp() {
        vault = std::make_unique<TestVault>();
        http = std::make_unique<HttpClient>(HttpClient::Options{{}, QStringLiteral("direct"), "ClinicDesk-test"});
        vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        pipeline = std::make_unique<AiPipeline>(vaultId);
        auto patient = vault->session().patients().add(patientDraft(kFirstName, kLastName, kNationalId));
        if (!patient) {
            qWarning("patient: %s", why(patient).constData());
            return false;
        }
        patientId = patient->patient.id;
        auto encounter = vault->session().encounters().open(patientId, Consent::Verbal);
        if (!encounter) {
            qWarning("encounter: %s", why(encounter).constData());
            return false;
        }
        encounterId = encounter->id;
        KeychainStore keychain;
        AiKeyStore keys(keychain, vaultId);
        bool stored = true;
        for (const QString& slot : keySlots()) {
            if (auto s = keys.write(slot, SecureBytes::fromUtf8(kApiKey)); !s) {
                qWarning("key: %s", why(s).constData());
                stored = false;
            }
        }
        return stored && fake.listen();
    }

    void tearDown() {
        runner.reset();
        if (vault) {
            KeychainStore keychain;
            AiKeyStore keys(keychain, vaultId);
            for (const QString& slot : keySlots()) {
                (void)keys.remove(slot);
            }
        }
    }

    static QStringList keySlots() {
        return {QStringLiteral("transcription"), QStringLiteral("notes"), QStringLiteral("transcription-fallback"),
                QStringLiteral("notes-fallback")};
    }

    [[nodiscard]] Database& db() { return vault->session().db(); }
    [[nodiscard]] const Session& session() { return vault->session().session(); }
    [[nodiscard]] JobRepository jobs() { return JobRepository(db(), session()); }

    // The settings every test starts from: whisper-1 and gpt-4o-mini at the fake.
    [[nodiscard]] AiSettings baseSettings() const {
        AiSettings s = AiSettings::defaults();
        ProviderConfig transcription;
        transcription.kind = ProviderKind::OpenAi;
        transcription.baseUrl = fake.baseUrl();
        transcription.model = QStringLiteral("whisper-1");
        ProviderConfig notes = transcription;
        notes.model = QStringLiteral("gpt-4o-mini");
        s.providers[AiTask::Transcription] = transcription;
        s.providers[AiTask::Notes] = notes;
        s.transcriptionLanguage = QStringLiteral("sv");
        s.vocabulary = kVocabulary;
        s.noteLanguage = QStringLiteral("en");
        return s;
    }
    [[nodiscard]] Status save(const AiSettings& settings) { return AiSettingsStore(db(), session()).save(settings); }

    // A runner with small durable backoffs and a quick offline probe at the fake.
    // The API keys live in the real OS keychain: these tests run through scripts/test-env.
    [[nodiscard]] static bool keychainAvailable() { return !qEnvironmentVariableIsEmpty("CLINICDESK_TEST_KEYCHAIN"); }

    // setUp(), the base settings and a running runner: what every test case of a suite starts from.
    [[nodiscard]] bool start(int backoffBaseMs = 300) {
        if (!setUp() || !save(baseSettings())) {
            return false;
        }
        startRunner(backoffBaseMs);
        return true;
    }

    // The fake as it was before a test case: no faults, no requests, no scripted answers.
    void resetFake() {
        fake.clearFaults();
        fake.clearRequests();
        fake.setTranscriptText({});
        fake.setChatContent({});
    }

    // `idlePollMs`: how soon the runner sees a job queued or released through another connection.
    void startRunner(int backoffBaseMs = 300, int idlePollMs = 10'000) {
        runner.reset();
        JobRunner::Options options;
        options.backoffBaseMs = backoffBaseMs;
        options.idlePollMs = idlePollMs;
        options.backoffMaxMs = 2'000;
        options.probeIntervalMs = 100;
        runner = std::make_unique<RunnerThread>(vault->session(), vault->dir(), *http, options, [&](JobRunner& r) {
            pipeline->registerHandlers(r);
            r.setProbeUrl(QUrl(fake.baseUrl()));
        });
        runner->start();
    }

    // Stores `ogg` as a finished recording of the encounter, in chunks of whole pages as the recorder writes it.
    [[nodiscard]] Result<QString> storeRecording(const QByteArray& ogg, const QString& encounter = {}) {
        RecordingRepository recordings = vault->session().recordings();
        auto recording =
            recordings.begin(NewRecording{encounter.isEmpty() ? encounterId : encounter, RecordingSource::Microphone,
                                          QStringLiteral("Microphone"), 48000});
        if (!recording) {
            return std::unexpected(recording.error());
        }
        const auto pages = OggPages::scan(ogg);
        const auto preSkip = OggPages::opusPreSkip(ogg).value_or(0);
        constexpr qsizetype kChunkBytes = 1 << 20;
        qsizetype from = 0;
        int seq = 0;
        for (std::size_t i = 0; i < pages.size(); ++i) {
            const qsizetype end = pages[i].offset + pages[i].size;
            if (end - from >= kChunkBytes || i + 1 == pages.size()) {
                const std::int64_t ms = std::max<std::int64_t>(0, (pages[i].granule - preSkip) / 48);
                if (auto s = recordings.appendChunk(recording->id, seq++, ogg.mid(from, end - from), ms); !s) {
                    return std::unexpected(s.error());
                }
                from = end;
            }
        }
        if (auto s = recordings.finish(recording->id, RecordingState::Complete, OggPages::opusDurationMs(ogg)); !s) {
            return std::unexpected(s.error());
        }
        return recording->id;
    }

    // A short recording with speech bursts (and pauses every 10 s).
    [[nodiscard]] Result<QString> shortRecording(std::int64_t ms = 20'000) {
        auto recording = LongRecording::create(LongRecording::Options{ms, 24000, true});
        if (!recording) {
            return std::unexpected(recording.error());
        }
        return storeRecording(recording->ogg());
    }

    [[nodiscard]] JobState stateOf(const QString& jobId) {
        auto job = jobs().get(jobId);
        return job ? job->state : JobState::Queued;
    }
    [[nodiscard]] Job job(const QString& jobId) { return jobs().get(jobId).value_or(Job{}); }
    [[nodiscard]] std::int64_t count(std::string_view sql, const QString& jobId) {
        auto n = db().scalar(sql, jobId);
        return n ? *n : -1;
    }
    [[nodiscard]] std::int64_t transcriptsOf(const QString& jobId) {
        return count("SELECT count(*) FROM transcripts WHERE job_id = ?", jobId);
    }
    [[nodiscard]] std::int64_t notesOf(const QString& jobId) {
        return count("SELECT count(*) FROM notes WHERE job_id = ?", jobId);
    }
    [[nodiscard]] std::vector<EgressEntry> egressOf(const QString& jobId) {
        std::vector<EgressEntry> out;
        for (EgressEntry& e : EgressRepository(db(), session()).list(100'000).value_or(std::vector<EgressEntry>{})) {
            if (e.jobId == jobId) {
                out.push_back(std::move(e));
            }
        }
        std::reverse(out.begin(), out.end()); // oldest first
        return out;
    }

    struct UsageRow {
        QString task, provider, model;
        std::int64_t audioMs = 0, inputTokens = 0, outputTokens = 0, bytesSent = 0, costMicro = 0;
    };
    [[nodiscard]] std::vector<UsageRow> usageOf(const QString& jobId) {
        std::vector<UsageRow> rows;
        auto stmt = db().prepare("SELECT task, provider, model, audio_ms, input_tokens, output_tokens, bytes_sent, "
                                 "cost_micro FROM usage WHERE job_id = ? ORDER BY at");
        if (!stmt) {
            return rows;
        }
        stmt->bindAll(jobId);
        auto collected = stmt->collect([&] {
            return UsageRow{stmt->text(0),  stmt->text(1),  stmt->text(2),  stmt->int64(3),
                            stmt->int64(4), stmt->int64(5), stmt->int64(6), stmt->int64(7)};
        });
        return collected.value_or(rows);
    }

    // Queues a transcription of `recordingId` and returns the job id (empty on failure).
    [[nodiscard]] QString requestTranscription(const QString& recordingId) {
        auto job = AiPipeline::requestTranscription(db(), session(), recordingId);
        if (!job) {
            qWarning("requestTranscription: %s", why(job).constData());
            return {};
        }
        if (runner) {
            runner->wake();
        }
        return job->id;
    }
    [[nodiscard]] QString requestNote(const QString& templateKey, const QString& encounter = {}) {
        auto job = AiPipeline::requestNote(db(), session(), encounter.isEmpty() ? encounterId : encounter, templateKey);
        if (!job) {
            qWarning("requestNote: %s", why(job).constData());
            return {};
        }
        if (runner) {
            runner->wake();
        }
        return job->id;
    }

    [[nodiscard]] bool finished(const QString& jobId) const {
        return runner && (runner->finished.contains(qMakePair(jobId, true)) ||
                          runner->finished.contains(qMakePair(jobId, false)));
    }

    // An encounter of its own (for a note from one known transcript).
    [[nodiscard]] Result<QString> newEncounter(Consent consent = Consent::Verbal) {
        auto encounter = vault->session().encounters().open(patientId, consent);
        if (!encounter) {
            return std::unexpected(encounter.error());
        }
        return encounter->id;
    }

    // A transcript made by a `transcribe` job from a short recording in an encounter of its own, with the
    // fake speaking `text` (empty: its "Speech from S to E seconds." lines). Returns the encounter's id.
    [[nodiscard]] QString transcribedEncounter(const QString& text, std::int64_t ms = 40'000) {
        auto encounter = newEncounter();
        if (!encounter) {
            return {};
        }
        auto recording = LongRecording::create(LongRecording::Options{ms, 24000, true});
        if (!recording) {
            return {};
        }
        auto recordingId = storeRecording(recording->ogg(), *encounter);
        if (!recordingId) {
            return {};
        }
        fake.setTranscriptText(text);
        const QString jobId = requestTranscription(*recordingId);
        QElapsedTimer clock;
        clock.start();
        while (stateOf(jobId) != JobState::Done && clock.elapsed() < 20'000) {
            QTest::qWait(20);
        }
        fake.setTranscriptText({});
        return stateOf(jobId) == JobState::Done ? *encounter : QString();
    }
    [[nodiscard]] Transcript transcriptOf(const QString& encounter) {
        auto transcripts = TranscriptRepository(db(), session()).forEncounter(encounter);
        return transcripts && !transcripts->empty() ? transcripts->front() : Transcript{};
    }

    std::unique_ptr<TestVault> vault;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<AiPipeline> pipeline;
    std::unique_ptr<RunnerThread> runner;
    FakeOpenAiServer fake;
    QString vaultId;
    QString patientId;
    QString encounterId;
};

[[nodiscard]] inline QString stateName(JobState state) {
    return JobRepository::stateKey(state);
}

[[nodiscard]] inline std::vector<FakeOpenAiServer::ReceivedRequest> requestsTo(const FakeOpenAiServer& fake,
                                                                               const QString& endpoint) {
    std::vector<FakeOpenAiServer::ReceivedRequest> out;
    for (auto& r : fake.requests()) {
        if (r.path.endsWith(QLatin1Char('/') + endpoint)) {
            out.push_back(std::move(r));
        }
    }
    return out;
}

// Statuses of the egress rows, oldest first.
[[nodiscard]] inline QList<int> statusesOf(const std::vector<EgressEntry>& egress) {
    QList<int> statuses;
    for (const EgressEntry& e : egress) {
        statuses << e.httpStatus;
    }
    return statuses;
}

} // namespace clinicdesk::test

// Waits until the job is in `state` (the runner on its thread gets it there by itself).
#define WAIT_FOR_STATE(world, jobId, expected, timeoutMs)                                                              \
    QTRY_VERIFY2_WITH_TIMEOUT(                                                                                         \
        (world).stateOf(jobId) == (expected), /* NOLINT */                                                             \
        qPrintable(QStringLiteral("job is %1 (%2), expected %3")                                                       \
                       .arg(::clinicdesk::test::stateName((world).stateOf(jobId)), (world).job(jobId).lastError,       \
                            ::clinicdesk::test::stateName(expected))),                                                 \
        timeoutMs)
