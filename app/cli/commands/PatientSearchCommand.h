// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `patient search TEXT`: prefix search over names, national id, phone digits and e-mail.
class PatientSearchCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    PatientSearchCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
