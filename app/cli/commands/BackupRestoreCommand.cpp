// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "BackupRestoreCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "storage/Backup.h"

#include <QDir>

namespace clinicdesk::cli {

BackupRestoreCommand::BackupRestoreCommand()
    : Command({.path = words("backup", "restore"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "verifies a backup, then writes it as a new vault into an "
                                                       "empty or new folder"),
               .arguments = {argument("FILE", QT_TRANSLATE_NOOP("CliHelp", "the backup file"))},
               .options = {required("to", "DIR", QT_TRANSLATE_NOOP("CliHelp", "the folder of the new vault")),
                           flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))},
               .needsSignIn = false}) {}

int BackupRestoreCommand::run(CommandContext& context) const {
    const QString to = context.option(QStringLiteral("to"));
    if (to.isEmpty()) {
        return context.usage(tr("backup restore needs --to DIR."));
    }
    auto secret = context.password();
    if (!secret) {
        return context.failWith(Error{
            ErrorCode::Usage, tr("No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal."), {}});
    }
    auto report = Backup::restore(context.argument(), context.userName(), *secret, to);
    if (!report) {
        return context.failWith(report.error());
    }
    if (context.json()) {
        context.printJson(json::backup(*report));
    } else {
        context.printLine(
            tr("Restored the backup into %1 (%2 patients).").arg(QDir::toNativeSeparators(to)).arg(report->patients));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
