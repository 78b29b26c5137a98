// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user disable NAME`: disables a user (administrators only).
class UserDisableCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserDisableCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
