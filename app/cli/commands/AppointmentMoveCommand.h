// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `appointment move`: moves or resizes a booking; an overlap is refused unless --allow-overlap.
class AppointmentMoveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AppointmentMoveCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
