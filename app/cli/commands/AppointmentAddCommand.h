// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `appointment add`: books an appointment and prints its id.
class AppointmentAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AppointmentAddCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
