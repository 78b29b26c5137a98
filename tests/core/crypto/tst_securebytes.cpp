// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// SecureBytes' wiping of secrets that passed through Qt's implicitly shared types: wipe() clears one
// owner's copy, wipeShared() the storage every sharer reads (a keychain job's payload).
#include "crypto/SecureBytes.h"

#include <QTest>

using namespace clinicdesk;

class TstSecureBytes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initCrypto()); }

    void wipeSharedZeroesTheStorageEverySharerReads() {
        QByteArray library = QByteArray("sk-secret-api-key").toBase64(); // a library's own copy
        QByteArray mine = library;                                       // shared, not copied
        QVERIFY(mine.constData() == library.constData());
        SecureBytes::wipeShared(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(library.size(), QByteArray("sk-secret-api-key").toBase64().size());
        QCOMPARE(library, QByteArray(library.size(), '\0'));
    }

    void wipeLeavesOtherSharersAlone() {
        QByteArray theirs = QByteArrayLiteral("still needed").left(12) + QByteArray("!");
        QByteArray mine = theirs;
        SecureBytes::wipe(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(theirs, QByteArray("still needed!"));
    }

    void wipeSharedOfALiteralIsOnlyCleared() {
        QByteArray literal = QByteArrayLiteral("read-only memory");
        SecureBytes::wipeShared(literal); // must not write into read-only memory
        QVERIFY(literal.isEmpty());
        QByteArray empty;
        SecureBytes::wipeShared(empty);
        QVERIFY(empty.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSecureBytes)

#include "tst_securebytes.moc"
