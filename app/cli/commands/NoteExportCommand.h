// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `note export ID --pdf FILE`: the note as a PDF; the one command that needs QtGui.
class NoteExportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    NoteExportCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
