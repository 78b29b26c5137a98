// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "crypto/KeyEnvelope.h"

#include "crypto/PasswordKdf.h"
#include "util/JsonFields.h"

#include <QUuid>

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace clinicdesk {

namespace {

QByteArray fromB64(const nlohmann::json& json, const char* field) {
    if (!json.contains(field) || !json.at(field).is_string()) {
        return {};
    }
    return QByteArray::fromBase64(QByteArray::fromStdString(json.at(field).get<std::string>()));
}

std::string toB64(const QByteArray& bytes) {
    return bytes.toBase64().toStdString();
}

} // namespace

QString KeyEnvelope::kindName(Kind kind) {
    switch (kind) {
    case Kind::Password:
        return QStringLiteral("password");
    case Kind::Recovery:
        return QStringLiteral("recovery");
    case Kind::Keychain:
        return QStringLiteral("keychain");
    }
    return {};
}

QByteArray KeyEnvelope::associatedData(const QString& vaultId) const {
    const QString admin = adminHint ? QStringLiteral("admin") : QString();
    if (adVersion == 1) {
        return QStringLiteral("clinicdesk-envelope-v1|%1|%2|%3|%4|%5|%6")
            .arg(vaultId, id, kindName(kind), userId, userHash, admin)
            .toUtf8();
    }
    // Version 2: each field as its UTF-8 length (4 bytes, big endian) and bytes.
    QByteArray ad = QByteArrayLiteral("clinicdesk-envelope-v2");
    for (const QString& field : {vaultId, id, kindName(kind), userId, userHash, admin}) {
        const QByteArray bytes = field.toUtf8();
        const auto length = static_cast<quint32>(bytes.size());
        for (int shift = 24; shift >= 0; shift -= 8) {
            ad.append(static_cast<char>((length >> shift) & 0xffU));
        }
        ad.append(bytes);
    }
    return ad;
}

Result<KeyEnvelope> KeyEnvelope::resealed(const QString& vaultId, const SecureBytes& wrappingKey,
                                          const SecureBytes& databaseKey) const {
    KeyEnvelope envelope = *this;
    envelope.adVersion = kAdVersion;
    if (auto s = envelope.sealWith(vaultId, wrappingKey, databaseKey); !s) {
        return std::unexpected(s.error());
    }
    return envelope;
}

Status KeyEnvelope::sealWith(const QString& vaultId, const SecureBytes& wrappingKey, const SecureBytes& databaseKey) {
    Q_ASSERT(wrappingKey.size() == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(nonce.data(), static_cast<std::size_t>(nonce.size()));
    ciphertext.resize(static_cast<qsizetype>(databaseKey.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const QByteArray ad = associatedData(vaultId);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(ciphertext.data()), &written, databaseKey.data(), databaseKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(nonce.constData()), wrappingKey.data());
    ciphertext.resize(static_cast<qsizetype>(written));
    return {};
}

Result<SecureBytes> KeyEnvelope::openWith(const QString& vaultId, const SecureBytes& wrappingKey) const {
    if (nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        ciphertext.size() != static_cast<qsizetype>(kKeySize) + crypto_aead_xchacha20poly1305_ietf_ABYTES) {
        return fail(ErrorCode::VaultRefused, tr("The key file keys.json is damaged."),
                    QStringLiteral("envelope %1 has a malformed nonce or ciphertext").arg(id));
    }
    SecureBytes key(kKeySize);
    const QByteArray ad = associatedData(vaultId);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        key.data(), &written, nullptr, reinterpret_cast<const unsigned char*>(ciphertext.constData()),
        static_cast<unsigned long long>(ciphertext.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char*>(nonce.constData()),
        wrappingKey.data());
    if (rc != 0 || written != kKeySize) {
        return fail(ErrorCode::WrongPassword, tr("The password is not correct."),
                    QStringLiteral("envelope %1 did not open").arg(id));
    }
    return key;
}

Result<KeyEnvelope> KeyEnvelope::sealWithSecret(Kind kind, const QString& vaultId, const QString& userId,
                                                const QString& userHash, bool adminHint, const SecureBytes& secret,
                                                const SecureBytes& databaseKey, const KdfParams& kdf) {
    KeyEnvelope envelope;
    envelope.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    envelope.kind = kind;
    envelope.userId = userId;
    envelope.userHash = userHash;
    envelope.adminHint = adminHint;
    envelope.kdf = kdf;
    envelope.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(envelope.salt.data(), static_cast<std::size_t>(envelope.salt.size()));
    auto wrappingKey = PasswordKdf::derive(secret, envelope.salt, kdf);
    if (!wrappingKey) {
        return std::unexpected(wrappingKey.error());
    }
    if (auto s = envelope.sealWith(vaultId, *wrappingKey, databaseKey); !s) {
        return std::unexpected(s.error());
    }
    return envelope;
}

Result<KeyEnvelope> KeyEnvelope::sealWithKey(const QString& vaultId, const QString& userId, const QString& userHash,
                                             bool adminHint, const SecureBytes& wrappingKey,
                                             const SecureBytes& databaseKey) {
    KeyEnvelope envelope;
    envelope.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    envelope.kind = Kind::Keychain;
    envelope.userId = userId;
    envelope.userHash = userHash;
    envelope.adminHint = adminHint;
    if (auto s = envelope.sealWith(vaultId, wrappingKey, databaseKey); !s) {
        return std::unexpected(s.error());
    }
    return envelope;
}

Result<SecureBytes> KeyEnvelope::openWithSecret(const QString& vaultId, const SecureBytes& secret,
                                                SecureBytes* wrappingKeyOut) const {
    if (kind == Kind::Keychain) {
        return fail(ErrorCode::Usage, tr("This key envelope opens with the keychain, not a password."),
                    QStringLiteral("wrong envelope kind"));
    }
    const KdfParams floor = KdfParams::minimum();
    if (kdf.opsLimit < floor.opsLimit || kdf.memLimit < floor.memLimit || salt.size() != crypto_pwhash_SALTBYTES) {
        return fail(ErrorCode::VaultRefused, tr("The key file keys.json is damaged."),
                    QStringLiteral("envelope %1 has KDF parameters below the floor").arg(id));
    }
    auto wrappingKey = PasswordKdf::derive(secret, salt, kdf);
    if (!wrappingKey) {
        return std::unexpected(wrappingKey.error());
    }
    auto opened = openWith(vaultId, *wrappingKey);
    if (opened && wrappingKeyOut != nullptr) {
        *wrappingKeyOut = std::move(*wrappingKey);
    }
    return opened;
}

Result<SecureBytes> KeyEnvelope::openWithKey(const QString& vaultId, const SecureBytes& wrappingKey) const {
    if (kind != Kind::Keychain || wrappingKey.size() != kKeySize) {
        return fail(ErrorCode::Usage, tr("This key envelope does not open with a keychain key."),
                    QStringLiteral("wrong envelope kind or key size"));
    }
    return openWith(vaultId, wrappingKey);
}

nlohmann::json KeyEnvelope::toJson() const {
    nlohmann::json json = {{"id", id.toStdString()},          {"kind", kindName(kind).toStdString()},
                           {"user_id", userId.toStdString()}, {"user", userHash.toStdString()},
                           {"nonce", toB64(nonce)},           {"ct", toB64(ciphertext)}};
    if (adminHint) {
        json["admin"] = true;
    }
    json["ad"] = adVersion;
    if (kind != Kind::Keychain) {
        json["kdf"] = {{"alg", "argon2id13"}, {"ops", kdf.opsLimit}, {"mem", kdf.memLimit}, {"salt", toB64(salt)}};
    }
    return json;
}

Result<KeyEnvelope> KeyEnvelope::fromJson(const nlohmann::json& json) {
    const auto damaged = [](const char* what) {
        return fail(ErrorCode::VaultRefused, tr("The key file keys.json is damaged."),
                    QStringLiteral("envelope: %1").arg(QLatin1String(what)));
    };
    // Every field through JsonFields: keys.json and a backup's header come from disk and may have been
    // edited by anyone; a field of the wrong type is "damaged", never an exception.
    const JsonFields fields(json);
    const auto id = fields.text("id");
    const auto kind = fields.text("kind");
    if (!json.is_object() || !id || !kind || id->empty()) {
        return damaged("missing id or kind");
    }
    KeyEnvelope envelope;
    envelope.id = QString::fromStdString(*id);
    if (*kind == "password") {
        envelope.kind = Kind::Password;
    } else if (*kind == "recovery") {
        envelope.kind = Kind::Recovery;
    } else if (*kind == "keychain") {
        envelope.kind = Kind::Keychain;
    } else {
        return damaged("unknown kind");
    }
    const auto userId = fields.text("user_id");
    const auto userHash = fields.text("user");
    const auto admin = fields.flag("admin");
    if (!userId || !userHash || !admin) {
        return damaged("user fields of the wrong type");
    }
    const auto adField = fields.integer("ad", 1);
    if (!adField || *adField < 1 || *adField > kAdVersion) {
        return damaged("unknown associated-data version");
    }
    envelope.adVersion = static_cast<int>(*adField);
    envelope.userId = QString::fromStdString(*userId);
    envelope.userHash = QString::fromStdString(*userHash);
    envelope.adminHint = *admin;
    envelope.nonce = fromB64(json, "nonce");
    envelope.ciphertext = fromB64(json, "ct");
    if (envelope.kind != Kind::Keychain) {
        if (!json.contains("kdf") || !json.at("kdf").is_object()) {
            return damaged("missing kdf");
        }
        const auto& kdf = json.at("kdf");
        const JsonFields kdfFields(kdf);
        const auto alg = kdfFields.text("alg");
        const auto ops = kdfFields.count("ops");
        const auto mem = kdfFields.count("mem");
        if (!alg || *alg != "argon2id13" || !kdfFields.has("ops") || !kdfFields.has("mem") || !ops || !mem) {
            return damaged("bad kdf");
        }
        // A ceiling as well as the floor openWithSecret() checks: a cost edited up to billions of passes or
        // terabytes would hang or exhaust the machine at every sign-in.
        const KdfParams ceiling = KdfParams::maximum();
        if (*ops > ceiling.opsLimit || *mem > ceiling.memLimit) {
            return damaged("kdf cost above the ceiling");
        }
        envelope.kdf.opsLimit = *ops;
        envelope.kdf.memLimit = static_cast<std::size_t>(*mem);
        envelope.salt = fromB64(kdf, "salt");
    }
    return envelope;
}

} // namespace clinicdesk
