// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `jobs list`: the job queue, newest first.
class JobsListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    JobsListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
