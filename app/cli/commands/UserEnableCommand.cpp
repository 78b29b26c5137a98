// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserEnableCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

UserEnableCommand::UserEnableCommand()
    : Command({.path = words("user", "enable"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "enables a disabled user again (administrators only)"),
               .arguments = {argument("NAME", QT_TRANSLATE_NOOP("CliHelp", "the user's sign-in name"))}}) {}

int UserEnableCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto user = session.users().findByName(context.argument());
    if (!user) {
        return context.failWith(user.error());
    }
    auto changed = session.users().setActive(user->id, true);
    if (!changed) {
        return context.failWith(changed.error());
    }
    context.printLine(tr("%1 is enabled and can sign in again.").arg(changed->name));
    return ExitOk;
}

} // namespace clinicdesk::cli
