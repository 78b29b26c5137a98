// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/AccessPolicy.h"
#include "storage/Transaction.h"

namespace clinicdesk {

// How every repository write (and audited read) starts: the user's role must allow
// `permission`, then one transaction holds the change and its audit entry.
[[nodiscard]] inline Result<Transaction> beginAuthorized(Database& db, const User& user, Permission permission) {
    if (auto s = AccessPolicy::require(user, permission); !s) {
        return std::unexpected(s.error());
    }
    return Transaction::begin(db);
}

} // namespace clinicdesk
