// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "PatientSearchCommand.h"

#include "CommandContext.h"
#include "PatientListCommand.h"

namespace clinicdesk::cli {

PatientSearchCommand::PatientSearchCommand()
    : Command({.path = words("patient", "search"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "searches by name prefix (diacritics folded), national id, phone digits, e-mail"),
               .arguments = {argument("TEXT", QT_TRANSLATE_NOOP("CliHelp", "what to look for"))},
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text")),
                           option("limit", "N", QT_TRANSLATE_NOOP("CliHelp", "at most N patients (default 50)"))}}) {}

int PatientSearchCommand::run(CommandContext& context) const {
    bool ok = true;
    const int limit =
        context.hasOption(QStringLiteral("limit")) ? context.option(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit <= 0) {
        return context.usage(tr("--limit takes a positive whole number."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto patients = session.patients().search(context.argument(), limit);
    if (!patients) {
        return context.failWith(patients.error());
    }
    PatientListCommand::print(context, *patients);
    return ExitOk;
}

} // namespace clinicdesk::cli
