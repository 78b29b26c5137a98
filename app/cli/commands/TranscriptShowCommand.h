// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `transcript show RECORDING_ID`: the newest transcript of a recording.
class TranscriptShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    TranscriptShowCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
