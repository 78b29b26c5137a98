// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentCancelCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

AppointmentCancelCommand::AppointmentCancelCommand()
    : Command({.path = words("appointment", "cancel"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "cancels a booking; the reason is kept"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the appointment's id"))},
               .options = {required("reason", "R",
                                    QT_TRANSLATE_NOOP("CliHelp", "why, in a sentence (no clinical detail)"))}}) {}

int AppointmentCancelCommand::run(CommandContext& context) const {
    if (context.option(QStringLiteral("reason")).trimmed().isEmpty()) {
        return context.usage(tr("appointment cancel needs ID and --reason R."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto cancelled = session.appointments().cancel(context.argument(), context.option(QStringLiteral("reason")));
    if (!cancelled) {
        return context.failWith(cancelled.error());
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
