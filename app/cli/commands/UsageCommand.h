// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `usage`: a month's AI usage per user and model, with the estimated cost.
class UsageCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    UsageCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
