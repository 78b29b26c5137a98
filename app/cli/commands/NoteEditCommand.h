// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `note edit ID --content-file FILE`: a new revision of a draft.
class NoteEditCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    NoteEditCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
