// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>

#include <optional>

namespace clinicdesk {

// The head of the audit chain, kept outside the database in the vault folder
// (audit-anchor.json) and authenticated with a key derived from the database
// key, so a truncated or rewritten log is detected and the anchor itself
// cannot be forged without the key.
class AuditAnchor {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)
public:
    static constexpr const char* kFileName = "audit-anchor.json";

    [[nodiscard]] static Status write(const QString& vaultDir, const QString& vaultId, const AuditHead& head,
                                      const SecureBytes& databaseKey);
    // nullopt when there is no anchor yet; an error when it exists but fails
    // its authentication (which is itself evidence of tampering).
    [[nodiscard]] static Result<std::optional<AuditHead>> read(const QString& vaultDir, const QString& vaultId,
                                                               const SecureBytes& databaseKey);
};

} // namespace clinicdesk
