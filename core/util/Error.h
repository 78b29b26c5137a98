// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace clinicdesk {

// Stable error codes. The CLI maps them to exit codes; tests assert on them.
enum class ErrorCode {
    Usage,            // the caller used an API or command wrongly
    WrongPassword,    // no key envelope opened with the given secret
    Locked,           // the vault is locked or the session has ended
    NotFound,         // the record, user, file or vault does not exist
    InvalidInput,     // validation refused the input; nothing was written
    VaultRefused,     // not a vault, damaged, or from a newer ClinicDesk
    PermissionDenied, // the user's role does not allow this
    AlreadyExists,    // a file, vault or unique record is already there
    Io,               // the operating system refused a file operation
    Database,         // SQLCipher reported an unexpected error
    Crypto,           // libsodium failed (out of secure memory, ...)
    Keychain,         // the OS keychain refused or is unavailable
    Integrity,        // a check found tampering or corruption
    Cancelled,        // the user cancelled
    Network,          // the server could not be reached, or the connection dropped
    Timeout,          // the server took longer than the configured limit
    Remote,           // the AI provider answered with an error or something unusable
    NeedsUser,        // waiting for the user: a key, a quota, a budget, a setting
};

// An error carries a stable code, a sentence for the user (already translated)
// and a detail for the log. The detail never contains patient data or secrets.
struct Error {
    ErrorCode code;
    QString message;
    QString detail;
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {}) {
    return std::unexpected(Error{code, std::move(message), std::move(detail)});
}

[[nodiscard]] const char* errorCodeName(ErrorCode code);

} // namespace clinicdesk
