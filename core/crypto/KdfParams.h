// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <cstddef>
#include <cstdint>

namespace clinicdesk {

// Argon2id cost for a password envelope. Stored with each envelope, so it can
// be raised later without breaking existing vaults.
struct KdfParams {
    std::uint64_t opsLimit = 2;
    std::size_t memLimit = std::size_t{256} * 1024 * 1024;

    // 256 MiB, 2 passes: 0.47 s on the 2-core reference machine (docs/PERFORMANCE.md).
    [[nodiscard]] static KdfParams interactive() { return {}; }
    // The lowest cost the vault accepts when opening (guards against a
    // keys.json edited to a trivially cheap KDF).
    [[nodiscard]] static KdfParams minimum() { return {2, std::size_t{64} * 1024 * 1024}; }
    // The highest cost a key file may ask for (libsodium's "sensitive" memory, four times its passes):
    // a keys.json or backup header edited to billions of passes or terabytes is refused as damaged
    // instead of hanging or exhausting the machine at every sign-in.
    [[nodiscard]] static KdfParams maximum() { return {16, std::size_t{1024} * 1024 * 1024}; }
};

} // namespace clinicdesk
