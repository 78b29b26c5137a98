// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `clinic show [--json]`: the clinic's profile and letterhead (name, address, VAT number, phone,
// e-mail, logo) and whether its referral letter has a template of its own.
class ClinicShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    ClinicShowCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
