// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentAddCommand.h"

#include "AppointmentWarnings.h"
#include "CommandContext.h"

#include <QDateTime>

namespace clinicdesk::cli {

AppointmentAddCommand::AppointmentAddCommand()
    : Command({.path = words("appointment", "add"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "books an appointment and prints its id"),
               .options = {
                   required("patient", "ID", QT_TRANSLATE_NOOP("CliHelp", "the patient's id")),
                   required("start", "ISO8601",
                            QT_TRANSLATE_NOOP("CliHelp", "when it starts, like 2026-12-01T09:30 (local time "
                                                         "without an offset)")),
                   required("minutes", "N", QT_TRANSLATE_NOOP("CliHelp", "how long it takes")),
                   option("practitioner", "NAME", QT_TRANSLATE_NOOP("CliHelp", "the practitioner's user name")),
                   option("reason", "R", QT_TRANSLATE_NOOP("CliHelp", "the reason for the visit (no clinical detail)")),
                   flag("allow-overlap", QT_TRANSLATE_NOOP("CliHelp", "books it even if it overlaps another "
                                                                      "booking of the practitioner"))}}) {}

int AppointmentAddCommand::run(CommandContext& context) const {
    if (context.option(QStringLiteral("patient")).isEmpty() || context.option(QStringLiteral("start")).isEmpty() ||
        context.option(QStringLiteral("minutes")).isEmpty()) {
        return context.usage(tr("appointment add needs --patient ID, --start ISO8601 and --minutes N."));
    }
    AppointmentDraft draft;
    draft.patientId = context.option(QStringLiteral("patient"));
    draft.start = QDateTime::fromString(context.option(QStringLiteral("start")), Qt::ISODate);
    bool ok = false;
    draft.durationMinutes = context.option(QStringLiteral("minutes")).toInt(&ok);
    if (!ok) {
        return context.failWith(Error{ErrorCode::InvalidInput, tr("--minutes takes a whole number of minutes."), {}});
    }
    if (!draft.start.isValid()) {
        return context.failWith(Error{
            ErrorCode::InvalidInput, tr("The start time is not valid; write it as YYYY-MM-DDTHH:MM (ISO 8601)."), {}});
    }
    if (context.hasOption(QStringLiteral("reason"))) {
        draft.reason = context.option(QStringLiteral("reason"));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    if (const QString name = context.option(QStringLiteral("practitioner")); !name.isEmpty()) {
        auto practitioner = session.users().findByName(name);
        if (!practitioner) {
            return context.failWith(practitioner.error());
        }
        draft.practitionerId = practitioner->id;
    }
    draft.allowOverlap = context.flag(QStringLiteral("allow-overlap"));
    AppointmentWarnings::print(context, session, draft.practitionerId, draft.start, draft.durationMinutes);
    auto added = session.appointments().add(draft);
    if (!added) {
        return context.failWith(added.error());
    }
    context.printLine(added->id);
    return ExitOk;
}

} // namespace clinicdesk::cli
