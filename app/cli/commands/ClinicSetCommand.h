// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `clinic set [--name N] [--address A] [--vat-number V] [--phone P] [--email E] [--logo FILE |
// --remove-logo]`: changes the given parts of the clinic's profile (administrators; audited), keeps the
// rest and every other clinic setting. A logo file that is not a PNG, JPEG or SVG image is refused before
// the vault is opened. Needs QtGui: an SVG logo is drawn with its fonts.
class ClinicSetCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    ClinicSetCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
