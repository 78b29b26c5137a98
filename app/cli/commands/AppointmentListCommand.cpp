// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"

#include <QDate>

namespace clinicdesk::cli {

AppointmentListCommand::AppointmentListCommand()
    : Command({.path = words("appointment", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists one local day's appointments"),
               .options = {option("day", "YYYY-MM-DD", QT_TRANSLATE_NOOP("CliHelp", "the day (default today)")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int AppointmentListCommand::run(CommandContext& context) const {
    QDate day = QDate::currentDate();
    if (context.hasOption(QStringLiteral("day"))) {
        day = QDate::fromString(context.option(QStringLiteral("day")), Qt::ISODate);
        if (!day.isValid()) {
            return context.failWith(
                Error{ErrorCode::InvalidInput, tr("--day takes a real date written as YYYY-MM-DD."), {}});
        }
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto list = session.appointments().listForDay(day);
    if (!list) {
        return context.failWith(list.error());
    }
    context.printList(*list, json::appointment, [](const Appointment& a) {
        return QStringLiteral("%1\t%2\t%3 min\t%4\t%5")
            .arg(a.id, json::isoLocal(a.startsAt))
            .arg(a.durationMinutes)
            .arg(a.patientId, a.status);
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
