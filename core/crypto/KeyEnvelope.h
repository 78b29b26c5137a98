// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

namespace clinicdesk {

// One sealed copy of the vault's database key (XChaCha20-Poly1305). The
// wrapping key comes from a password or recovery code through Argon2id, or is a
// random key kept in the OS keychain. The associated data binds the envelope to
// its vault, id, kind and user, so envelopes cannot be swapped around. Since
// version 2 ("ad": 2 in keys.json) each of those fields is length-prefixed, so
// no choice of field values can make two different envelopes' data equal;
// version 1 (fields joined with "|") still opens, and is sealed again as version 2
// at its owner's next sign-in (Vault).
class KeyEnvelope {
    Q_DECLARE_TR_FUNCTIONS(KeyEnvelope)
public:
    enum class Kind { Password, Recovery, Keychain };

    QString id;
    Kind kind = Kind::Password;
    QString userId;         // empty for the recovery envelope
    QString userHash;       // keyed hash of the user's login name (names are not stored in the clear)
    bool adminHint = false; // lets the CLI default to "the only admin"; authenticated, not secret
    KdfParams kdf;
    QByteArray salt; // Argon2id salt (password and recovery kinds)
    QByteArray nonce;
    QByteArray ciphertext;
    int adVersion = kAdVersion; // 1: fields joined with "|"; 2: length-prefixed

    static constexpr int kAdVersion = 2;

    // Seals `databaseKey` with a key derived from `secret` (password/recovery).
    [[nodiscard]] static Result<KeyEnvelope> sealWithSecret(Kind kind, const QString& vaultId, const QString& userId,
                                                            const QString& userHash, bool adminHint,
                                                            const SecureBytes& secret, const SecureBytes& databaseKey,
                                                            const KdfParams& kdf);
    // Seals with a raw 32-byte wrapping key (the keychain kind).
    [[nodiscard]] static Result<KeyEnvelope> sealWithKey(const QString& vaultId, const QString& userId,
                                                         const QString& userHash, bool adminHint,
                                                         const SecureBytes& wrappingKey,
                                                         const SecureBytes& databaseKey);

    // With `wrappingKeyOut`, the key derived from `secret` is also given back (to seal the envelope again).
    [[nodiscard]] Result<SecureBytes> openWithSecret(const QString& vaultId, const SecureBytes& secret,
                                                     SecureBytes* wrappingKeyOut = nullptr) const;
    [[nodiscard]] Result<SecureBytes> openWithKey(const QString& vaultId, const SecureBytes& wrappingKey) const;

    // The same envelope (id, kind, user, KDF and salt) sealed again with the current associated-data
    // version and a new nonce, with the wrapping key that opened it.
    [[nodiscard]] Result<KeyEnvelope> resealed(const QString& vaultId, const SecureBytes& wrappingKey,
                                               const SecureBytes& databaseKey) const;

    [[nodiscard]] nlohmann::json toJson() const;
    [[nodiscard]] static Result<KeyEnvelope> fromJson(const nlohmann::json& json);

    [[nodiscard]] static QString kindName(Kind kind);
    static constexpr std::size_t kKeySize = 32;

private:
    [[nodiscard]] QByteArray associatedData(const QString& vaultId) const;
    [[nodiscard]] Result<SecureBytes> openWith(const QString& vaultId, const SecureBytes& wrappingKey) const;
    [[nodiscard]] Status sealWith(const QString& vaultId, const SecureBytes& wrappingKey,
                                  const SecureBytes& databaseKey);
};

} // namespace clinicdesk
