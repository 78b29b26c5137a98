// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `appointment list`: one local day's appointments.
class AppointmentListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AppointmentListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
