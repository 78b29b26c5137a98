// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `appointment export`: writes appointments as an iCalendar file (RFC 5545), named as the clinic's calendar privacy
// setting allows; audited.
class AppointmentExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AppointmentExportCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
