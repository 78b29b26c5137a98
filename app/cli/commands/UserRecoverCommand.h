// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `user recover NAME`: a new password for NAME with the recovery code, without signing in.
class UserRecoverCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UserRecoverCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
