// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user add NAME`: an administrator adds a user with a role; prints the new id.
class UserAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserAddCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
