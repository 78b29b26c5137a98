// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `recording recover`: closes recordings that a crash or a kill left unfinished.
class RecordingRecoverCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    RecordingRecoverCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
