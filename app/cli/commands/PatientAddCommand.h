// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `patient add`: validates a patient before signing in, then adds it and prints its id.
class PatientAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    PatientAddCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
