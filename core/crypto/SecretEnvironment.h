// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"

namespace clinicdesk {

// Secrets handed over in environment variables (CLINICDESK_PASSWORD for scripts): take() moves the
// value into guarded memory and removes it from the process, both from the C library's environment
// (so nothing started later inherits it) and, on Linux, from the block the kernel shows other
// processes of the same user in /proc/PID/environ (its bytes are overwritten in place).
//
// Call it at start, before any other thread runs: the C library's environment is not thread-safe.
class SecretEnvironment {
public:
    // The variable's value (empty if it is unset or empty); the variable is gone afterwards.
    [[nodiscard]] static SecureBytes take(const char* name);
};

} // namespace clinicdesk
