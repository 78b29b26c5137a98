// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `recording export ID --out FILE`: writes one recording's Ogg Opus file, on request.
class RecordingExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    RecordingExportCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
