// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `note sign ID`: signs a draft; prints its content hash.
class NoteSignCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    NoteSignCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
