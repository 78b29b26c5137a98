// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "crypto/PasswordKdf.h"

#include <sodium.h>

namespace clinicdesk {

Result<SecureBytes> PasswordKdf::derive(const SecureBytes& secret, const QByteArray& salt, const KdfParams& params) {
    if (salt.size() != crypto_pwhash_SALTBYTES) {
        return fail(ErrorCode::Crypto, tr("The key derivation was given a malformed salt."),
                    QStringLiteral("salt size %1").arg(salt.size()));
    }
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    // libsodium declares the password nonnull even when it is empty, and an empty SecureBytes has no
    // buffer: passing its null data() is undefined behaviour (UBSan: nonnull-attribute).
    static const char kEmptyPassword = '\0';
    const char* password = secret.size() == 0 ? &kEmptyPassword : reinterpret_cast<const char*>(secret.data());
    const int rc = crypto_pwhash(key.data(), key.size(), password, secret.size(),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                                 params.memLimit, crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return fail(ErrorCode::Crypto,
                    tr("There was not enough memory to derive the key from the password. Close other programs and "
                       "try again."),
                    QStringLiteral("crypto_pwhash failed (mem %1)").arg(params.memLimit));
    }
    return key;
}

} // namespace clinicdesk
