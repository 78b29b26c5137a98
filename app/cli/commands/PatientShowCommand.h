// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `patient show ID`: one patient record (audited as a view).
class PatientShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    PatientShowCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
