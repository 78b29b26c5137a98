// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserAddCommand.h"

#include "CommandContext.h"
#include "domain/AccessPolicy.h"

namespace clinicdesk::cli {

UserAddCommand::UserAddCommand()
    : Command({.path = words("user", "add"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "adds a user with a role (administrators only) and prints "
                                                       "the new id"),
               .arguments = {argument("NAME", QT_TRANSLATE_NOOP("CliHelp", "the new user's sign-in name"))},
               .options = {required("role", "admin|practitioner|receptionist",
                                    QT_TRANSLATE_NOOP("CliHelp", "what the user may see and do")),
                           option("profession", "P", QT_TRANSLATE_NOOP("CliHelp", "dentist or therapist")),
                           option("licence", "L", QT_TRANSLATE_NOOP("CliHelp", "the professional licence number")),
                           option("display-name", "N", QT_TRANSLATE_NOOP("CliHelp", "the name shown for the user"))}}) {
}

int UserAddCommand::run(CommandContext& context) const {
    NewUser user;
    user.name = context.argument();
    user.displayName = context.option(QStringLiteral("display-name"));
    const auto role = RoleNames::roleFromKey(context.option(QStringLiteral("role")));
    if (!role) {
        return context.usage(tr("user add needs --role admin, practitioner or receptionist."));
    }
    user.role = *role;
    if (const QString p = context.option(QStringLiteral("profession")); !p.isEmpty()) {
        user.profession = RoleNames::professionFromKey(p);
        if (!user.profession) {
            return context.failWith(
                Error{ErrorCode::InvalidInput, tr("The profession must be dentist or therapist."), {}});
        }
    }
    if (const QString l = context.option(QStringLiteral("licence")); !l.isEmpty()) {
        user.licenceNumber = l;
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    if (auto s = AccessPolicy::require(session.user(), Permission::ManageUsers); !s) {
        return context.failWith(s.error());
    }
    auto secret = context.newPassword(user.name);
    if (!secret) {
        return context.failWith(Error{ErrorCode::Usage,
                                      tr("No password for the new user: set CLINICDESK_NEW_PASSWORD or run "
                                         "clinicdesk-cli in a terminal."),
                                      {}});
    }
    auto added = session.addUser(user, *secret);
    if (!added) {
        return context.failWith(added.error());
    }
    context.printLine(added->id);
    return ExitOk;
}

} // namespace clinicdesk::cli
