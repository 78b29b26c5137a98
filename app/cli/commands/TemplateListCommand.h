// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `template list`: the note templates, built-in and the clinic's own.
class TemplateListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    TemplateListCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
