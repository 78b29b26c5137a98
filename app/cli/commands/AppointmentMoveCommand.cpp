// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentMoveCommand.h"

#include "AppointmentWarnings.h"
#include "CommandContext.h"

#include <QDateTime>

namespace clinicdesk::cli {

AppointmentMoveCommand::AppointmentMoveCommand()
    : Command({.path = words("appointment", "move"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "moves or resizes a booking"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the appointment's id"))},
               .options = {required("start", "ISO8601",
                                    QT_TRANSLATE_NOOP("CliHelp", "the new start, like 2026-12-01T09:30 (local time "
                                                                 "without an offset)")),
                           option("minutes", "N", QT_TRANSLATE_NOOP("CliHelp", "the new length (default: unchanged)")),
                           flag("allow-overlap", QT_TRANSLATE_NOOP("CliHelp", "books it even if it overlaps another "
                                                                              "booking of the practitioner"))}}) {}

int AppointmentMoveCommand::run(CommandContext& context) const {
    if (context.option(QStringLiteral("start")).isEmpty()) {
        return context.usage(tr("appointment move needs ID and --start ISO8601."));
    }
    const QDateTime start = QDateTime::fromString(context.option(QStringLiteral("start")), Qt::ISODate);
    if (!start.isValid()) {
        return context.failWith(Error{
            ErrorCode::InvalidInput, tr("The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601)."), {}});
    }
    std::optional<int> minutes;
    if (context.hasOption(QStringLiteral("minutes"))) {
        bool ok = false;
        minutes = context.option(QStringLiteral("minutes")).toInt(&ok);
        if (!ok) {
            return context.failWith(
                Error{ErrorCode::InvalidInput, tr("--minutes takes a whole number of minutes."), {}});
        }
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto appointment = session.appointments().get(context.argument());
    if (!appointment) {
        return context.failWith(appointment.error());
    }
    const int duration = minutes.value_or(appointment->durationMinutes);
    AppointmentWarnings::print(context, session, appointment->practitionerId, start, duration, appointment->id);
    auto moved =
        session.appointments().move(appointment->id, start, duration, context.flag(QStringLiteral("allow-overlap")));
    if (!moved) {
        return context.failWith(moved.error());
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
