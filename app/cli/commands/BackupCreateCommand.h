// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `backup create --out FILE`: a single encrypted file made while the vault is in use.
class BackupCreateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    BackupCreateCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
