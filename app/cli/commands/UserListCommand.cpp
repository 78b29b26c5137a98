// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserListCommand.h"

#include "CommandContext.h"
#include "JsonShapes.h"

namespace clinicdesk::cli {

UserListCommand::UserListCommand()
    : Command({.path = words("user", "list"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "lists the users and their roles"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int UserListCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto users = session.users().list();
    if (!users) {
        return context.failWith(users.error());
    }
    context.printList(*users, json::user, [](const User& u) {
        return QStringLiteral("%1\t%2\t%3\t%4").arg(u.id, u.name, RoleNames::key(u.role), u.displayName);
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
