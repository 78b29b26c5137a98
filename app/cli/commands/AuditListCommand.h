// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `audit list`: the newest audit entries (administrators only).
class AuditListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AuditListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
