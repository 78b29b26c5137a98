// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `audio devices`: the audio inputs, as `record --device` takes them.
class AudioDevicesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    AudioDevicesCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
