// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "util/Error.h"

namespace clinicdesk {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::Usage:
        return "usage";
    case ErrorCode::WrongPassword:
        return "wrong_password";
    case ErrorCode::Locked:
        return "locked";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::InvalidInput:
        return "invalid_input";
    case ErrorCode::VaultRefused:
        return "vault_refused";
    case ErrorCode::PermissionDenied:
        return "permission_denied";
    case ErrorCode::AlreadyExists:
        return "already_exists";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Database:
        return "database";
    case ErrorCode::Crypto:
        return "crypto";
    case ErrorCode::Keychain:
        return "keychain";
    case ErrorCode::Integrity:
        return "integrity";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Network:
        return "network";
    case ErrorCode::Timeout:
        return "timeout";
    case ErrorCode::Remote:
        return "remote";
    case ErrorCode::NeedsUser:
        return "needs_user";
    }
    return "unknown";
}

} // namespace clinicdesk
