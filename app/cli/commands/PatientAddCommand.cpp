// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PatientAddCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

PatientAddCommand::PatientAddCommand()
    : Command(
          {.path = words("patient", "add"),
           .summary = QT_TRANSLATE_NOOP(
               "CliHelp", "adds a patient and prints the new id; warns if another has the same national id"),
           .options = {
               required("first-name", "F", QT_TRANSLATE_NOOP("CliHelp", "the first name")),
               required("last-name", "L", QT_TRANSLATE_NOOP("CliHelp", "the last name")),
               option("dob", "YYYY-MM-DD", QT_TRANSLATE_NOOP("CliHelp", "the date of birth")),
               option("national-id", "N",
                      QT_TRANSLATE_NOOP(
                          "CliHelp", "personnummer, samordningsnummer, PESEL or South African ID; checked when given")),
               option("phone", "P", QT_TRANSLATE_NOOP("CliHelp", "the phone number")),
               option("email", "E", QT_TRANSLATE_NOOP("CliHelp", "the e-mail address")),
               option("address", "A", QT_TRANSLATE_NOOP("CliHelp", "the postal address")),
               option("notes", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "clinical notes (clinical roles only)")),
               option("alerts", "TEXT",
                      QT_TRANSLATE_NOOP("CliHelp", "alerts such as allergies (clinical roles only)"))}}) {}

int PatientAddCommand::run(CommandContext& context) const {
    if (context.option(QStringLiteral("first-name")).isEmpty() ||
        context.option(QStringLiteral("last-name")).isEmpty()) {
        return context.usage(tr("patient add needs --first-name and --last-name."));
    }
    PatientDraft draft;
    draft.firstName = context.option(QStringLiteral("first-name"));
    draft.lastName = context.option(QStringLiteral("last-name"));
    draft.dateOfBirth = context.option(QStringLiteral("dob"));
    draft.nationalId = context.option(QStringLiteral("national-id"));
    draft.phone = context.option(QStringLiteral("phone"));
    draft.email = context.option(QStringLiteral("email"));
    draft.address = context.option(QStringLiteral("address"));
    if (context.hasOption(QStringLiteral("notes"))) {
        draft.clinicalNotes = context.option(QStringLiteral("notes"));
    }
    if (context.hasOption(QStringLiteral("alerts"))) {
        draft.alerts = context.option(QStringLiteral("alerts"));
    }
    // Validate before asking for a password: bad input fails fast and changes nothing.
    if (auto valid = PatientRepository::validate(draft); !valid) {
        return context.failWith(valid.error());
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto saved = session.patients().add(draft);
    if (!saved) {
        return context.failWith(saved.error());
    }
    if (!saved->sameNationalId.isEmpty()) {
        context.printStderr(tr("clinicdesk-cli: warning: another patient has the same national identity number (%1).\n")
                                .arg(saved->sameNationalId.join(QStringLiteral(", "))));
    }
    context.printLine(saved->patient.id);
    return ExitOk;
}

} // namespace clinicdesk::cli
