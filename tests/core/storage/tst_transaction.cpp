// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Transactions: a write rolls back unless committed, and a repository's transaction
// begun inside a caller's transaction joins it (a savepoint), so a job's result and
// its "done" state commit or vanish together.

#include "TestVault.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::TestVault;

class TstTransaction : public QObject {
    Q_OBJECT

private slots:
    void uncommittedRollsBack();
    void nestedCommitFollowsOuterRollback();
    void nestedRollbackKeepsOuterWork();

private:
    static std::int64_t rows(Database& db) {
        auto n = db.scalar("SELECT count(*) FROM local_state WHERE key LIKE 'tx-test-%'");
        return n ? *n : -1;
    }
    static void put(Database& db, const char* key) {
        auto stmt = db.prepare("INSERT INTO local_state (key, value) VALUES (?, 'x')");
        QVERIFY(stmt);
        stmt->bind(1, QString::fromLatin1(key));
        QVERIFY(stmt->run());
    }
};

void TstTransaction::uncommittedRollsBack() {
    TestVault vault;
    Database& db = vault.session().db();
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx);
        put(db, "tx-test-a");
    }
    QCOMPARE(rows(db), 0);
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx);
        put(db, "tx-test-b");
        QVERIFY(tx->commit());
    }
    QCOMPARE(rows(db), 1);
}

void TstTransaction::nestedCommitFollowsOuterRollback() {
    TestVault vault;
    Database& db = vault.session().db();
    {
        auto outer = Transaction::begin(db);
        QVERIFY(outer);
        {
            auto inner = Transaction::begin(db);
            QVERIFY(inner);
            put(db, "tx-test-inner");
            QVERIFY(inner->commit());
        }
        QCOMPARE(rows(db), 1);
        // The outer transaction ends without commit: the inner "commit" goes too.
    }
    QCOMPARE(rows(db), 0);
}

void TstTransaction::nestedRollbackKeepsOuterWork() {
    TestVault vault;
    Database& db = vault.session().db();
    auto outer = Transaction::begin(db);
    QVERIFY(outer);
    put(db, "tx-test-outer");
    {
        auto inner = Transaction::begin(db);
        QVERIFY(inner);
        put(db, "tx-test-inner");
    }
    QVERIFY(outer->commit());
    QCOMPARE(rows(db), 1);
    auto kept = db.scalar("SELECT count(*) FROM local_state WHERE key = 'tx-test-outer'");
    QVERIFY(kept && *kept == 1);
}

QTEST_GUILESS_MAIN(TstTransaction)
#include "tst_transaction.moc"
