// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `patient merge KEEP_ID DUPLICATE_ID`: admins move everything of a duplicate record into the kept one.
class PatientMergeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    PatientMergeCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
