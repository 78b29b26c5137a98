// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// KeyEnvelope: one sealed copy of the database key (XChaCha20-Poly1305 with an
// Argon2id- or keychain-derived wrapping key), bound to its vault and owner.

#include "Checks.h"
#include "crypto/KeyEnvelope.h"
#include "crypto/KeyFile.h"

#include <QTest>

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace clinicdesk;

namespace {

const QString kVaultId = QStringLiteral("5a1c2f3e-0000-4000-8000-00000000c0de");
const QString kOtherVaultId = QStringLiteral("5a1c2f3e-0000-4000-8000-00000000beef");
const QString kUserId = QStringLiteral("user-1");

using clinicdesk::test::code;

SecureBytes secret(const char* text) {
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

bool sameBytes(const SecureBytes& a, const SecureBytes& b) {
    return a.size() == b.size() && std::equal(a.data(), a.data() + a.size(), b.data());
}

QByteArray toQByteArray(const SecureBytes& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

Result<KeyEnvelope> sealPassword(const SecureBytes& databaseKey, const char* password = "correct horse battery") {
    return KeyEnvelope::sealWithSecret(KeyEnvelope::Kind::Password, kVaultId, kUserId,
                                       KeyFile::userHash(kVaultId, QStringLiteral("alice")), true, secret(password),
                                       databaseKey, KdfParams::minimum());
}

} // namespace

class TstKeyEnvelope : public QObject {
    Q_OBJECT

private slots:
    void sealAndOpenWithSecret();
    void wrongSecretIsWrongPassword();
    void boundToVaultId();
    void boundToOwnerAndKind();
    void sealsAreRandomised();
    void keychainEnvelopeWithRawKey();
    void kindsDoNotMix();
    void jsonRoundTrip();
    void jsonHoldsNoPlaintextKey();
    void jsonRefusesDamage_data();
    void jsonRefusesDamage();
    void kdfAtTheCeilingIsRead();
    void kdfBelowMinimumIsRefused();
};

void TstKeyEnvelope::sealAndOpenWithSecret() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = sealPassword(databaseKey);
    CHECK_OK(envelope);
    QCOMPARE(envelope->kind, KeyEnvelope::Kind::Password);
    QCOMPARE(envelope->userId, kUserId);
    QVERIFY(envelope->adminHint);
    QVERIFY(!envelope->id.isEmpty());
    QCOMPARE(envelope->kdf.opsLimit, KdfParams::minimum().opsLimit);
    QCOMPARE(envelope->kdf.memLimit, KdfParams::minimum().memLimit);
    QCOMPARE(envelope->salt.size(), 16);
    QCOMPARE(envelope->nonce.size(), 24);
    QCOMPARE(envelope->ciphertext.size(), 32 + 16);
    QVERIFY(!envelope->ciphertext.contains(toQByteArray(databaseKey)));

    auto opened = envelope->openWithSecret(kVaultId, secret("correct horse battery"));
    CHECK_OK(opened);
    QVERIFY(sameBytes(*opened, databaseKey));

    // A non-ASCII secret round-trips too (UTF-8 bytes are what is derived from).
    auto unicode = sealPassword(databaseKey, "lösenord-ŻÓŁW-密码");
    CHECK_OK(unicode);
    auto openedUnicode = unicode->openWithSecret(kVaultId, secret("lösenord-ŻÓŁW-密码"));
    CHECK_OK(openedUnicode);
    QVERIFY(sameBytes(*openedUnicode, databaseKey));
}

void TstKeyEnvelope::wrongSecretIsWrongPassword() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = sealPassword(databaseKey);
    CHECK_OK(envelope);
    for (const char* wrong : {"correct horse batter", "Correct horse battery", "", "correct horse battery "}) {
        auto opened = envelope->openWithSecret(kVaultId, secret(wrong));
        QVERIFY2(!opened, wrong);
        QCOMPARE(code(opened.error().code), code(ErrorCode::WrongPassword));
        QVERIFY(!opened.error().message.isEmpty());
    }
}

void TstKeyEnvelope::boundToVaultId() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = sealPassword(databaseKey);
    CHECK_OK(envelope);
    auto opened = envelope->openWithSecret(kOtherVaultId, secret("correct horse battery"));
    QVERIFY(!opened);
    QCOMPARE(code(opened.error().code), code(ErrorCode::WrongPassword));

    const SecureBytes wrappingKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto keychain =
        KeyEnvelope::sealWithKey(kVaultId, kUserId, QStringLiteral("hash"), false, wrappingKey, databaseKey);
    CHECK_OK(keychain);
    auto openedKeychain = keychain->openWithKey(kOtherVaultId, wrappingKey);
    QVERIFY(!openedKeychain);
    QCOMPARE(code(openedKeychain.error().code), code(ErrorCode::WrongPassword));
    CHECK_OK(keychain->openWithKey(kVaultId, wrappingKey));
}

// The associated data covers id, kind, user and the admin hint: an envelope
// edited to claim another user or admin rights no longer opens.
void TstKeyEnvelope::boundToOwnerAndKind() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = sealPassword(databaseKey);
    CHECK_OK(envelope);
    const SecureBytes password = secret("correct horse battery");

    KeyEnvelope otherUser = *envelope;
    otherUser.userId = QStringLiteral("user-2");
    QCOMPARE(code(otherUser.openWithSecret(kVaultId, password).error().code), code(ErrorCode::WrongPassword));

    KeyEnvelope otherHash = *envelope;
    otherHash.userHash = KeyFile::userHash(kVaultId, QStringLiteral("mallory"));
    QCOMPARE(code(otherHash.openWithSecret(kVaultId, password).error().code), code(ErrorCode::WrongPassword));

    KeyEnvelope noAdmin = *envelope;
    noAdmin.adminHint = false;
    QCOMPARE(code(noAdmin.openWithSecret(kVaultId, password).error().code), code(ErrorCode::WrongPassword));

    KeyEnvelope otherId = *envelope;
    otherId.id = QStringLiteral("another-envelope-id");
    QCOMPARE(code(otherId.openWithSecret(kVaultId, password).error().code), code(ErrorCode::WrongPassword));

    KeyEnvelope asRecovery = *envelope;
    asRecovery.kind = KeyEnvelope::Kind::Recovery;
    QCOMPARE(code(asRecovery.openWithSecret(kVaultId, password).error().code), code(ErrorCode::WrongPassword));

    KeyEnvelope flipped = *envelope;
    flipped.ciphertext[3] = static_cast<char>(flipped.ciphertext[3] ^ 0x40);
    QCOMPARE(code(flipped.openWithSecret(kVaultId, password).error().code), code(ErrorCode::WrongPassword));

    // The untouched one still opens (the failures above are the edits).
    CHECK_OK(envelope->openWithSecret(kVaultId, password));
}

void TstKeyEnvelope::sealsAreRandomised() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto first = sealPassword(databaseKey);
    auto second = sealPassword(databaseKey);
    CHECK_OK(first);
    CHECK_OK(second);
    QVERIFY(first->id != second->id);
    QVERIFY(first->salt != second->salt);
    QVERIFY(first->nonce != second->nonce);
    QVERIFY(first->ciphertext != second->ciphertext);
}

void TstKeyEnvelope::keychainEnvelopeWithRawKey() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    const SecureBytes wrappingKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = KeyEnvelope::sealWithKey(kVaultId, kUserId, KeyFile::userHash(kVaultId, QStringLiteral("alice")),
                                             false, wrappingKey, databaseKey);
    CHECK_OK(envelope);
    QCOMPARE(envelope->kind, KeyEnvelope::Kind::Keychain);
    QVERIFY(envelope->salt.isEmpty());
    auto opened = envelope->openWithKey(kVaultId, wrappingKey);
    CHECK_OK(opened);
    QVERIFY(sameBytes(*opened, databaseKey));

    const SecureBytes otherKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto wrong = envelope->openWithKey(kVaultId, otherKey);
    QVERIFY(!wrong);
    QCOMPARE(code(wrong.error().code), code(ErrorCode::WrongPassword));

    // A key of the wrong length is a usage error, not a crash or an accidental open.
    const SecureBytes shortKey = SecureBytes::random(16);
    auto shortOpen = envelope->openWithKey(kVaultId, shortKey);
    QVERIFY(!shortOpen);
    QCOMPARE(code(shortOpen.error().code), code(ErrorCode::Usage));
}

void TstKeyEnvelope::kindsDoNotMix() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    const SecureBytes wrappingKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto keychain = KeyEnvelope::sealWithKey(kVaultId, kUserId, QStringLiteral("h"), false, wrappingKey, databaseKey);
    CHECK_OK(keychain);
    // The keychain key's bytes used as a "password" do not open it.
    auto asSecret = keychain->openWithSecret(kVaultId, wrappingKey);
    QVERIFY(!asSecret);
    QCOMPARE(code(asSecret.error().code), code(ErrorCode::Usage));

    auto password = sealPassword(databaseKey);
    CHECK_OK(password);
    auto asKey = password->openWithKey(kVaultId, wrappingKey);
    QVERIFY(!asKey);
    QCOMPARE(code(asKey.error().code), code(ErrorCode::Usage));
}

void TstKeyEnvelope::jsonRoundTrip() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto password = sealPassword(databaseKey);
    CHECK_OK(password);
    const nlohmann::json json = password->toJson();
    // Through text, as keys.json stores it.
    auto parsed = KeyEnvelope::fromJson(nlohmann::json::parse(json.dump()));
    CHECK_OK(parsed);
    QCOMPARE(parsed->id, password->id);
    QCOMPARE(parsed->kind, password->kind);
    QCOMPARE(parsed->userId, password->userId);
    QCOMPARE(parsed->userHash, password->userHash);
    QCOMPARE(parsed->adminHint, password->adminHint);
    QCOMPARE(parsed->kdf.opsLimit, password->kdf.opsLimit);
    QCOMPARE(parsed->kdf.memLimit, password->kdf.memLimit);
    QCOMPARE(parsed->salt, password->salt);
    QCOMPARE(parsed->nonce, password->nonce);
    QCOMPARE(parsed->ciphertext, password->ciphertext);
    QVERIFY(parsed->toJson() == json);
    auto opened = parsed->openWithSecret(kVaultId, secret("correct horse battery"));
    CHECK_OK(opened);
    QVERIFY(sameBytes(*opened, databaseKey));

    const SecureBytes wrappingKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto keychain = KeyEnvelope::sealWithKey(kVaultId, kUserId, QStringLiteral("h"), false, wrappingKey, databaseKey);
    CHECK_OK(keychain);
    const nlohmann::json keychainJson = keychain->toJson();
    QVERIFY(!keychainJson.contains("kdf"));
    QVERIFY(!keychainJson.contains("admin"));
    auto parsedKeychain = KeyEnvelope::fromJson(nlohmann::json::parse(keychainJson.dump()));
    CHECK_OK(parsedKeychain);
    QCOMPARE(parsedKeychain->kind, KeyEnvelope::Kind::Keychain);
    QVERIFY(!parsedKeychain->adminHint);
    auto openedKeychain = parsedKeychain->openWithKey(kVaultId, wrappingKey);
    CHECK_OK(openedKeychain);
    QVERIFY(sameBytes(*openedKeychain, databaseKey));

    // A whole key file round-trips through bytes as well.
    KeyFile file;
    file.vaultId = kVaultId;
    file.envelopes.push_back(*password);
    file.envelopes.push_back(*keychain);
    auto reloaded = KeyFile::fromBytes(file.toBytes());
    CHECK_OK(reloaded);
    QCOMPARE(reloaded->vaultId, kVaultId);
    QCOMPARE(reloaded->envelopes.size(), std::size_t{2});
    QCOMPARE(reloaded->toBytes(), file.toBytes());
}

void TstKeyEnvelope::jsonHoldsNoPlaintextKey() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    const SecureBytes wrappingKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto password = sealPassword(databaseKey);
    auto keychain = KeyEnvelope::sealWithKey(kVaultId, kUserId, QStringLiteral("h"), false, wrappingKey, databaseKey);
    CHECK_OK(password);
    CHECK_OK(keychain);
    const QByteArray text =
        QByteArray::fromStdString(password->toJson().dump()) + QByteArray::fromStdString(keychain->toJson().dump());
    for (const SecureBytes* secretKey : {&databaseKey, &wrappingKey}) {
        const QByteArray raw = toQByteArray(*secretKey);
        QVERIFY(!text.contains(raw));
        QVERIFY(!text.contains(raw.toHex()));
        QVERIFY(!text.contains(raw.toBase64()));
        QVERIFY(!text.contains(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    }
    QVERIFY(!text.contains("correct horse battery"));
}

void TstKeyEnvelope::jsonRefusesDamage_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not an object") << QByteArray(R"([1,2,3])");
    QTest::newRow("no id") << QByteArray(R"({"kind":"password","kdf":{"alg":"argon2id13","ops":2,"mem":67108864}})");
    QTest::newRow("unknown kind") << QByteArray(R"({"id":"x","kind":"magic"})");
    QTest::newRow("password without kdf") << QByteArray(R"({"id":"x","kind":"password","nonce":"","ct":""})");
    QTest::newRow("other kdf algorithm") << QByteArray(
        R"({"id":"x","kind":"password","kdf":{"alg":"scrypt","ops":2,"mem":67108864}})");
    QTest::newRow("negative ops") << QByteArray(R"({"id":"x","kind":"password","kdf":{"alg":"argon2id13","ops":-2,)"
                                                R"("mem":67108864}})");
    QTest::newRow("string mem") << QByteArray(R"({"id":"x","kind":"password","kdf":{"alg":"argon2id13","ops":2,)"
                                              R"("mem":"lots"}})");
    // Wrong types where nlohmann's value() would throw (and end the process) rather than answer.
    QTest::newRow("id is a number") << QByteArray(R"({"id":1,"kind":"keychain"})");
    QTest::newRow("user id is a number") << QByteArray(R"({"id":"x","kind":"keychain","user_id":7})");
    QTest::newRow("user is an object") << QByteArray(R"({"id":"x","kind":"keychain","user":{}})");
    QTest::newRow("admin is a string") << QByteArray(R"({"id":"x","kind":"keychain","admin":"yes"})");
    QTest::newRow("kdf algorithm is a number")
        << QByteArray(R"({"id":"x","kind":"password","kdf":{"alg":13,"ops":2,"mem":67108864}})");
    QTest::newRow("kdf is a list") << QByteArray(R"({"id":"x","kind":"password","kdf":[2,67108864]})");
    // Costs above the ceiling: an edited file must not hang or exhaust the machine at sign-in.
    QTest::newRow("four billion passes") << QByteArray(
        R"({"id":"x","kind":"password","kdf":{"alg":"argon2id13","ops":4294967295,"mem":67108864}})");
    QTest::newRow("a petabyte of memory")
        << QByteArray(R"({"id":"x","kind":"password","kdf":{"alg":"argon2id13","ops":2,"mem":1125899906842624}})");
    QTest::newRow("ops just above the ceiling")
        << QByteArray(R"({"id":"x","kind":"password","kdf":{"alg":"argon2id13","ops":17,"mem":67108864}})");
}

void TstKeyEnvelope::jsonRefusesDamage() {
    QFETCH(QByteArray, json);
    auto envelope = KeyEnvelope::fromJson(nlohmann::json::parse(json.toStdString()));
    QVERIFY(!envelope);
    QCOMPARE(code(envelope.error().code), code(ErrorCode::VaultRefused));
    QVERIFY(!envelope.error().message.isEmpty());
}

void TstKeyEnvelope::kdfAtTheCeilingIsRead() {
    const KdfParams ceiling = KdfParams::maximum();
    const std::string json = R"({"id":"x","kind":"password","kdf":{"alg":"argon2id13","ops":)" +
                             std::to_string(ceiling.opsLimit) + R"(,"mem":)" + std::to_string(ceiling.memLimit) + "}}";
    auto envelope = KeyEnvelope::fromJson(nlohmann::json::parse(json));
    CHECK_OK(envelope);
    QCOMPARE(envelope->kdf.opsLimit, ceiling.opsLimit);
    QCOMPARE(envelope->kdf.memLimit, ceiling.memLimit);
}

void TstKeyEnvelope::kdfBelowMinimumIsRefused() {
    const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
    auto envelope = sealPassword(databaseKey);
    CHECK_OK(envelope);
    KeyEnvelope cheap = *envelope;
    cheap.kdf.memLimit = KdfParams::minimum().memLimit / 2;
    auto opened = cheap.openWithSecret(kVaultId, secret("correct horse battery"));
    QVERIFY(!opened);
    QCOMPARE(code(opened.error().code), code(ErrorCode::VaultRefused));

    KeyEnvelope fewOps = *envelope;
    fewOps.kdf.opsLimit = 1;
    auto openedFew = fewOps.openWithSecret(kVaultId, secret("correct horse battery"));
    QVERIFY(!openedFew);
    QCOMPARE(code(openedFew.error().code), code(ErrorCode::VaultRefused));

    KeyEnvelope badNonce = *envelope;
    badNonce.nonce.chop(1);
    auto openedNonce = badNonce.openWithSecret(kVaultId, secret("correct horse battery"));
    QVERIFY(!openedNonce);
    QCOMPARE(code(openedNonce.error().code), code(ErrorCode::VaultRefused));
}

QTEST_GUILESS_MAIN(TstKeyEnvelope)

#include "tst_keyenvelope.moc"
