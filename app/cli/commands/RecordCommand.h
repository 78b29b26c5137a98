// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `record`: records from the microphone into the vault until a time limit or a signal.
class RecordCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    RecordCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
