// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "storage/BackupTag.h"

namespace clinicdesk {

BackupTag::BackupTag(const SecureBytes& databaseKey) {
    SecureBytes key(crypto_generichash_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), 2, "cdbackup", databaseKey.data());
    crypto_generichash_init(&m_state, key.data(), key.size(), kSize);
}

void BackupTag::add(const QByteArray& bytes) {
    crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
}

QByteArray BackupTag::finish() {
    QByteArray tag(static_cast<qsizetype>(kSize), '\0');
    crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(tag.data()), kSize);
    return tag;
}

} // namespace clinicdesk
