// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Asking for AI work, against a real vault and no provider: one pending transcription per
// recording and one pending note per encounter and template, guaranteed by the unique index on
// pending jobs (two connections racing to ask end with one job; a duplicate row cannot be
// written; a retry that would make a second pending job is refused), and a note job that waits
// for the transcription of its own encounter only, never for another encounter of the patient.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "ai/AiPipeline.h"
#include "jobs/JobStates.h"
#include "repo/RecordingRepository.h"

#include <QTest>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::scalarOf;
using clinicdesk::test::TestVault;

namespace {

// What a handler sees of one attempt, without a runner: the job, the vault, no network.
class DirectContext final : public JobContext {
public:
    DirectContext(Job job, Database& db, const Session& session, HttpClient& http)
        : m_job(std::move(job))
        , m_db(db)
        , m_session(session)
        , m_http(http) {}
    [[nodiscard]] const Job& job() const override { return m_job; }
    [[nodiscard]] Database& db() override { return m_db; }
    [[nodiscard]] const Session& session() const override { return m_session; }
    [[nodiscard]] HttpClient& http() override { return m_http; }
    [[nodiscard]] const HttpCancel& cancel() const override { return m_cancel; }
    void progress(int) override {}
    [[nodiscard]] Result<QString> commit(const std::function<Result<QString>(Database&)>&) override {
        return fail(ErrorCode::Usage, QStringLiteral("no commit here"));
    }

private:
    Job m_job;
    Database& m_db;
    const Session& m_session;
    HttpClient& m_http;
    HttpCancel m_cancel;
};

} // namespace

class TstAiPipelineRequests : public QObject {
    Q_OBJECT

    std::unique_ptr<TestVault> m_vault;
    QString m_patient;

    Database& db() { return m_vault->session().db(); }
    const Session& session() { return m_vault->session().session(); }
    JobRepository jobs() { return JobRepository(db(), session()); }

    QString newEncounter() {
        auto encounter = m_vault->session().encounters().open(m_patient, Consent::Verbal);
        return encounter ? encounter->id : QString();
    }

    // A finished recording in `encounter` (its audio is never read here).
    QString finishedRecording(const QString& encounter) {
        RecordingRepository recordings = m_vault->session().recordings();
        auto recording = recordings.begin(NewRecording{encounter, RecordingSource::Microphone, {}, 48000});
        if (!recording || !recordings.appendChunk(recording->id, 0, QByteArray("OggS"), 1000) ||
            !recordings.finish(recording->id, RecordingState::Complete, 1000)) {
            return {};
        }
        return recording->id;
    }

    std::int64_t pendingTranscriptionsOf(const QString& recording) {
        return scalarOf(db(),
                        "SELECT count(*) FROM jobs WHERE kind = 'transcribe' AND subject_id = ? AND state IN "
                        "('queued', 'running', 'waiting_retry', 'needs_user')",
                        recording);
    }

private slots:
    void initTestCase() {
        m_vault = std::make_unique<TestVault>();
        auto patient =
            m_vault->session().patients().add(test::patientDraft(QStringLiteral("Olle"), QStringLiteral("Berg")));
        CHECK_OK(patient);
        m_patient = patient->patient.id;
    }
    void cleanupTestCase() { m_vault.reset(); }

    void aSecondRequestReturnsThePendingTranscription() {
        const QString recording = finishedRecording(newEncounter());
        QVERIFY(!recording.isEmpty());
        auto first = AiPipeline::requestTranscription(db(), session(), recording);
        CHECK_OK(first);
        QCOMPARE(first->dedupeKey, recording);
        const std::int64_t audit = scalarOf(db(), "SELECT count(*) FROM audit_log");
        auto second = AiPipeline::requestTranscription(db(), session(), recording);
        CHECK_OK(second);
        QCOMPARE(second->id, first->id);
        QCOMPARE(pendingTranscriptionsOf(recording), 1);
        QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log"), audit); // nothing was written

        // Pending includes waiting for the user; once it is finished, a new request queues a new job.
        CHECK_OK(db().exec(QString(QStringLiteral("UPDATE jobs SET state = 'needs_user' WHERE id = '") + first->id +
                                   QStringLiteral("'"))
                               .toStdString()));
        auto held = AiPipeline::requestTranscription(db(), session(), recording);
        CHECK_OK(held);
        QCOMPARE(held->id, first->id);
        CHECK_OK(jobs().cancel(first->id));
        auto third = AiPipeline::requestTranscription(db(), session(), recording);
        CHECK_OK(third);
        QVERIFY(third->id != first->id);
        QCOMPARE(pendingTranscriptionsOf(recording), 1);
    }

    // The index, not a read before the write: a second pending row for the input cannot exist at all.
    void theIndexRefusesADuplicateRow() {
        const QString recording = finishedRecording(newEncounter());
        auto first = AiPipeline::requestTranscription(db(), session(), recording);
        CHECK_OK(first);
        const std::string insert =
            "INSERT INTO jobs (id, kind, payload, state, created_at, updated_at, created_by, subject_id, dedupe_key) "
            "VALUES ('dup-" +
            first->id.toStdString() + "', 'transcribe', '{}', '%1', 1, 1, 'u', '" + recording.toStdString() + "', '" +
            recording.toStdString() + "')";
        for (JobState state : kAllJobStates) {
            const QString sql = QString::fromStdString(insert).arg(jobStateKey(state));
            const bool written = db().exec(sql.toStdString()).has_value();
            // Exactly the states isPending() names are in the index.
            QVERIFY2(written == !isPending(state), qPrintable(jobStateKey(state)));
            CHECK_OK(
                db().exec(QString(QStringLiteral("DELETE FROM jobs WHERE id = 'dup-") + first->id + QStringLiteral("'"))
                              .toStdString()));
        }
    }

    void twoConnectionsRacingEndWithOneJob() {
        const QString recording = finishedRecording(newEncounter());
        QVERIFY(!recording.isEmpty());
        constexpr int kThreads = 4;
        constexpr int kRequestsEach = 8;
        struct Worker {
            Database db;
            QStringList ids;
            QStringList errors;
        };
        std::vector<std::shared_ptr<Worker>> workers;
        for (int i = 0; i < kThreads; ++i) {
            auto connection = m_vault->session().vault().openConnection();
            CHECK_OK(connection);
            workers.push_back(std::make_shared<Worker>(Worker{std::move(*connection), {}, {}}));
        }
        const Session who = session();
        std::latch start(kThreads);
        std::vector<std::unique_ptr<QThread>> threads;
        for (const auto& w : workers) {
            threads.emplace_back(QThread::create([w, &start, &who, recording] {
                start.arrive_and_wait();
                for (int n = 0; n < kRequestsEach; ++n) {
                    auto job = AiPipeline::requestTranscription(w->db, who, recording);
                    if (job) {
                        w->ids << job->id;
                    } else {
                        w->errors << job.error().detail;
                    }
                }
            }));
            threads.back()->start();
        }
        for (auto& t : threads) {
            QVERIFY(t->wait(60'000));
        }
        QStringList all;
        for (const auto& w : workers) {
            QVERIFY2(w->errors.isEmpty(), qPrintable(w->errors.join(QLatin1Char('\n'))));
            all << w->ids;
        }
        QCOMPARE(all.size(), kThreads * kRequestsEach);
        all.removeDuplicates();
        QCOMPARE(all.size(), 1);
        QCOMPARE(pendingTranscriptionsOf(recording), 1);
        QCOMPARE(scalarOf(db(), "SELECT count(*) FROM jobs WHERE subject_id = ?", recording), 1);
    }

    void oneNoteJobPerEncounterAndTemplate() {
        const QString encounter = newEncounter();
        const QString other = newEncounter();
        auto soap = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("soap"));
        CHECK_OK(soap);
        QCOMPARE(soap->dedupeKey, encounter + QStringLiteral("/soap"));
        auto again = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("soap"));
        CHECK_OK(again);
        QCOMPARE(again->id, soap->id);
        auto dap = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("dap"));
        CHECK_OK(dap);
        QVERIFY(dap->id != soap->id);
        auto elsewhere = AiPipeline::requestNote(db(), session(), other, QStringLiteral("soap"));
        CHECK_OK(elsewhere);
        QVERIFY(elsewhere->id != soap->id);
        auto unknown = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("nothing"));
        QVERIFY(!unknown);
        QCOMPARE(code(unknown.error().code), code(ErrorCode::NotFound));
    }

    // Retrying an old job while another for the same input is pending would make two: refused, with why.
    void retryIsRefusedWhileAnotherIsPending() {
        const QString encounter = newEncounter();
        auto old = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("birp"));
        CHECK_OK(old);
        CHECK_OK(jobs().cancel(old->id));
        auto current = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("birp"));
        CHECK_OK(current);
        QVERIFY(current->id != old->id);
        auto refused = jobs().retry(old->id);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::AlreadyExists));
        QCOMPARE(jobs().get(old->id).value_or(Job{}).state, JobState::Cancelled);
        CHECK_OK(jobs().cancel(current->id));
        CHECK_OK(jobs().retry(old->id));
        QCOMPARE(jobs().get(old->id).value_or(Job{}).state, JobState::Queued);
        CHECK_OK(jobs().cancel(old->id));
    }

    // A note job without a transcript waits only while a transcription of its own encounter is pending.
    void aNoteWaitsForItsOwnEncountersTranscriptionOnly() {
        const QString recorded = newEncounter();
        const QString recording = finishedRecording(recorded);
        auto transcription = AiPipeline::requestTranscription(db(), session(), recording);
        CHECK_OK(transcription);
        const QString notRecorded = newEncounter(); // the same patient, nothing recorded here

        HttpClient http(HttpClient::Options{{}, QStringLiteral("direct"), "ClinicDesk-test"});
        const AiPipeline pipeline(QStringLiteral("vault-without-keys"));
        auto attempt = [&](const QString& encounter) {
            auto job = AiPipeline::requestNote(db(), session(), encounter, QStringLiteral("free"));
            if (!job) {
                return std::expected<QString, JobFailure>(
                    std::unexpected(JobFailure{JobFailure::Kind::Fatal, job.error(), std::nullopt, false}));
            }
            DirectContext context(*job, db(), session(), http);
            return pipeline.runNote(context);
        };

        auto waits = attempt(recorded);
        QVERIFY(!waits);
        QCOMPARE(waits.error().kind, JobFailure::Kind::Retry);
        QCOMPARE(waits.error().error.detail, QStringLiteral("transcription pending"));

        // The other encounter's pending transcription does not hold this one: there is nothing to wait for.
        auto fails = attempt(notRecorded);
        QVERIFY(!fails);
        QCOMPARE(fails.error().kind, JobFailure::Kind::Fatal);
        QCOMPARE(fails.error().error.detail, QStringLiteral("no transcript"));

        // Once the encounter's own transcription is finished (here: cancelled), its note stops waiting too.
        CHECK_OK(jobs().cancel(transcription->id));
        auto nothingLeft = attempt(recorded);
        QVERIFY(!nothingLeft);
        QCOMPARE(nothingLeft.error().kind, JobFailure::Kind::Fatal);
    }
};

QTEST_GUILESS_MAIN(TstAiPipelineRequests)
#include "tst_aipipeline_requests.moc"
