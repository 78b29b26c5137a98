// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Worker and VaultWorker: the one way work leaves the UI thread. Results come back on the context's
// thread, in order; a context destroyed first gets nothing; "latest only" skips and drops superseded
// requests; stop() drops what is still queued; adopted objects are deleted on the worker's thread;
// a VaultWorker's work runs on its own connection, never on the caller's thread.
#include "TestVault.h"
#include "async/LatestOnly.h"
#include "async/VaultWorker.h"
#include "async/Worker.h"
#include "repo/PatientRepository.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>
#include <vector>

using namespace clinicdesk;

namespace {

// Holds the worker's thread until released, so that what is posted meanwhile waits in its queue.
class Gate {
public:
    void block(Worker& worker) {
        worker.post([this] {
            m_entered.release();
            m_open.acquire();
        });
        m_entered.acquire();
    }
    void release() { m_open.release(); }

private:
    QSemaphore m_entered;
    QSemaphore m_open;
};

// Deleted on some thread; remembers which.
class Probe : public QObject {
public:
    explicit Probe(std::atomic<QThread*>& deletedOn)
        : m_deletedOn(deletedOn) {}
    ~Probe() override { m_deletedOn.store(QThread::currentThread()); }

private:
    std::atomic<QThread*>& m_deletedOn;
};

} // namespace

class TstWorker : public QObject {
    Q_OBJECT

private slots:
    void resultsArriveOnTheContextThreadInOrder();
    void aGoneContextGetsNothing();
    void latestOnlySkipsAndDropsSupersededRequests();
    void stopDropsQueuedWorkAndFinishRunsIt();
    void adoptedObjectsDieOnTheWorkerThread();
    void vaultWorkUsesItsOwnConnectionOffTheCallerThread();
};

void TstWorker::resultsArriveOnTheContextThreadInOrder() {
    Worker worker(QStringLiteral("test"));
    QObject context;
    std::vector<int> results;
    std::vector<QThread*> workThreads;
    std::vector<QThread*> doneThreads;
    for (int i = 0; i < 20; ++i) {
        worker.post(
            &context,
            [i, &workThreads] {
                workThreads.push_back(QThread::currentThread());
                return i * i;
            },
            [&](int value) {
                results.push_back(value);
                doneThreads.push_back(QThread::currentThread());
            });
    }
    QTRY_COMPARE(results.size(), std::size_t(20));
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(results[std::size_t(i)], i * i);
        QCOMPARE(workThreads[std::size_t(i)], worker.thread());
        QCOMPARE(doneThreads[std::size_t(i)], QThread::currentThread());
    }
    QCOMPARE(worker.thread()->objectName(), QStringLiteral("test"));
}

void TstWorker::aGoneContextGetsNothing() {
    Worker worker(QStringLiteral("test"));
    Gate gate;
    gate.block(worker);
    std::atomic<int> ran{0};
    int answered = 0;
    auto context = std::make_unique<QObject>();
    worker.post(
        context.get(), [&] { return ++ran; }, [&](int) { ++answered; });
    // The work still runs (a save must not be lost because its dialog closed); its answer is dropped.
    context.reset();
    QObject witness;
    bool witnessAnswered = false;
    worker.post(
        &witness, [] { return 1; }, [&](int) { witnessAnswered = true; });
    gate.release();
    QTRY_VERIFY(witnessAnswered);
    QCOMPARE(ran.load(), 1);
    QCOMPARE(answered, 0);

    // Destroyed after the answer was posted but before it was delivered: dropped too.
    auto late = std::make_unique<QObject>();
    worker.post(
        late.get(), [] {}, [&] { ++answered; });
    QSemaphore replied; // the task after it runs once the answer above has been posted
    worker.post([&] { replied.release(); });
    replied.acquire(); // no event loop runs meanwhile, so the answer waits in the queue
    late.reset();
    bool after = false;
    worker.post(
        &witness, [] { return 2; }, [&](int) { after = true; });
    QTRY_VERIFY(after);
    QCOMPARE(answered, 0);
}

void TstWorker::latestOnlySkipsAndDropsSupersededRequests() {
    test::TestVault vault;
    auto connection = vault.session().vault().openConnection();
    QVERIFY(connection.has_value());
    VaultWorker worker(QStringLiteral("queries"), std::move(*connection), vault.session().session());
    QObject context;
    LatestOnly search;
    std::atomic<int> queriesRun{0};
    std::vector<QString> shown;

    // Three requests while the worker is busy: only the last one runs and is answered.
    QSemaphore open;
    worker.post([&](VaultScope&) { open.acquire(); });
    for (const QString& text : {QStringLiteral("a"), QStringLiteral("an"), QStringLiteral("ann")}) {
        worker.postLatest(
            &context, search,
            [&, text](VaultScope&) {
                ++queriesRun;
                return text;
            },
            [&](QString answer) { shown.push_back(answer); });
    }
    open.release();
    QTRY_COMPARE(shown.size(), std::size_t(1));
    QCOMPARE(shown.front(), QStringLiteral("ann"));
    QCOMPARE(queriesRun.load(), 1);

    // Superseded while it runs: the work finishes, its answer is dropped.
    QSemaphore started;
    QSemaphore finish;
    worker.postLatest(
        &context, search,
        [&](VaultScope&) {
            started.release();
            finish.acquire();
            return QStringLiteral("old");
        },
        [&](QString answer) { shown.push_back(answer); });
    started.acquire();
    worker.postLatest(
        &context, search, [](VaultScope&) { return QStringLiteral("new"); },
        [&](QString answer) { shown.push_back(answer); });
    finish.release();
    QTRY_COMPARE(shown.size(), std::size_t(2));
    QCOMPARE(shown.back(), QStringLiteral("new"));

    // invalidate(): nothing in flight is answered.
    worker.post([&](VaultScope&) { open.acquire(); });
    worker.postLatest(
        &context, search, [](VaultScope&) { return QStringLiteral("cancelled"); },
        [&](QString answer) { shown.push_back(answer); });
    search.invalidate();
    bool drained = false;
    worker.post(
        &context, [](VaultScope&) { return true; }, [&](bool) { drained = true; });
    open.release();
    QTRY_VERIFY(drained);
    QCOMPARE(shown.size(), std::size_t(2));
}

void TstWorker::stopDropsQueuedWorkAndFinishRunsIt() {
    std::atomic<int> ran{0};
    QObject context;
    {
        Worker worker(QStringLiteral("stopped"));
        Gate gate;
        gate.block(worker);
        for (int i = 0; i < 5; ++i) {
            worker.post(
                &context, [&] { return ++ran; }, [](int) {});
        }
        // stop() waits for the task running now: another thread lets it end once stop() has begun.
        Worker releaser(QStringLiteral("releaser"));
        releaser.post([&] {
            while (!worker.stopRequested()) {
                QThread::yieldCurrentThread();
            }
            gate.release();
        });
        worker.stop();
        QVERIFY(!worker.isRunning());
        worker.stop(); // idempotent
    }
    QCOMPARE(ran.load(), 0);
    // The answers' ports went with the dropped tasks: no child of the context is left behind.
    QTRY_COMPARE(context.children().size(), qsizetype(0));

    Worker worker(QStringLiteral("finished"));
    Gate gate;
    gate.block(worker);
    for (int i = 0; i < 5; ++i) {
        worker.post([&] { ++ran; });
    }
    gate.release();
    worker.finish();
    QCOMPARE(ran.load(), 5);
    QVERIFY(!worker.isRunning());
}

void TstWorker::adoptedObjectsDieOnTheWorkerThread() {
    std::atomic<QThread*> deletedOn{nullptr};
    QThread* workerThread = nullptr;
    {
        Worker worker(QStringLiteral("host"));
        workerThread = worker.thread();
        auto* probe = new Probe(deletedOn);
        worker.adopt(probe);
        QCOMPARE(probe->thread(), workerThread);
    }
    QCOMPARE(deletedOn.load(), workerThread);
}

void TstWorker::vaultWorkUsesItsOwnConnectionOffTheCallerThread() {
    test::TestVault vault;
    auto connection = vault.session().vault().openConnection();
    QVERIFY(connection.has_value());
    const Database* sessionDb = &vault.session().db();
    VaultWorker worker(QStringLiteral("patients"), std::move(*connection), vault.session().session());
    QObject context;
    QThread* ranOn = nullptr;
    const Database* usedDb = nullptr;
    std::optional<Result<PatientSaved>> saved;
    worker.post(
        &context,
        [&](VaultScope& scope) {
            ranOn = QThread::currentThread();
            usedDb = &scope.db;
            return PatientRepository(scope.db, scope.session)
                .add(test::patientDraft(QStringLiteral("Ewa"), QStringLiteral("Nowak")));
        },
        [&](Result<PatientSaved> result) { saved = std::move(result); });
    QTRY_VERIFY(saved.has_value());
    QVERIFY2(saved->has_value(), qPrintable(saved->error().detail));
    QVERIFY(ranOn != QThread::currentThread());
    QVERIFY(usedDb != sessionDb);
    // Written through the worker's connection, visible to everyone.
    auto found = vault.session().patients().get((*saved)->patient.id);
    QVERIFY(found.has_value());
    QCOMPARE(found->lastName, QStringLiteral("Nowak"));
    worker.stop();
}

QTEST_GUILESS_MAIN(TstWorker)
#include "tst_worker.moc"
