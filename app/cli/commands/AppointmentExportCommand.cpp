// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppointmentExportCommand.h"

#include "CommandContext.h"
#include "export/CalendarExport.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace clinicdesk::cli {

namespace {

constexpr int kDefaultDays = 90;

} // namespace

AppointmentExportCommand::AppointmentExportCommand()
    : Command({.path = words("appointment", "export"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "writes appointments as an iCalendar file for a phone's "
                                                       "calendar, naming patients only as the clinic's calendar "
                                                       "privacy setting allows (audited)"),
               .options = {required("ics", "FILE",
                                    QT_TRANSLATE_NOOP("CliHelp", "the .ics file to write; an existing one is "
                                                                 "refused")),
                           option("practitioner", "NAME",
                                  QT_TRANSLATE_NOOP("CliHelp", "one practitioner's user name (default: the whole "
                                                               "clinic)")),
                           option("from", "YYYY-MM-DD", QT_TRANSLATE_NOOP("CliHelp", "the first day (default today)")),
                           option("to", "YYYY-MM-DD",
                                  QT_TRANSLATE_NOOP("CliHelp", "the last day, included (default 90 days after the "
                                                               "first)")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int AppointmentExportCommand::run(CommandContext& context) const {
    const auto outFile = context.newOutputFile(QStringLiteral("ics"), tr("appointment export needs --ics FILE."));
    if (!outFile) {
        return outFile.error();
    }
    const auto dayOption = [&](const char* name, QDate fallback) -> std::optional<QDate> {
        const QString key = QString::fromLatin1(name);
        if (!context.hasOption(key)) {
            return fallback;
        }
        const QDate day = QDate::fromString(context.option(key), Qt::ISODate);
        return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
    };
    const auto from = dayOption("from", QDate::currentDate());
    const auto to = from ? dayOption("to", from->addDays(kDefaultDays - 1)) : std::nullopt;
    if (!from || !to) {
        return context.failWith(
            Error{ErrorCode::InvalidInput, tr("--from and --to take real dates written as YYYY-MM-DD."), {}});
    }
    if (*to < *from) {
        return context.failWith(Error{ErrorCode::InvalidInput, tr("--to is before --from."), {}});
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    CalendarExportRequest request;
    request.fromMs = QDateTime(*from, QTime(0, 0)).toMSecsSinceEpoch();
    request.toMs = QDateTime(to->addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    if (const QString name = context.option(QStringLiteral("practitioner")); !name.isEmpty()) {
        auto practitioner = session.users().findByName(name);
        if (!practitioner) {
            return context.failWith(practitioner.error());
        }
        request.practitionerId = practitioner->id;
    }
    auto written = CalendarExport::writeFile(session.db(), session.session(), request, *outFile, false);
    if (!written) {
        return context.failWith(written.error());
    }
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("file"), *outFile}, {QStringLiteral("appointments"), *written}});
    } else {
        context.printLine(tr("%n appointment(s) written to %1", nullptr, *written).arg(*outFile));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
