// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"
#include "domain/Patient.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk::cli {

// `patient list`: demographics sorted by last name (also the listing of `patient search`).
class PatientListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    PatientListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;

    // The listing's shape: with --json an array without clinical notes, otherwise one line each.
    static void print(CommandContext& context, const std::vector<Patient>& patients);
};

} // namespace clinicdesk::cli
