// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PatientShowCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"

namespace clinicdesk::cli {

PatientShowCommand::PatientShowCommand()
    : Command({.path = words("patient", "show"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "shows one patient record (audited); alerts and clinical notes only for clinical roles"),
               .arguments = {argument("ID", QT_TRANSLATE_NOOP("CliHelp", "the patient's id"))},
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int PatientShowCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto patient = session.patients().get(context.argument());
    if (!patient) {
        return context.failWith(patient.error());
    }
    if (context.json()) {
        context.printJson(json::patient(*patient));
        return ExitOk;
    }
    const Patient& p = *patient;
    context.printLine(tr("ID:             %1").arg(p.id));
    context.printLine(tr("Name:           %1").arg(p.fullName()));
    context.printLine(tr("Date of birth:  %1").arg(p.dateOfBirth ? p.dateOfBirth->toString(Qt::ISODate) : QString()));
    context.printLine(tr("National ID:    %1").arg(p.nationalId.value_or(QString())));
    context.printLine(tr("Phone:          %1").arg(p.phone.value_or(QString())));
    context.printLine(tr("E-mail:         %1").arg(p.email.value_or(QString())));
    context.printLine(tr("Address:        %1").arg(p.address.value_or(QString())));
    if (p.alerts) {
        context.printLine(tr("Alerts:         %1").arg(*p.alerts));
    }
    if (p.clinicalNotes) {
        context.printLine(tr("Clinical notes: %1").arg(*p.clinicalNotes));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
