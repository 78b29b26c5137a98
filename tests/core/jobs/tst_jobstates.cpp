// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The job state predicates (jobs/JobStates.h) against the table in their header and against what
// JobRepository really does in each state on a real vault: pending() lists a job exactly when
// isPending(), cancel() changes it exactly when canCancel(), retry() exactly when canRetry(), and
// claim() takes it exactly when canClaim(). So the UI, which asks the predicates, shows a button
// exactly when the queue would accept the click.

#include "Checks.h"
#include "TestVault.h"
#include "jobs/JobRepository.h"
#include "jobs/JobStates.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::TestVault;

namespace {

struct Row {
    JobState state;
    bool active, waitingForUser, pending, finished, cancel, retry, claim;
};

// The table of JobStates.h, row by row.
const Row kTable[] = {
    {JobState::Queued, true, false, true, false, true, false, true},
    {JobState::Running, true, false, true, false, true, false, false},
    {JobState::WaitingRetry, true, false, true, false, true, true, true},
    {JobState::NeedsUser, false, true, true, false, true, true, false},
    {JobState::Failed, false, false, false, true, false, true, false},
    {JobState::Done, false, false, false, true, false, false, false},
    {JobState::Cancelled, false, false, false, true, false, true, false},
};

} // namespace

class TstJobStates : public QObject {
    Q_OBJECT

    std::unique_ptr<TestVault> m_vault;

    JobRepository jobs() { return JobRepository(m_vault->session().db(), m_vault->session().session()); }
    Database& db() { return m_vault->session().db(); }

    // A job put straight into `state` (as a runner or a user would have left it).
    QString jobIn(JobState state) {
        auto job = jobs().enqueue(NewJob{QStringLiteral("test-kind"), {}, QStringLiteral("subject"), {}});
        if (!job) {
            return {};
        }
        auto stmt = db().prepare("UPDATE jobs SET state = ?, runner = ? WHERE id = ?");
        if (!stmt) {
            return {};
        }
        stmt->bindAll(jobStateKey(state),
                      state == JobState::Running ? std::optional<QString>(QStringLiteral("other-runner"))
                                                 : std::optional<QString>(),
                      job->id);
        return stmt->run() ? job->id : QString();
    }

    JobState stateOf(const QString& id) { return jobs().get(id).value_or(Job{}).state; }

private slots:
    void initTestCase() { m_vault = std::make_unique<TestVault>(); }
    void init() { CHECK_OK(db().exec("DELETE FROM jobs")); }
    void cleanupTestCase() { m_vault.reset(); }

    void predicatesFollowTheTable() {
        QCOMPARE(std::size(kTable), kAllJobStates.size());
        for (const Row& row : kTable) {
            const QByteArray name = jobStateKey(row.state).toUtf8();
            QVERIFY2(isActive(row.state) == row.active, name);
            QVERIFY2(isWaitingForUser(row.state) == row.waitingForUser, name);
            QVERIFY2(isPending(row.state) == row.pending, name);
            QVERIFY2(isFinished(row.state) == row.finished, name);
            QVERIFY2(canCancel(row.state) == row.cancel, name);
            QVERIFY2(canRetry(row.state) == row.retry, name);
            QVERIFY2(canClaim(row.state) == row.claim, name);
            // Every state is exactly one of: active, waiting for a person, finished.
            QCOMPARE(int(row.active) + int(row.waitingForUser) + int(row.finished), 1);
        }
        static_assert(isActive(JobState::Running) && !isPending(JobState::Done), "usable in constant expressions");
    }

    void keysRoundTrip() {
        for (JobState state : kAllJobStates) {
            QCOMPARE(jobStateFromKey(jobStateKey(state)), state);
            QCOMPARE(JobRepository::stateKey(state), jobStateKey(state));
        }
        QCOMPARE(jobStateFromKey(QStringLiteral("no-such-state")), JobState::Queued);
        for (HoldReason reason :
             {HoldReason::None, HoldReason::Configuration, HoldReason::Auth, HoldReason::Budget, HoldReason::Quota}) {
            QCOMPARE(holdReasonFromKey(holdReasonKey(reason)), reason);
        }
        QCOMPARE(holdReasonKey(HoldReason::Configuration), QStringLiteral("configuration"));
        QCOMPARE(holdReasonKey(HoldReason::None), QString());
        QCOMPARE(sqlStateList(canClaim), std::string("'queued', 'waiting_retry'"));
        QCOMPARE(sqlStateList(isPending), std::string("'queued', 'running', 'waiting_retry', 'needs_user'"));
    }

    void pendingListsWhatIsPending() {
        QHash<QString, JobState> ids;
        for (JobState state : kAllJobStates) {
            const QString id = jobIn(state);
            QVERIFY(!id.isEmpty());
            ids.insert(id, state);
        }
        auto pending = jobs().pending();
        CHECK_OK(pending);
        QSet<QString> listed;
        for (const Job& job : *pending) {
            listed.insert(job.id);
        }
        for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
            QVERIFY2(listed.contains(it.key()) == isPending(it.value()), qPrintable(jobStateKey(it.value())));
        }
    }

    void cancelRetryAndClaimDoWhatThePredicatesSay() {
        for (JobState state : kAllJobStates) {
            const QByteArray name = jobStateKey(state).toUtf8();
            const QString cancelled = jobIn(state);
            const bool cancelOk = jobs().cancel(cancelled).has_value();
            // Cancelling a cancelled job succeeds as a no-op; it changes nothing.
            QVERIFY2(cancelOk == (canCancel(state) || state == JobState::Cancelled), name);
            QVERIFY2((stateOf(cancelled) == JobState::Cancelled) == (canCancel(state) || state == JobState::Cancelled),
                     name);

            const QString retried = jobIn(state);
            const bool retryOk = jobs().retry(retried).has_value();
            // Retrying a queued job succeeds as a no-op: it is already waiting to run.
            QVERIFY2(retryOk == (canRetry(state) || state == JobState::Queued), name);
            QVERIFY2((stateOf(retried) == JobState::Queued) == (canRetry(state) || state == JobState::Queued), name);

            const QString claimed = jobIn(state);
            auto taken = jobs().claim(claimed, QStringLiteral("this-runner"));
            QVERIFY2(taken.has_value() == canClaim(state), name);
        }
    }
};

QTEST_GUILESS_MAIN(TstJobStates)
#include "tst_jobstates.moc"
