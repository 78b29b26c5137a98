// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `jobs run`: runs every job that is due, then exits.
class JobsRunCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    JobsRunCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
