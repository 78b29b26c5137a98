// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clinicdesk {

// Argon2id (libsodium crypto_pwhash) from a secret to a 32-byte wrapping key.
class PasswordKdf {
    Q_DECLARE_TR_FUNCTIONS(PasswordKdf)
public:
    [[nodiscard]] static Result<SecureBytes> derive(const SecureBytes& secret, const QByteArray& salt,
                                                    const KdfParams& params);
};

} // namespace clinicdesk
