// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// AiKeyStore against the real OS keychain (Secret Service through QtKeychain): API keys per
// vault and slot, a missing key as NeedsUser with where to enter it, pasted keys trimmed.
//
// Needs the private keyring of scripts/test-env:
//   scripts/test-env build/tests/core/tst_aikeystore

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "ai/AiKeyStore.h"

#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::TestVault;

namespace {

QByteArray bytesOf(const SecureBytes& s) {
    return {reinterpret_cast<const char*>(s.data()), static_cast<qsizetype>(s.size())};
}

ProviderConfig provider(ProviderKind kind, const QString& keySlot = {}) {
    ProviderConfig p;
    p.kind = kind;
    p.baseUrl = QStringLiteral("http://10.0.0.5:8080/v1");
    p.model = QStringLiteral("whisper-1");
    p.keySlot = keySlot;
    return p;
}

} // namespace

class TstAiKeyStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void slotsAndEntryNames();
    void writeReadRemove();
    void missingKeyNeedsUser();
    void keysArePerVault();
    void pastedKeysAreTrimmedAndChecked();
    void providerSlots();
    void onlyAdminsReplaceOrRemoveKeys();
    void cleanupTestCase();

private:
    QString m_service;
    QString m_vault;
};

void TstAiKeyStore::initTestCase() {
    if (qEnvironmentVariableIsEmpty("CLINICDESK_TEST_KEYCHAIN")) {
        QSKIP("The real OS keychain is tested only inside the test environment: run through scripts/test-env "
              "(e.g. scripts/test-env build/tests/core/tst_aikeystore).");
    }
    m_service = QStringLiteral("ClinicDesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_vault = QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TstAiKeyStore::cleanupTestCase() {
    if (m_service.isEmpty()) {
        return;
    }
    KeychainStore keychain(m_service);
    AiKeyStore store(keychain, m_vault);
    for (const QString& slot : {QStringLiteral("transcription"), QStringLiteral("notes"), QStringLiteral("azure-main"),
                                QStringLiteral("transcription-fallback")}) {
        (void)store.remove(slot);
    }
}

void TstAiKeyStore::slotsAndEntryNames() {
    QCOMPARE(AiKeyStore::entryName(QStringLiteral("v1"), QStringLiteral("notes")), QStringLiteral("ai-key:v1:notes"));
    QCOMPARE(AiKeyStore::slotFor(provider(ProviderKind::OpenAi), AiTask::Transcription),
             QStringLiteral("transcription"));
    QCOMPARE(AiKeyStore::slotFor(provider(ProviderKind::OpenAi), AiTask::Notes, true),
             QStringLiteral("notes-fallback"));
    QCOMPARE(AiKeyStore::slotFor(provider(ProviderKind::Azure, QStringLiteral("azure-main")), AiTask::Notes),
             QStringLiteral("azure-main"));
}

void TstAiKeyStore::writeReadRemove() {
    KeychainStore keychain(m_service);
    AiKeyStore store(keychain, m_vault);
    const SecureBytes key = SecureBytes::fromUtf8(QStringLiteral("sk-proj-abc123XYZ"));
    CHECK_OK(store.write(QStringLiteral("notes"), key));
    auto read = store.read(QStringLiteral("notes"));
    CHECK_OK(read);
    QCOMPARE(bytesOf(*read), QByteArray("sk-proj-abc123XYZ"));

    // It is the keychain entry "ai-key:<vault>:<slot>".
    auto raw = keychain.readBlocking(AiKeyStore::entryName(m_vault, QStringLiteral("notes")));
    CHECK_OK(raw);
    QCOMPARE(bytesOf(*raw), QByteArray("sk-proj-abc123XYZ"));

    // A new key replaces the old one.
    CHECK_OK(store.write(QStringLiteral("notes"), SecureBytes::fromUtf8(QStringLiteral("sk-new"))));
    auto replaced = store.read(QStringLiteral("notes"));
    CHECK_OK(replaced);
    QCOMPARE(bytesOf(*replaced), QByteArray("sk-new"));

    CHECK_OK(store.remove(QStringLiteral("notes")));
    auto gone = store.read(QStringLiteral("notes"));
    QVERIFY(!gone);
    QCOMPARE(code(gone.error().code), code(ErrorCode::NeedsUser));
    CHECK_OK(store.remove(QStringLiteral("notes"))); // not there: fine
}

void TstAiKeyStore::missingKeyNeedsUser() {
    KeychainStore keychain(m_service);
    AiKeyStore store(keychain, m_vault);
    auto missing = store.read(QStringLiteral("receipts"));
    QVERIFY(!missing);
    QCOMPARE(code(missing.error().code), code(ErrorCode::NeedsUser));
    QVERIFY(missing.error().message.contains(QStringLiteral("AI > AI settings")));
    QVERIFY(missing.error().message.contains(QStringLiteral("clinicdesk-cli config ai --api-key-stdin")));
}

void TstAiKeyStore::keysArePerVault() {
    KeychainStore keychain(m_service);
    AiKeyStore mine(keychain, m_vault);
    AiKeyStore other(keychain, QUuid::createUuid().toString(QUuid::WithoutBraces));
    CHECK_OK(mine.write(QStringLiteral("transcription"), SecureBytes::fromUtf8(QStringLiteral("sk-mine"))));
    auto fromOther = other.read(QStringLiteral("transcription"));
    QVERIFY(!fromOther);
    QCOMPARE(code(fromOther.error().code), code(ErrorCode::NeedsUser));
}

void TstAiKeyStore::pastedKeysAreTrimmedAndChecked() {
    KeychainStore keychain(m_service);
    AiKeyStore store(keychain, m_vault);
    CHECK_OK(store.write(QStringLiteral("notes"), SecureBytes::fromUtf8(QStringLiteral("  sk-pasted-key\r\n"))));
    auto read = store.read(QStringLiteral("notes"));
    CHECK_OK(read);
    QCOMPARE(bytesOf(*read), QByteArray("sk-pasted-key"));

    // A key that would break (or inject into) the HTTP header is refused; the stored one stays.
    auto injected = store.write(QStringLiteral("notes"), SecureBytes::fromUtf8(QStringLiteral("sk-a\r\nX-Evil: 1")));
    QVERIFY(!injected);
    QCOMPARE(code(injected.error().code), code(ErrorCode::InvalidInput));
    auto blank = store.write(QStringLiteral("notes"), SecureBytes::fromUtf8(QStringLiteral(" \n")));
    QVERIFY(!blank);
    QCOMPARE(code(blank.error().code), code(ErrorCode::InvalidInput));
    auto still = store.read(QStringLiteral("notes"));
    CHECK_OK(still);
    QCOMPARE(bytesOf(*still), QByteArray("sk-pasted-key"));
}

void TstAiKeyStore::providerSlots() {
    KeychainStore keychain(m_service);
    AiKeyStore store(keychain, m_vault);
    CHECK_OK(store.write(QStringLiteral("azure-main"), SecureBytes::fromUtf8(QStringLiteral("azure-key"))));
    CHECK_OK(store.write(QStringLiteral("transcription-fallback"), SecureBytes::fromUtf8(QStringLiteral("fb-key"))));

    auto azure = store.readFor(provider(ProviderKind::Azure, QStringLiteral("azure-main")), AiTask::Transcription);
    CHECK_OK(azure);
    QCOMPARE(bytesOf(*azure), QByteArray("azure-key"));
    auto fallback = store.readFor(provider(ProviderKind::OpenAi), AiTask::Transcription, true);
    CHECK_OK(fallback);
    QCOMPARE(bytesOf(*fallback), QByteArray("fb-key"));

    // No key for receipts: OpenAI needs one; a compatible server may run without.
    auto openAi = store.readFor(provider(ProviderKind::OpenAi), AiTask::Receipts);
    QVERIFY(!openAi);
    QCOMPARE(code(openAi.error().code), code(ErrorCode::NeedsUser));
    auto compatible = store.readFor(provider(ProviderKind::Compatible), AiTask::Receipts);
    CHECK_OK(compatible);
    QVERIFY(compatible->isEmpty());
}

void TstAiKeyStore::onlyAdminsReplaceOrRemoveKeys() {
    // The clinic's API key is its AI configuration: a practitioner or receptionist who is signed in can
    // neither replace it (with a key of their own account, say) nor remove it; each refusal is audited.
    TestVault vault;
    CHECK_OK(vault.addUser(QStringLiteral("doctor"), Role::Practitioner));
    CHECK_OK(vault.addUser(QStringLiteral("desk"), Role::Receptionist));
    const QString vaultId = vault.session().vault().vaultId();
    KeychainStore keychain(m_service);
    {
        AiKeyStore admin(keychain, vaultId, vault.session().db(), vault.session().session());
        CHECK_OK(admin.write(QStringLiteral("notes"), SecureBytes::fromUtf8(QStringLiteral("sk-clinic"))));
    }
    for (const QString& name : {QStringLiteral("doctor"), QStringLiteral("desk")}) {
        CHECK_OK(vault.loginAs(name, TestVault::passwordFor(name)));
        Database& db = vault.session().db();
        AiKeyStore store(keychain, vaultId, db, vault.session().session());
        const std::int64_t deniedBefore = test::scalarOf(db, "SELECT count(*) FROM audit_log WHERE action = 'denied' "
                                                             "AND entity = 'ai_key' AND entity_id = 'notes'");
        auto replaced = store.write(QStringLiteral("notes"), SecureBytes::fromUtf8(QStringLiteral("sk-mine")));
        QVERIFY(!replaced);
        QCOMPARE(code(replaced.error().code), code(ErrorCode::PermissionDenied));
        QVERIFY(replaced.error().message.contains(QStringLiteral("administrator")));
        auto removed = store.remove(QStringLiteral("notes"));
        QVERIFY(!removed);
        QCOMPARE(code(removed.error().code), code(ErrorCode::PermissionDenied));
        QCOMPARE(test::scalarOf(db, "SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity = 'ai_key' "
                                    "AND entity_id = 'notes'"),
                 deniedBefore + 2);
        // The clinic's key is still the one the administrator stored, and every role may read it (jobs need it).
        auto read = store.read(QStringLiteral("notes"));
        CHECK_OK(read);
        QCOMPARE(bytesOf(*read), QByteArray("sk-clinic"));
    }
    CHECK_OK(AiKeyStore(keychain, vaultId).remove(QStringLiteral("notes")));
}

QTEST_GUILESS_MAIN(TstAiKeyStore)

#include "tst_aikeystore.moc"
