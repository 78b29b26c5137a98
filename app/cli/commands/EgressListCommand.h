// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `egress list`: every request that left this computer.
class EgressListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    EgressListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
