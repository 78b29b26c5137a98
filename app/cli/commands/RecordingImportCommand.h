// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `recording import FILE`: decodes an audio file and stores it as a recording.
class RecordingImportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    RecordingImportCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
