// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <expected>

namespace clinicdesk::cli {

// Exit codes (documented in docs/CLI.md; scripts rely on them).
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitWrongPassword = 2, // or locked / disabled account
    ExitNotFound = 3,
    ExitInvalidInput = 4,
    ExitVaultRefused = 5, // corrupt, newer schema, not a vault, tampered backup
    ExitPermissionDenied = 6,
    ExitFailure = 7, // the system refused (disk, keychain, ...)
    ExitRemote = 8,  // the AI provider could not be reached or refused; the job says why
};

// A value, or the exit code of a command that has already printed why it cannot go on.
template <typename T>
using OrExit = std::expected<T, int>;

} // namespace clinicdesk::cli
