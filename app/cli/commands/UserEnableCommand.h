// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user enable NAME`: enables a disabled user again (administrators only).
class UserEnableCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserEnableCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
