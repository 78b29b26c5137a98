// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserDisableCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

UserDisableCommand::UserDisableCommand()
    : Command({.path = words("user", "disable"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "disables a user (administrators only): they can no longer "
                                                       "sign in; what they wrote stays theirs"),
               .arguments = {argument("NAME", QT_TRANSLATE_NOOP("CliHelp", "the user's sign-in name"))}}) {}

int UserDisableCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto user = session.users().findByName(context.argument());
    if (!user) {
        return context.failWith(user.error());
    }
    auto changed = session.users().setActive(user->id, false);
    if (!changed) {
        return context.failWith(changed.error());
    }
    context.printLine(tr("%1 is disabled and can no longer sign in.").arg(changed->name));
    return ExitOk;
}

} // namespace clinicdesk::cli
