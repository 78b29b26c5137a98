// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `recording list`: recordings, newest first; warns when some wait for recovery.
class RecordingListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    RecordingListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
