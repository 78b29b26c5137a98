// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user passwd NAME`: a new password for NAME (one's own, or anyone's for an administrator).
class UserPasswdCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserPasswdCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
