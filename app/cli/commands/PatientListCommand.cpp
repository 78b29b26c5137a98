// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PatientListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace clinicdesk::cli {

PatientListCommand::PatientListCommand()
    : Command({.path = words("patient", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists patients' demographics, sorted by last name"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text")),
                           option("limit", "N", QT_TRANSLATE_NOOP("CliHelp", "at most N patients (default 1000)"))}}) {}

int PatientListCommand::run(CommandContext& context) const {
    bool ok = true;
    const int limit =
        context.hasOption(QStringLiteral("limit")) ? context.option(QStringLiteral("limit")).toInt(&ok) : 1000;
    if (!ok || limit <= 0) {
        return context.usage(tr("--limit takes a positive whole number."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto patients = session.patients().list(limit, 0);
    if (!patients) {
        return context.failWith(patients.error());
    }
    print(context, *patients);
    return ExitOk;
}

void PatientListCommand::print(CommandContext& context, const std::vector<Patient>& patients) {
    context.printList(
        patients,
        [](const Patient& p) {
            QJsonObject o = json::patient(p);
            o.remove(QStringLiteral("clinical_notes")); // listings show demographics only
            return o;
        },
        [](const Patient& p) {
            return QStringLiteral("%1\t%2, %3\t%4\t%5")
                .arg(p.id, p.lastName, p.firstName, p.dateOfBirth ? p.dateOfBirth->toString(Qt::ISODate) : QString(),
                     p.nationalId.value_or(QString()));
        });
}

} // namespace clinicdesk::cli
