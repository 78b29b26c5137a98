// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentStatusCommand.h"

#include "CommandContext.h"
#include "domain/AppointmentStatus.h"

namespace clinicdesk::cli {

AppointmentStatusCommand::AppointmentStatusCommand()
    : Command({.path = words("appointment", "status"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "marks a booking booked, arrived, in-progress, done or "
                                                       "no-show"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the appointment's id")),
                             argument("STATUS", QT_TRANSLATE_NOOP("CliHelp", "booked, arrived, in-progress, done "
                                                                             "or no-show"))}}) {}

int AppointmentStatusCommand::run(CommandContext& context) const {
    const QString status = AppointmentStatus::fromCliWord(context.argument(1));
    if (status.isEmpty() || status == AppointmentStatus::Cancelled) {
        return context.failWith(Error{ErrorCode::InvalidInput,
                                      tr("The status is booked, arrived, in-progress, done or no-show (cancel with "
                                         "clinicdesk-cli appointment cancel ID --reason R)."),
                                      {}});
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto changed = session.appointments().setStatus(context.argument(), status);
    if (!changed) {
        return context.failWith(changed.error());
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
