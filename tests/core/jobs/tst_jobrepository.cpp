// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// JobRepository against a real vault: the job state machine with its exact state keys,
// the audit of enqueue/cancel/retry, claims by two connections at once, and the
// requeue of jobs left running by a runner that is gone.

#include "Checks.h"
#include "TestVault.h"
#include "jobs/JobRepository.h"
#include "jobs/JobStates.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QDir>
#include <QLockFile>
#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <limits>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::TestVault;

namespace {

const QString kKind = QStringLiteral("test-kind");

std::int64_t scalar(Database& db, const QString& sql) {
    auto value = db.scalar(sql.toStdString());
    return value ? *value : -1;
}

// The raw `state` text of a job, as stored.
QString storedState(Database& db, const QString& id) {
    auto stmt = db.prepare("SELECT state FROM jobs WHERE id = ?");
    if (!stmt) {
        return QStringLiteral("error");
    }
    stmt->bind(1, id);
    auto rows = stmt->collect([&] { return stmt->text(0); });
    return rows && !rows->empty() ? rows->front() : QStringLiteral("missing");
}

} // namespace

class TstJobRepository : public QObject {
    Q_OBJECT

    std::unique_ptr<TestVault> m_vault;

    JobRepository jobs() { return JobRepository(m_vault->session().db(), m_vault->session().session()); }
    Database& db() { return m_vault->session().db(); }

    QString enqueue(const QString& subject = QStringLiteral("rec-1")) {
        auto job = jobs().enqueue(NewJob{kKind, QJsonObject{{QStringLiteral("recording_id"), subject}}, subject,
                                         QStringLiteral("patient-1")});
        return job ? job->id : QString();
    }

    // The latest audit entries about `id`, as "action detail".
    QStringList auditOf(const QString& id) {
        QStringList out;
        auto entries = m_vault->session().auditEntries(100);
        if (!entries) {
            return {QStringLiteral("error")};
        }
        for (const AuditEntry& e : *entries) {
            if (e.entity == QLatin1String("job") && e.entityId == id) {
                out.prepend(e.action + QLatin1Char(' ') + e.detail);
            }
        }
        return out;
    }

private slots:
    // One vault (creating one costs a second of Argon2id); each test starts with an empty queue.
    void initTestCase() { m_vault = std::make_unique<TestVault>(); }
    void init() { CHECK_OK(db().exec("DELETE FROM jobs")); }
    void cleanupTestCase() { m_vault.reset(); }

    // needs_user with a reason: releaseHeld() queues exactly the jobs held for what was just saved.
    void releaseHeldQueuesWhatWasFixed() {
        auto held = [&](HoldReason reason) {
            QString id = enqueue(QStringLiteral("rec-") + holdReasonKey(reason));
            if (!jobs().claim(id, QStringLiteral("r1")) ||
                !jobs().markNeedsUser(id, QStringLiteral("r1"), QStringLiteral("Set it up."), reason)) {
                return QString();
            }
            return id;
        };
        const QString configuration = held(HoldReason::Configuration);
        const QString auth = held(HoldReason::Auth);
        const QString budget = held(HoldReason::Budget);
        const QString quota = held(HoldReason::Quota);
        const QString noReason = held(HoldReason::None);
        for (const QString& id : {configuration, auth, budget, quota, noReason}) {
            QVERIFY(!id.isEmpty());
            QCOMPARE(jobs().get(id)->state, JobState::NeedsUser);
        }
        QCOMPARE(jobs().get(auth)->holdReason, HoldReason::Auth);
        QCOMPARE(jobs().get(noReason)->holdReason, HoldReason::None);
        QCOMPARE(storedState(db(), quota), QStringLiteral("needs_user"));

        auto released = jobs().releaseHeld({HoldReason::Configuration, HoldReason::Auth});
        CHECK_OK(released);
        QCOMPARE(*released, 2);
        for (const QString& id : {configuration, auth}) {
            auto job = jobs().get(id);
            CHECK_OK(job);
            QCOMPARE(job->state, JobState::Queued);
            QCOMPARE(job->attempts, 0);
            QVERIFY(job->lastError.isEmpty());
            QCOMPARE(job->holdReason, HoldReason::None);
            QVERIFY(!job->nextAttemptAt);
        }
        QCOMPARE(auditOf(configuration).last(),
                 QStringLiteral("retry ") + kKind + QStringLiteral(" released: configuration"));
        for (const QString& id : {budget, quota, noReason}) {
            QCOMPARE(jobs().get(id)->state, JobState::NeedsUser);
        }
        // Nothing left held for those: nothing written.
        const std::int64_t audit = scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        auto again = jobs().releaseHeld({HoldReason::Configuration, HoldReason::Auth, HoldReason::None});
        CHECK_OK(again);
        QCOMPARE(*again, 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        CHECK_OK(jobs().releaseHeld({HoldReason::Budget}));
        QCOMPARE(jobs().get(budget)->state, JobState::Queued);
        QCOMPARE(jobs().get(quota)->state, JobState::NeedsUser);

        // A reason holds only while the job waits: a retry, a cancel or any other end clears it.
        CHECK_OK(jobs().retry(quota));
        QCOMPARE(jobs().get(quota)->holdReason, HoldReason::None);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM jobs WHERE hold_reason IS NOT NULL AND state <> "
                                             "'needs_user'")),
                 std::int64_t{0});
    }

    void stateKeysRoundTrip() {
        const QStringList keys = {QStringLiteral("queued"),        QStringLiteral("running"),
                                  QStringLiteral("waiting_retry"), QStringLiteral("needs_user"),
                                  QStringLiteral("failed"),        QStringLiteral("done"),
                                  QStringLiteral("cancelled")};
        for (const QString& key : keys) {
            QCOMPARE(JobRepository::stateKey(JobRepository::stateFromKey(key)), key);
        }
    }

    void enqueueIsAuditedAndLocal() {
        const std::int64_t changesBefore = scalar(db(), QStringLiteral("SELECT count(*) FROM changes"));
        auto job = jobs().enqueue(NewJob{kKind, QJsonObject{{QStringLiteral("recording_id"), QStringLiteral("r1")}},
                                         QStringLiteral("r1"), QStringLiteral("p1")});
        CHECK_OK(job);
        QCOMPARE(job->state, JobState::Queued);
        QCOMPARE(storedState(db(), job->id), QStringLiteral("queued"));

        auto read = jobs().get(job->id);
        CHECK_OK(read);
        QCOMPARE(read->kind, kKind);
        QCOMPARE(read->payload.value(QStringLiteral("recording_id")).toString(), QStringLiteral("r1"));
        QCOMPARE(read->subjectId, QStringLiteral("r1"));
        QCOMPARE(read->patientId, QStringLiteral("p1"));
        QCOMPARE(read->attempts, 0);
        QCOMPARE(read->createdBy, m_vault->session().user().id);
        QVERIFY(!read->runner);
        QVERIFY(!read->resultId);

        QCOMPARE(auditOf(job->id), QStringList{QStringLiteral("create ") + kKind});
        // The outbox is local to this computer: nothing for sync in the change feed.
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM changes")), changesBefore);

        auto missing = jobs().get(QStringLiteral("no-such-job"));
        QVERIFY(!missing);
        QCOMPARE(code(missing.error().code), code(ErrorCode::NotFound));
        auto noKind = jobs().enqueue(NewJob{});
        QVERIFY(!noKind);
        QCOMPARE(code(noKind.error().code), code(ErrorCode::InvalidInput));
    }

    void receptionistCannotQueueClinicalWork() {
        CHECK_OK(m_vault->addUser(QStringLiteral("desk"), Role::Receptionist));
        CHECK_OK(m_vault->loginAs(QStringLiteral("desk"), TestVault::passwordFor(QStringLiteral("desk"))));
        auto job = jobs().enqueue(NewJob{kKind, {}, {}, {}});
        QVERIFY(!job);
        QCOMPARE(code(job.error().code), code(ErrorCode::PermissionDenied));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM jobs")), std::int64_t{0});
        CHECK_OK(m_vault->loginAs(QString::fromLatin1(TestVault::kAdminName),
                                  QString::fromLatin1(TestVault::kAdminPassword)));
    }

    void receptionistSeesNoJobs() {
        // Which recording or encounter a job is about, and why it failed, is clinical: a receptionist's
        // listing is empty and opening one is refused and audited. The queue itself still runs their work.
        const QString id = enqueue(QStringLiteral("rec-desk"));
        QVERIFY(!id.isEmpty());
        CHECK_OK(m_vault->addUser(QStringLiteral("desk2"), Role::Receptionist));
        CHECK_OK(m_vault->loginAs(QStringLiteral("desk2"), TestVault::passwordFor(QStringLiteral("desk2"))));
        auto listed = jobs().list();
        CHECK_OK(listed);
        QVERIFY(listed->empty());
        auto bySubject = jobs().list(QStringLiteral("rec-desk"));
        CHECK_OK(bySubject);
        QVERIFY(bySubject->empty());
        const std::int64_t deniedBefore =
            scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity = 'job'"));
        auto opened = jobs().get(id);
        QVERIFY(!opened);
        QCOMPARE(code(opened.error().code), code(ErrorCode::PermissionDenied));
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity = 'job'")),
            deniedBefore + 1);
        auto claimed = jobs().claimNext(QStringLiteral("runner-desk"), std::numeric_limits<std::int64_t>::max());
        CHECK_OK(claimed);
        QVERIFY(claimed->has_value());
        QCOMPARE((*claimed)->id, id);
        CHECK_OK(m_vault->loginAs(QString::fromLatin1(TestVault::kAdminName),
                                  QString::fromLatin1(TestVault::kAdminPassword)));
        auto seen = jobs().list(QStringLiteral("rec-desk"));
        CHECK_OK(seen);
        QCOMPARE(seen->size(), std::size_t{1});
    }

    void stateMachine() {
        const QString id = enqueue();
        const std::int64_t now = Clock::nowMs();

        // queued -> running: attempts + 1, held by the runner.
        auto claimed = jobs().claimNext(QStringLiteral("runner-a"), now);
        CHECK_OK(claimed);
        QVERIFY(claimed->has_value());
        QCOMPARE((*claimed)->id, id);
        QCOMPARE((*claimed)->state, JobState::Running);
        QCOMPARE((*claimed)->attempts, 1);
        QCOMPARE((*claimed)->runner.value_or(QString()), QStringLiteral("runner-a"));
        QCOMPARE(storedState(db(), id), QStringLiteral("running"));
        auto nothing = jobs().claimNext(QStringLiteral("runner-b"), now);
        CHECK_OK(nothing);
        QVERIFY(!nothing->has_value());
        // Only the holder records its outcome.
        auto foreign = jobs().markFailed(id, QStringLiteral("runner-b"), QStringLiteral("x"));
        QVERIFY(!foreign);
        QCOMPARE(storedState(db(), id), QStringLiteral("running"));
        CHECK_OK(jobs().setProgress(id, 40));
        QCOMPARE(jobs().get(id)->progress, 40);

        // running -> waiting_retry: not due before its time, due after.
        const std::int64_t later = now + 60'000;
        CHECK_OK(jobs().markWaitingRetry(id, QStringLiteral("runner-a"), later, QStringLiteral("The server is busy.")));
        QCOMPARE(storedState(db(), id), QStringLiteral("waiting_retry"));
        auto waiting = jobs().get(id);
        CHECK_OK(waiting);
        QCOMPARE(waiting->lastError, QStringLiteral("The server is busy."));
        QCOMPARE(waiting->nextAttemptAt.value_or(0), later);
        QVERIFY(!waiting->runner);
        auto due = jobs().nextDueAt();
        CHECK_OK(due);
        QCOMPARE(due->value_or(0), later);
        auto early = jobs().claimNext(QStringLiteral("runner-a"), now + 1000);
        CHECK_OK(early);
        QVERIFY(!early->has_value());
        auto onTime = jobs().claimNext(QStringLiteral("runner-a"), later);
        CHECK_OK(onTime);
        QVERIFY(onTime->has_value());
        QCOMPARE((*onTime)->attempts, 2);

        // running -> needs_user -> (retry) queued with a fresh count.
        CHECK_OK(jobs().markNeedsUser(id, QStringLiteral("runner-a"), QStringLiteral("The API key was refused.")));
        QCOMPARE(storedState(db(), id), QStringLiteral("needs_user"));
        QCOMPARE(jobs().get(id)->lastError, QStringLiteral("The API key was refused."));
        auto notDue = jobs().claimNext(QStringLiteral("runner-a"), later + 1);
        CHECK_OK(notDue);
        QVERIFY(!notDue->has_value());
        CHECK_OK(jobs().retry(id));
        auto retried = jobs().get(id);
        CHECK_OK(retried);
        QCOMPARE(retried->state, JobState::Queued);
        QCOMPARE(retried->attempts, 0);
        QVERIFY(retried->lastError.isEmpty());
        QCOMPARE(jobs().nextDueAt()->value_or(-1), std::int64_t{0});

        // running -> failed -> (retry) queued.
        CHECK_OK(jobs().claim(id, QStringLiteral("runner-a")));
        CHECK_OK(jobs().markFailed(id, QStringLiteral("runner-a"), QStringLiteral("The audio could not be read.")));
        QCOMPARE(storedState(db(), id), QStringLiteral("failed"));
        auto cancelFailed = jobs().cancel(id);
        QVERIFY(!cancelFailed);
        CHECK_OK(jobs().retry(id));

        // running -> done, in the caller's transaction, with the result id.
        CHECK_OK(jobs().claim(id, QStringLiteral("runner-a")));
        {
            auto tx = Transaction::begin(db());
            CHECK_OK(tx);
            CHECK_OK(jobs().markDone(id, QStringLiteral("runner-a"), QStringLiteral("transcript-1")));
            CHECK_OK(tx->commit());
        }
        auto done = jobs().get(id);
        CHECK_OK(done);
        QCOMPARE(storedState(db(), id), QStringLiteral("done"));
        QCOMPARE(done->resultId.value_or(QString()), QStringLiteral("transcript-1"));
        QCOMPARE(done->progress, 100);
        QVERIFY(!jobs().nextDueAt()->has_value());

        // A finished job is neither cancelled, retried nor claimed.
        auto cancelDone = jobs().cancel(id);
        QVERIFY(!cancelDone);
        QCOMPARE(code(cancelDone.error().code), code(ErrorCode::InvalidInput));
        auto retryDone = jobs().retry(id);
        QVERIFY(!retryDone);
        auto claimDone = jobs().claim(id, QStringLiteral("runner-a"));
        QVERIFY(!claimDone);
        QVERIFY2(claimDone.error().message.contains(QLatin1String("finished")), qPrintable(claimDone.error().message));
        QCOMPARE(storedState(db(), id), QStringLiteral("done"));

        // The user's actions were audited; the runner's were not.
        QCOMPARE(auditOf(id), (QStringList{QStringLiteral("create ") + kKind, QStringLiteral("retry ") + kKind,
                                           QStringLiteral("retry ") + kKind}));
    }

    void claimTakesTheOldestDueFirst() {
        const QString first = enqueue(QStringLiteral("a"));
        const QString second = enqueue(QStringLiteral("b"));
        const QString third = enqueue(QStringLiteral("c"));
        QStringList order;
        for (int i = 0; i < 3; ++i) {
            auto claimed = jobs().claimNext(QStringLiteral("r"), Clock::nowMs());
            CHECK_OK(claimed);
            QVERIFY(claimed->has_value());
            order << (*claimed)->id;
        }
        QCOMPARE(order, (QStringList{first, second, third}));
        auto pending = jobs().pending();
        CHECK_OK(pending);
        QCOMPARE(pending->size(), size_t(3));
        auto forB = jobs().list(QStringLiteral("b"));
        CHECK_OK(forB);
        QCOMPARE(forB->size(), size_t(1));
        QCOMPARE(forB->front().id, second);
        auto all = jobs().list();
        CHECK_OK(all);
        QCOMPARE(all->front().id, third); // newest first
    }

    void cancelQueuedAndRunning() {
        const QString queued = enqueue();
        CHECK_OK(jobs().cancel(queued));
        QCOMPARE(storedState(db(), queued), QStringLiteral("cancelled"));
        CHECK_OK(jobs().cancel(queued)); // again: nothing more happens
        auto none = jobs().claimNext(QStringLiteral("r"), Clock::nowMs());
        CHECK_OK(none);
        QVERIFY(!none->has_value());
        auto refused = jobs().claim(queued, QStringLiteral("r"));
        QVERIFY(!refused);
        QCOMPARE(auditOf(queued), (QStringList{QStringLiteral("create ") + kKind, QStringLiteral("cancel ") + kKind}));

        // A running job cancelled meanwhile: its runner can record nothing any more.
        const QString running = enqueue();
        CHECK_OK(jobs().claim(running, QStringLiteral("r")));
        CHECK_OK(jobs().cancel(running));
        auto doneAfterCancel = jobs().markDone(running, QStringLiteral("r"), QStringLiteral("t"));
        QVERIFY(!doneAfterCancel);
        QCOMPARE(code(doneAfterCancel.error().code), code(ErrorCode::Cancelled));
        QVERIFY(!jobs().markWaitingRetry(running, QStringLiteral("r"), Clock::nowMs(), QStringLiteral("x")));
        QCOMPARE(storedState(db(), running), QStringLiteral("cancelled"));
        QVERIFY(!jobs().get(running)->resultId);

        // cancelled -> queued by retry.
        CHECK_OK(jobs().retry(running));
        QCOMPARE(storedState(db(), running), QStringLiteral("queued"));
    }

    void makeWaitingDueBringsRetriesForward() {
        const QString id = enqueue();
        CHECK_OK(jobs().claim(id, QStringLiteral("r")));
        CHECK_OK(jobs().markWaitingRetry(id, QStringLiteral("r"), Clock::nowMs() + 3'600'000,
                                         QStringLiteral("No network.")));
        auto notYet = jobs().claimNext(QStringLiteral("r"), Clock::nowMs());
        CHECK_OK(notYet);
        QVERIFY(!notYet->has_value());
        CHECK_OK(jobs().makeWaitingDue());
        auto now = jobs().claimNext(QStringLiteral("r"), Clock::nowMs());
        CHECK_OK(now);
        QVERIFY(now->has_value());
        QCOMPARE((*now)->id, id);
    }

    // Two connections (as two processes would have) claim at the same time: every job is
    // taken exactly once.
    void concurrentClaimsNeverShareAJob() {
        constexpr int kJobs = 60;
        QSet<QString> all;
        for (int i = 0; i < kJobs; ++i) {
            all.insert(enqueue(QString::number(i)));
        }
        QCOMPARE(all.size(), kJobs);

        struct Claimer {
            Database db;
            QStringList taken;
            QString error;
        };
        std::vector<Claimer> claimers(2);
        for (Claimer& c : claimers) {
            auto connection = m_vault->session().vault().openConnection();
            CHECK_OK(connection);
            c.db = std::move(*connection);
        }
        const Session session = m_vault->session().session();
        std::vector<std::unique_ptr<QThread>> threads;
        for (size_t i = 0; i < claimers.size(); ++i) {
            Claimer* c = &claimers[i];
            const QString runner = QStringLiteral("runner-%1").arg(i);
            threads.emplace_back(QThread::create([c, runner, &session] {
                JobRepository repo(c->db, session);
                while (true) {
                    auto claimed = repo.claimNext(runner, Clock::nowMs());
                    if (!claimed) {
                        c->error = claimed.error().detail;
                        return;
                    }
                    if (!claimed->has_value()) {
                        return;
                    }
                    c->taken << (*claimed)->id;
                }
            }));
        }
        for (auto& t : threads) {
            t->start();
        }
        for (auto& t : threads) {
            QVERIFY(t->wait(60'000));
        }
        QSet<QString> seen;
        int total = 0;
        for (const Claimer& c : claimers) {
            QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
            total += int(c.taken.size());
            for (const QString& id : c.taken) {
                QVERIFY2(!seen.contains(id), "a job was claimed twice");
                seen.insert(id);
            }
        }
        QCOMPARE(total, kJobs);
        QCOMPARE(seen, all);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM jobs WHERE state = 'running' AND attempts = 1")),
                 std::int64_t{kJobs});
        for (size_t i = 0; i < claimers.size(); ++i) {
            const std::int64_t held =
                scalar(db(), QStringLiteral("SELECT count(*) FROM jobs WHERE runner = 'runner-%1'").arg(i));
            QCOMPARE(held, std::int64_t(claimers[i].taken.size()));
        }
    }

    void requeuesOnlyOrphans() {
        const QString dir = m_vault->dir();
        const QString orphan = enqueue(QStringLiteral("o"));
        const QString live = enqueue(QStringLiteral("l"));
        CHECK_OK(jobs().claim(orphan, QStringLiteral("gone")));
        CHECK_OK(jobs().claim(live, QStringLiteral("alive")));
        // The live runner holds its lock; the gone one left no lock file at all.
        QLockFile liveLock(QDir(dir).filePath(QStringLiteral("runner-alive.lock")));
        QVERIFY(liveLock.tryLock(0));

        auto requeued = jobs().requeueOrphans(dir);
        CHECK_OK(requeued);
        QCOMPARE(*requeued, 1);
        auto o = jobs().get(orphan);
        CHECK_OK(o);
        QCOMPARE(o->state, JobState::Queued);
        QCOMPARE(o->attempts, 1); // kept: the interrupted attempt counts
        QVERIFY(!o->runner);
        auto l = jobs().get(live);
        CHECK_OK(l);
        QCOMPARE(l->state, JobState::Running);
        QCOMPARE(l->runner.value_or(QString()), QStringLiteral("alive"));

        // Once the live runner is gone (its lock released), its job is requeued too.
        liveLock.unlock();
        auto again = jobs().requeueOrphans(dir);
        CHECK_OK(again);
        QCOMPARE(*again, 1);
        QCOMPARE(jobs().get(live)->state, JobState::Queued);
        QVERIFY(!QFile::exists(QDir(dir).filePath(QStringLiteral("runner-alive.lock"))));
    }
};

QTEST_GUILESS_MAIN(TstJobRepository)

#include "tst_jobrepository.moc"
