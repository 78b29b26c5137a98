// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace clinicdesk::cli {

// `note referral ID --pdf FILE [--recipient R] [--reason R]`: a referral letter from a signed note as a
// PDF on the clinic's letterhead, with the summary taken from the note, in the language of the CLI's
// locale (audited as an export of the note).
class NoteReferralCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    NoteReferralCommand();
    [[nodiscard]] int run(CommandContext& context) const override;
};

} // namespace clinicdesk::cli
