// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `transcribe RECORDING_ID`: queues a transcription (or waits for it with --wait).
class TranscribeCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    TranscribeCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
