// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `jobs cancel ID`: cancels a job that has not ended.
class JobsCancelCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    JobsCancelCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
