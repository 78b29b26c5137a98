// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `appointment status`: marks a booking booked, arrived, in progress, done or no-show.
class AppointmentStatusCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AppointmentStatusCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
