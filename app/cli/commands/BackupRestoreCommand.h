// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `backup restore FILE --to DIR`: verifies a backup, then writes it out as a new vault.
class BackupRestoreCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    BackupRestoreCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
