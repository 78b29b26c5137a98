// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>

#include <sodium.h>

namespace clinicdesk {

// The keyed BLAKE2b tag over a backup file (everything before the tag), keyed from the database key,
// so a truncated, extended or edited file is found before anything in it is used.
class BackupTag {
public:
    static constexpr std::size_t kSize = crypto_generichash_BYTES; // 32

    explicit BackupTag(const SecureBytes& databaseKey);
    void add(const QByteArray& bytes);
    [[nodiscard]] QByteArray finish();

private:
    crypto_generichash_state m_state{};
};

} // namespace clinicdesk
