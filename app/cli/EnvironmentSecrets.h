// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"

namespace clinicdesk::cli {

// The secrets a script may hand clinicdesk-cli in its environment, taken out of it at start
// (SecretEnvironment): from then on they are only here, in guarded memory, and neither the
// commands' child processes nor /proc/PID/environ show them.
struct EnvironmentSecrets {
    SecureBytes password;     // CLINICDESK_PASSWORD: signing in
    SecureBytes newPassword;  // CLINICDESK_NEW_PASSWORD: init, user add, passwd, recover
    SecureBytes recoveryCode; // CLINICDESK_RECOVERY_CODE: user recover

    // Takes the three variables out of the process environment. Call before any thread starts.
    [[nodiscard]] static EnvironmentSecrets take();
};

} // namespace clinicdesk::cli
