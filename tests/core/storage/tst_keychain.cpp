// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// KeychainStore against the real OS keychain (Secret Service through
// QtKeychain), and "remember on this computer" end to end: the wrapping key
// lives in the keychain only, never in the vault folder.
//
// Needs the private keyring of scripts/test-env:
//   scripts/test-env build/tests/core/tst_keychain

#include "Checks.h"
#include "TestVault.h"
#include "keychain/KeychainStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace clinicdesk;
using clinicdesk::test::readAll;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::code;

bool sameBytes(const SecureBytes& a, const SecureBytes& b) {
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

QByteArray toQByteArray(const SecureBytes& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

// Every encoding in which a key could be written to a file.
QList<QByteArray> encodings(const SecureBytes& key) {
    const QByteArray raw = toQByteArray(key);
    return {raw,
            raw.toHex(),
            raw.toHex().toUpper(),
            raw.toBase64(),
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            raw.toBase64(QByteArray::OmitTrailingEquals)};
}

// The first file under `dir` that holds the key in any encoding; empty if none.
QString fileHoldingKey(const QString& dir, const SecureBytes& key) {
    const QList<QByteArray> needles = encodings(key);
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        for (const QByteArray& needle : needles) {
            if (bytes.contains(needle)) {
                return path;
            }
        }
    }
    return {};
}

} // namespace

class TstKeychain : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReadRemoveRoundTrip();
    void missingEntryIsNotFound();
    void servicesAreSeparate();
    void binarySecretsSurvive();
    void rememberedLoginEndToEnd();
    void cleanupTestCase();

private:
    QString m_service;
    QStringList m_written; // entries to remove at the end, whatever happens
};

void TstKeychain::initTestCase() {
    if (qEnvironmentVariableIsEmpty("CLINICDESK_TEST_KEYCHAIN")) {
        QSKIP("The real OS keychain is tested only inside the test environment: run through scripts/test-env "
              "(e.g. scripts/test-env build/tests/core/tst_keychain).");
    }
    // A unique service per run, so runs (and parallel tests) never collide.
    m_service = QStringLiteral("ClinicDesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TstKeychain::cleanupTestCase() {
    if (m_service.isEmpty()) {
        return;
    }
    KeychainStore store(m_service);
    for (const QString& key : std::as_const(m_written)) {
        (void)store.removeBlocking(key);
    }
}

void TstKeychain::writeReadRemoveRoundTrip() {
    KeychainStore store(m_service);
    QCOMPARE(store.service(), m_service);
    const QString key = QStringLiteral("round-trip");
    m_written << key;
    const SecureBytes first = SecureBytes::random(32);
    CHECK_OK(store.writeBlocking(key, first));
    auto read = store.readBlocking(key);
    CHECK_OK(read);
    QVERIFY(sameBytes(*read, first));

    // Writing again replaces the secret.
    const SecureBytes second = SecureBytes::random(32);
    CHECK_OK(store.writeBlocking(key, second));
    auto reread = store.readBlocking(key);
    CHECK_OK(reread);
    QVERIFY(sameBytes(*reread, second));

    // A second store object (as after a restart) reads the same entry.
    KeychainStore other(m_service);
    auto fromOther = other.readBlocking(key);
    CHECK_OK(fromOther);
    QVERIFY(sameBytes(*fromOther, second));

    CHECK_OK(store.removeBlocking(key));
    auto gone = store.readBlocking(key);
    QVERIFY(!gone);
    QCOMPARE(code(gone.error().code), code(ErrorCode::NotFound));
    // Removing what is not there is not an error.
    CHECK_OK(store.removeBlocking(key));
}

void TstKeychain::missingEntryIsNotFound() {
    KeychainStore store(m_service);
    auto read = store.readBlocking(QStringLiteral("never-written-") + QUuid::createUuid().toString());
    QVERIFY(!read);
    QCOMPARE(code(read.error().code), code(ErrorCode::NotFound));
    QVERIFY(!read.error().message.isEmpty());

    // The asynchronous call reports the same through its callback.
    bool called = false;
    Result<SecureBytes> result = SecureBytes();
    store.read(QStringLiteral("never-written-async"), [&](Result<SecureBytes> r) {
        called = true;
        result = std::move(r);
    });
    QTRY_VERIFY_WITH_TIMEOUT(called, 10000);
    QVERIFY(!result);
    QCOMPARE(code(result.error().code), code(ErrorCode::NotFound));
}

void TstKeychain::servicesAreSeparate() {
    const QString key = QStringLiteral("shared-name");
    KeychainStore mine(m_service);
    KeychainStore theirs(m_service + QStringLiteral("-other"));
    m_written << key;
    CHECK_OK(mine.writeBlocking(key, SecureBytes::random(32)));
    auto read = theirs.readBlocking(key);
    QVERIFY(!read);
    QCOMPARE(code(read.error().code), code(ErrorCode::NotFound));
    CHECK_OK(mine.removeBlocking(key));
}

void TstKeychain::binarySecretsSurvive() {
    KeychainStore store(m_service);
    const QString key = QStringLiteral("binary");
    m_written << key;
    const unsigned char bytes[] = {0x00, 0xff, 0x00, 0x0a, 0x0d, 0x22, 0x5c, 0x80, 0x00, 0x01};
    const SecureBytes secret = SecureBytes::fromBytes(bytes);
    CHECK_OK(store.writeBlocking(key, secret));
    auto read = store.readBlocking(key);
    CHECK_OK(read);
    QVERIFY(sameBytes(*read, secret));
    CHECK_OK(store.removeBlocking(key));
}

void TstKeychain::rememberedLoginEndToEnd() {
    TestVault tv;
    const QString vaultId = tv.session().vault().vaultId();
    const QString userId = tv.session().user().id;
    PatientDraft d;
    d.firstName = QStringLiteral("Ada");
    d.lastName = QStringLiteral("Lund");
    auto patient = tv.session().patients().add(d);
    CHECK_OK(patient);
    QVERIFY(!tv.session().vault().hasKeychainEnvelope(userId));

    auto remembered = tv.session().rememberOnThisComputer();
    CHECK_OK(remembered);
    QCOMPARE(remembered->size(), KeyEnvelope::kKeySize);
    QVERIFY(tv.session().vault().hasKeychainEnvelope(userId));
    const SecureBytes wrappingKey = SecureBytes::fromBytes(remembered->span());

    KeychainStore store(m_service);
    const QString entry = KeychainStore::entryKey(vaultId, userId);
    QVERIFY(entry.contains(vaultId));
    QVERIFY(entry.contains(userId));
    m_written << entry;
    CHECK_OK(store.writeBlocking(entry, wrappingKey));

    // It sits in the Secret Service itself (QtKeychain's libsecret schema), not in a file fallback.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (!secretTool.isEmpty()) {
        QProcess lookup;
        lookup.start(secretTool,
                     {QStringLiteral("lookup"), QStringLiteral("server"), m_service, QStringLiteral("user"), entry});
        QVERIFY(lookup.waitForFinished(10000));
        const QByteArray stored = lookup.readAllStandardOutput().trimmed();
        QVERIFY2(!stored.isEmpty(), "secret-tool found no entry for the remembered key");
        // KeychainStore stores base64 as QtKeychain binary data, which QtKeychain's libsecret backend
        // base64-encodes once more.
        const QByteArray once = QByteArray::fromBase64(stored);
        QVERIFY(once == toQByteArray(wrappingKey) || QByteArray::fromBase64(once) == toQByteArray(wrappingKey));
    }

    // The wrapping key is nowhere in the vault folder, open or closed.
    const QString openLeak = fileHoldingKey(tv.dir(), wrappingKey);
    QVERIFY2(openLeak.isEmpty(), qPrintable(QStringLiteral("wrapping key found in ") + openLeak));
    tv.logout();
    const QString closedLeak = fileHoldingKey(tv.dir(), wrappingKey);
    QVERIFY2(closedLeak.isEmpty(), qPrintable(QStringLiteral("wrapping key found in ") + closedLeak));
    QVERIFY(!readAll(QDir(tv.dir()).filePath(QLatin1String(Vault::kKeysFile))).isEmpty());
    // Nor in clear anywhere in the private home and XDG folders of the test environment (no plaintext
    // fallback file; the keyring itself is encrypted on disk).
    if (qEnvironmentVariable("CLINICDESK_TEST_ENV") == QLatin1String("1")) {
        for (const char* variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            const QString dir = qEnvironmentVariable(variable);
            if (dir.isEmpty()) {
                continue;
            }
            const QString leak = fileHoldingKey(dir, wrappingKey);
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("wrapping key found in ") + leak));
        }
    }

    // Next start: read the key from the keychain and log in without a password.
    auto fromKeychain = store.readBlocking(entry);
    CHECK_OK(fromKeychain);
    QVERIFY(sameBytes(*fromKeychain, wrappingKey));
    {
        auto session = VaultSession::loginWithKeychainKey(tv.dir(), QStringLiteral("admin"), *fromKeychain);
        CHECK_OK(session);
        QCOMPARE((*session)->user().id, userId);
        auto got = (*session)->patients().get(patient->patient.id);
        CHECK_OK(got);
        QCOMPARE(got->lastName, QStringLiteral("Lund"));
        // A password change re-seals the password envelope only; the remembered key keeps working.
        CHECK_OK((*session)->changePassword(QStringLiteral("admin"),
                                            TestVault::secret(QStringLiteral("changed password 1"))));
    }
    {
        auto session = VaultSession::loginWithKeychainKey(tv.dir(), QStringLiteral("admin"), wrappingKey);
        CHECK_OK(session);
    }

    // Another key, or a user this computer does not remember: refused.
    auto randomKey = VaultSession::loginWithKeychainKey(tv.dir(), QStringLiteral("admin"), SecureBytes::random(32));
    QVERIFY(!randomKey);
    QCOMPARE(code(randomKey.error().code), code(ErrorCode::WrongPassword));
    auto otherUser = VaultSession::loginWithKeychainKey(tv.dir(), QStringLiteral("rita"), wrappingKey);
    QVERIFY(!otherUser);
    QCOMPARE(code(otherUser.error().code), code(ErrorCode::WrongPassword));

    // Forget: the envelope goes from keys.json and the entry from the keychain.
    {
        auto session = VaultSession::loginWithKeychainKey(tv.dir(), QStringLiteral("admin"), wrappingKey);
        CHECK_OK(session);
        CHECK_OK((*session)->forgetOnThisComputer());
        QVERIFY(!(*session)->vault().hasKeychainEnvelope(userId));
    }
    CHECK_OK(store.removeBlocking(entry));
    auto afterForget = store.readBlocking(entry);
    QVERIFY(!afterForget);
    QCOMPARE(code(afterForget.error().code), code(ErrorCode::NotFound));

    // The old key (had someone copied it) no longer opens the vault.
    auto stale = VaultSession::loginWithKeychainKey(tv.dir(), QStringLiteral("admin"), wrappingKey);
    QVERIFY(!stale);
    QCOMPARE(code(stale.error().code), code(ErrorCode::WrongPassword));
    QVERIFY(!QString::fromUtf8(readAll(QDir(tv.dir()).filePath(QLatin1String(Vault::kKeysFile))))
                 .contains(QLatin1String("\"keychain\"")));
    // The password still works.
    CHECK_OK(tv.loginAs(QStringLiteral("admin"), QStringLiteral("changed password 1")));
}

QTEST_GUILESS_MAIN(TstKeychain)

#include "tst_keychain.moc"
