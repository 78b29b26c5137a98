// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserPasswdCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

UserPasswdCommand::UserPasswdCommand()
    : Command({.path = words("user", "passwd"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "changes one's own password, or anyone's for an administrator"),
               .arguments = {argument("NAME", QT_TRANSLATE_NOOP("CliHelp", "whose password changes"))}}) {}

int UserPasswdCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    const QString& name = context.argument();
    auto secret = context.newPassword(name);
    if (!secret) {
        return context.failWith(Error{ErrorCode::Usage,
                                      tr("No new password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a "
                                         "terminal."),
                                      {}});
    }
    if (auto s = session.changePassword(name, *secret); !s) {
        return context.failWith(s.error());
    }
    context.printLine(tr("The password of %1 was changed.").arg(name));
    return ExitOk;
}

} // namespace clinicdesk::cli
