// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `backup verify FILE`: opens a backup with the user's password and checks it throughout.
class BackupVerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    BackupVerifyCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
