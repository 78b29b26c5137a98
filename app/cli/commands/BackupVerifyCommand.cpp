#include "BackupVerifyCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "storage/Backup.h"

namespace clinicdesk::cli {

BackupVerifyCommand::BackupVerifyCommand()
    : Command({.path = words("backup", "verify"),
               .summary = QT_TRANSLATE_NOOP("CliHelp",
                                            "checks a backup's tag, integrity and audit chain, opening it as --user"),
               .arguments = {argument("FILE", QT_TRANSLATE_NOOP("CliHelp", "the backup file"))},
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))},
               .needsSignIn = false}) {}

int BackupVerifyCommand::run(CommandContext& context) const {
    auto secret = context.password();
    if (!secret) {
        return context.failWith(Error{
            ErrorCode::Usage, tr("No password: set CLINICDESK_PASSWORD or run clinicdesk-cli in a terminal."), {}});
    }
    auto report = Backup::verify(context.argument(), context.userName(), *secret);
    if (!report) {
        return context.failWith(report.error());
    }
    if (context.json()) {
        context.printJson(json::backup(*report));
    } else {
        context.printLine(tr("The backup is intact: it opens, passes the integrity check and its audit chain "
                             "verifies (%1 patients, %2 audit entries).")
                              .arg(report->patients)
                              .arg(report->auditEntries));
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
