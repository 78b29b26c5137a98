// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `note generate ENCOUNTER_ID --template KEY`: queues a note (or waits for it with --wait).
class NoteGenerateCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    NoteGenerateCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
