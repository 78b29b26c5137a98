// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `audit verify`: recomputes the audit log's hash chain and checks it against the anchor.
class AuditVerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AuditVerifyCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
