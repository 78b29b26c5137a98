// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// keys.json from disk: any bytes are a KeyFile or a "damaged" error, never an exception; what parses
// writes back to bytes that parse to the same envelopes, with KDF costs inside the floor and ceiling.
#include "FuzzCheck.h"
#include "crypto/KeyFile.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto file = clinicdesk::KeyFile::fromBytes(bytes);
    if (!file) {
        FUZZ_CHECK(!file.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!file->vaultId.isEmpty());
    const clinicdesk::KdfParams ceiling = clinicdesk::KdfParams::maximum();
    for (const clinicdesk::KeyEnvelope& envelope : file->envelopes) {
        FUZZ_CHECK(!envelope.id.isEmpty());
        FUZZ_CHECK(envelope.kdf.opsLimit <= ceiling.opsLimit && envelope.kdf.memLimit <= ceiling.memLimit);
    }
    const auto again = clinicdesk::KeyFile::fromBytes(file->toBytes());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->vaultId == file->vaultId && again->envelopes.size() == file->envelopes.size());
    for (std::size_t i = 0; i < file->envelopes.size(); ++i) {
        FUZZ_CHECK(again->envelopes[i].id == file->envelopes[i].id);
        FUZZ_CHECK(again->envelopes[i].kind == file->envelopes[i].kind);
        FUZZ_CHECK(again->envelopes[i].ciphertext == file->envelopes[i].ciphertext);
    }
    return 0;
}
