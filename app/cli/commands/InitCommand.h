// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `init`: creates a vault with its first administrator and prints the recovery code once.
class InitCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    InitCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
