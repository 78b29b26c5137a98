// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "BackupVerifyCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"
#include "repo/BackupStatusStore.h"
#include "storage/Backup.h"

#include <QFileInfo>

namespace clinicdesk::cli {

namespace {

// A backup of the vault at --vault that verified is recorded there as its last verified backup (what
// the desktop's status bar shows), signed in with the same user and password. Whether it was.
bool recordInVault(CommandContext& context, const BackupReport& report, const SecureBytes& secret) {
    auto vaultId = Vault::readVaultId(context.vaultDir());
    if (!vaultId || *vaultId != report.vaultId) {
        return false; // not this computer's vault: nothing to record
    }
    auto session = VaultSession::login(context.vaultDir(), context.userName(), secret);
    Result<VerifiedBackup> recorded =
        session ? (*session)->backupStatus().recordVerified(report, QFileInfo(context.argument()).fileName())
                : Result<VerifiedBackup>(std::unexpected(session.error()));
    if (!recorded) {
        context.printStderr(
            QStringLiteral("clinicdesk-cli: ") +
            BackupVerifyCommand::tr("The check was not recorded in the vault: %1").arg(recorded.error().message) +
            QLatin1Char('\n'));
        return false;
    }
    return true;
}

} // namespace

BackupVerifyCommand::BackupVerifyCommand()
    : Command({.path = words("backup", "verify"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "checks a backup's tag, integrity and audit chain, opening it "
                                                       "as --user; a backup of --vault is recorded there as verified"),
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
    const bool recorded = recordInVault(context, *report, *secret);
    if (context.json()) {
        QJsonObject object = json::backup(*report);
        object.insert(QStringLiteral("recorded_in_vault"), recorded);
        context.printJson(object);
    } else {
        context.printLine(tr("The backup is intact: it opens, passes the integrity check and its audit chain "
                             "verifies (%1 patients, %2 audit entries).")
                              .arg(report->patients)
                              .arg(report->auditEntries));
        if (recorded) {
            context.printLine(tr("Recorded in the vault as its last verified backup."));
        }
    }
    return ExitOk;
}

} // namespace clinicdesk::cli
