// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserRecoverCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

UserRecoverCommand::UserRecoverCommand()
    : Command({.path = words("user", "recover"),
               .summary = QT_TRANSLATE_NOOP(
                   "CliHelp", "sets a new password with the recovery code (CLINICDESK_RECOVERY_CODE or a prompt)"),
               .arguments = {argument("NAME", QT_TRANSLATE_NOOP("CliHelp", "whose password is reset"))},
               .needsSignIn = false}) {}

int UserRecoverCommand::run(CommandContext& context) const {
    QString code = context.recoveryCode();
    if (code.isEmpty()) {
        return context.failWith(Error{ErrorCode::Usage,
                                      tr("No recovery code: set CLINICDESK_RECOVERY_CODE or run "
                                         "clinicdesk-cli in a terminal."),
                                      {}});
    }
    const QString& name = context.argument();
    auto secret = context.newPassword(name);
    if (!secret) {
        return context.failWith(Error{ErrorCode::Usage, tr("No new password was given."), {}});
    }
    if (auto s = Vault::probe(context.vaultDir()); !s) {
        return context.failWith(s.error());
    }
    auto session = VaultSession::recover(context.vaultDir(), code, name, *secret);
    SecureBytes::wipe(code);
    if (!session) {
        return context.failWith(session.error());
    }
    context.printLine(tr("The password of %1 was reset with the recovery code.").arg(name));
    return ExitOk;
}

} // namespace clinicdesk::cli
