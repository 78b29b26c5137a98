// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// SecretEnvironment: a secret handed over in an environment variable moves into guarded memory and
// leaves the process, from getenv() and from what the kernel shows in /proc/self/environ.
//
// tests/core/CMakeLists.txt starts this test with CLINICDESK_TEST_STARTUP_SECRET set, so that the
// variable is in the block the process was started with (a variable set with setenv() later is not).
#include "crypto/SecretEnvironment.h"

#include <QFile>
#include <QTest>

using namespace clinicdesk;

namespace {

QByteArray bytesOf(const SecureBytes& secret) {
    return {reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size())};
}

} // namespace

class TstSecretEnvironment : public QObject {
    Q_OBJECT

private slots:
    void takesTheValueAndUnsetsIt() {
        QVERIFY(qputenv("CLINICDESK_TEST_SECRET", "correct horse"));
        const SecureBytes secret = SecretEnvironment::take("CLINICDESK_TEST_SECRET");
        QCOMPARE(bytesOf(secret), QByteArray("correct horse"));
        QVERIFY(!qEnvironmentVariableIsSet("CLINICDESK_TEST_SECRET"));
        QVERIFY(SecretEnvironment::take("CLINICDESK_TEST_SECRET").isEmpty());
    }

    void unsetOrEmptyIsEmpty() {
        QVERIFY(SecretEnvironment::take("CLINICDESK_TEST_NEVER_SET").isEmpty());
        QVERIFY(qputenv("CLINICDESK_TEST_EMPTY", ""));
        QVERIFY(SecretEnvironment::take("CLINICDESK_TEST_EMPTY").isEmpty());
        QVERIFY(!qEnvironmentVariableIsSet("CLINICDESK_TEST_EMPTY"));
    }

    void goneFromProcEnviron() {
        const QByteArray value = qgetenv("CLINICDESK_TEST_STARTUP_SECRET");
        if (value.isEmpty()) {
            QSKIP("Run through ctest, which starts the test with CLINICDESK_TEST_STARTUP_SECRET set.");
        }
        QFile procFile(QStringLiteral("/proc/self/environ"));
        if (!procFile.open(QIODevice::ReadOnly)) {
            QSKIP("This system has no /proc/self/environ.");
        }
        QVERIFY(procFile.readAll().contains(value));
        procFile.close();

        const SecureBytes secret = SecretEnvironment::take("CLINICDESK_TEST_STARTUP_SECRET");
        QCOMPARE(bytesOf(secret), value);
        QVERIFY(procFile.open(QIODevice::ReadOnly));
        const QByteArray after = procFile.readAll();
        QVERIFY(!after.contains(value));
        QVERIFY(after.contains("QT_QPA_PLATFORM=")); // the rest of the environment is untouched
    }
};

QTEST_GUILESS_MAIN(TstSecretEnvironment)

#include "tst_secretenvironment.moc"
