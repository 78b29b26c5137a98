// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "BackupCreateCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "storage/Backup.h"

namespace clinicdesk::cli {

BackupCreateCommand::BackupCreateCommand()
    : Command({.path = words("backup", "create"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "writes the vault into one encrypted file while in use (administrators only)"),
               .options = {required("out", "FILE", QT_TRANSLATE_NOOP("CliHelp", "the backup file to write")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int BackupCreateCommand::run(CommandContext& context) const {
    const QString out = context.option(QStringLiteral("out"));
    if (out.isEmpty()) {
        return context.usage(tr("backup create needs --out FILE."));
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto report = Backup::create(session, out);
    if (!report) {
        return context.failWith(report.error());
    }
    if (context.json()) {
        context.printJson(json::backup(*report));
    } else {
        context.printLine(tr("Backup written to %1 (%2 patients, %3 audit entries).")
                              .arg(out)
                              .arg(report->patients)
                              .arg(report->auditEntries));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
