// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user role NAME --role R [--profession P] [--licence L]`: a new role, profession and licence
// number for a user (administrators only).
class UserRoleCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserRoleCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
