// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Key envelopes' associated data, version 2 (length-prefixed fields) against version 1 (fields joined
// with "|", where two envelopes with different fields could share the same data), and the upgrade of
// a keys.json written before version 2: its envelopes still open, and each is sealed again as version 2
// when its owner opens it.
#include "Checks.h"
#include "crypto/KeyFile.h"
#include "crypto/PasswordKdf.h"
#include "storage/Vault.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sodium.h>

using namespace clinicdesk;
using clinicdesk::test::code;

namespace {

const QString kVaultId = QStringLiteral("vault-under-test");

SecureBytes secret(const char* text) {
    return SecureBytes::fromUtf8(QString::fromUtf8(text));
}

// Seals `databaseKey` the way a version 1 keys.json did ("clinicdesk-envelope-v1|vault|id|kind|user|hash|admin"),
// with the envelope's own salt and KDF and `password`.
Status sealAsVersion1(KeyEnvelope& envelope, const QString& vaultId, const SecureBytes& password,
                      const SecureBytes& databaseKey) {
    auto wrappingKey = PasswordKdf::derive(password, envelope.salt, envelope.kdf);
    if (!wrappingKey) {
        return std::unexpected(wrappingKey.error());
    }
    const QByteArray ad = QStringLiteral("clinicdesk-envelope-v1|%1|%2|%3|%4|%5|%6")
                              .arg(vaultId, envelope.id, KeyEnvelope::kindName(envelope.kind), envelope.userId,
                                   envelope.userHash, envelope.adminHint ? QStringLiteral("admin") : QString())
                              .toUtf8();
    envelope.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(envelope.nonce.data(), std::size_t(envelope.nonce.size()));
    envelope.ciphertext.resize(qsizetype(databaseKey.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(envelope.ciphertext.data()), &written, databaseKey.data(), databaseKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), ad.size(), nullptr,
        reinterpret_cast<const unsigned char*>(envelope.nonce.constData()), wrappingKey->data());
    envelope.adVersion = 1;
    return {};
}

} // namespace

class TstEnvelopeUpgrade : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(initCrypto()); }

    void fieldsCannotBeShiftedIntoEachOther() {
        // "a|b" + "c" and "a" + "b|c" were the same associated data in version 1.
        const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
        auto sealed =
            KeyEnvelope::sealWithSecret(KeyEnvelope::Kind::Password, kVaultId, QStringLiteral("a|b"),
                                        QStringLiteral("c"), false, secret("pw-1"), databaseKey, KdfParams::minimum());
        CHECK_OK(sealed);
        QCOMPARE(sealed->adVersion, KeyEnvelope::kAdVersion);
        KeyEnvelope shifted = *sealed;
        shifted.userId = QStringLiteral("a");
        shifted.userHash = QStringLiteral("b|c");
        auto opened = shifted.openWithSecret(kVaultId, secret("pw-1"));
        QVERIFY(!opened);
        QCOMPARE(code(opened.error().code), code(ErrorCode::WrongPassword));

        // The same shift against a version 1 envelope goes through: what version 2 closes.
        KeyEnvelope old = *sealed;
        CHECK_OK(sealAsVersion1(old, kVaultId, secret("pw-1"), databaseKey));
        CHECK_OK(old.openWithSecret(kVaultId, secret("pw-1")));
        KeyEnvelope oldShifted = old;
        oldShifted.userId = QStringLiteral("a");
        oldShifted.userHash = QStringLiteral("b|c");
        CHECK_OK(oldShifted.openWithSecret(kVaultId, secret("pw-1")));
    }

    void versionIsInTheJsonAndAVersion1FileStillReads() {
        const SecureBytes databaseKey = SecureBytes::random(KeyEnvelope::kKeySize);
        auto sealed = KeyEnvelope::sealWithSecret(KeyEnvelope::Kind::Recovery, kVaultId, {}, {}, false,
                                                  secret("recovery"), databaseKey, KdfParams::minimum());
        CHECK_OK(sealed);
        nlohmann::json json = sealed->toJson();
        QCOMPARE(json.at("ad").get<int>(), 2);
        KeyEnvelope old = *sealed;
        CHECK_OK(sealAsVersion1(old, kVaultId, secret("recovery"), databaseKey));
        nlohmann::json oldJson = old.toJson();
        oldJson.erase("ad"); // as version 1 wrote it
        auto parsed = KeyEnvelope::fromJson(oldJson);
        CHECK_OK(parsed);
        QCOMPARE(parsed->adVersion, 1);
        auto key = parsed->openWithSecret(kVaultId, secret("recovery"));
        CHECK_OK(key);
        QVERIFY(sodium_memcmp(key->data(), databaseKey.data(), databaseKey.size()) == 0);

        nlohmann::json future = sealed->toJson();
        future["ad"] = 3;
        auto refused = KeyEnvelope::fromJson(future);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::VaultRefused));
    }

    void signingInSealsAVersion1EnvelopeAgain() {
        QTemporaryDir dir;
        const QString vaultDir = dir.filePath(QStringLiteral("vault"));
        const SecureBytes password = secret("Tandläkare-2026!");
        const QString adminId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto created = Vault::create(vaultDir, adminId, QStringLiteral("anna"), password, KdfParams::minimum());
        CHECK_OK(created);
        const SecureBytes databaseKey = SecureBytes::fromBytes(created->vault->databaseKey().span());
        const QString keysPath = vaultDir + QStringLiteral("/keys.json");
        KeyFile keys = created->vault->keys();
        created->vault->lock();
        created->vault.reset();

        // keys.json as version 1 wrote it: file version 1, no "ad", the administrator's envelope sealed the old way.
        auto admin = std::find_if(keys.envelopes.begin(), keys.envelopes.end(),
                                  [](const KeyEnvelope& e) { return e.kind == KeyEnvelope::Kind::Password; });
        QVERIFY(admin != keys.envelopes.end());
        CHECK_OK(sealAsVersion1(*admin, keys.vaultId, password, databaseKey));
        nlohmann::json file = nlohmann::json::parse(keys.toBytes().toStdString());
        file["version"] = 1;
        for (auto& envelope : file["envelopes"]) {
            if (envelope.at("id").get<std::string>() == admin->id.toStdString()) {
                envelope.erase("ad");
            }
        }
        {
            QFile out(keysPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QByteArray::fromStdString(file.dump(2)));
        }

        auto unlocked = Vault::unlockWithPassword(vaultDir, QStringLiteral("anna"), password);
        CHECK_OK(unlocked);
        unlocked->vault->lock();
        QFile in(keysPath);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const nlohmann::json upgraded = nlohmann::json::parse(in.readAll().toStdString());
        QCOMPARE(upgraded.at("version").get<int>(), KeyFile::kFormatVersion);
        bool found = false;
        for (const auto& envelope : upgraded.at("envelopes")) {
            if (envelope.at("id").get<std::string>() == admin->id.toStdString()) {
                found = true;
                QCOMPARE(envelope.at("ad").get<int>(), 2);
                QVERIFY(envelope.at("ct").get<std::string>() != admin->toJson().at("ct").get<std::string>());
            }
        }
        QVERIFY(found);
        // And it opens as version 2.
        auto again = Vault::unlockWithPassword(vaultDir, QStringLiteral("anna"), password);
        CHECK_OK(again);
        again->vault->lock();
    }
};

QTEST_GUILESS_MAIN(TstEnvelopeUpgrade)

#include "tst_envelopeupgrade.moc"
