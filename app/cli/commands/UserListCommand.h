// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user list`: the vault's users and their roles.
class UserListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
