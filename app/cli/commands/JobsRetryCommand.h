// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `jobs retry ID`: queues a job that stopped again, due now.
class JobsRetryCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    JobsRetryCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
