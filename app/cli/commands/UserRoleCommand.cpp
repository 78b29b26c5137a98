// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UserRoleCommand.h"

#include "CommandContext.h"

namespace clinicdesk::cli {

UserRoleCommand::UserRoleCommand()
    : Command({.path = words("user", "role"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "changes a user's role, profession and licence number "
                                                       "(administrators only)"),
               .arguments = {argument("NAME", QT_TRANSLATE_NOOP("CliHelp", "the user's sign-in name"))},
               .options = {required("role", "admin|practitioner|receptionist",
                                    QT_TRANSLATE_NOOP("CliHelp", "what the user may see and do")),
                           option("profession", "P",
                                  QT_TRANSLATE_NOOP("CliHelp", "dentist, therapist or none (default: unchanged)")),
                           option("licence", "L",
                                  QT_TRANSLATE_NOOP("CliHelp", "the licence number, or none (default: unchanged)"))}}) {
}

int UserRoleCommand::run(CommandContext& context) const {
    const auto role = RoleNames::roleFromKey(context.option(QStringLiteral("role")));
    if (!role) {
        return context.usage(tr("user role needs --role admin, practitioner or receptionist."));
    }
    const QString profession = context.option(QStringLiteral("profession")).trimmed();
    const bool noProfession = profession.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0;
    if (!profession.isEmpty() && !noProfession && !RoleNames::professionFromKey(profession)) {
        return context.failWith(
            Error{ErrorCode::InvalidInput, tr("The profession must be dentist, therapist or none."), {}});
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto user = session.users().findByName(context.argument());
    if (!user) {
        return context.failWith(user.error());
    }
    // What is not given stays, except that a receptionist has no profession or licence.
    std::optional<Profession> newProfession = user->profession;
    std::optional<QString> newLicence = user->licenceNumber;
    if (*role == Role::Receptionist) {
        newProfession.reset();
        newLicence.reset();
    }
    if (!profession.isEmpty()) {
        newProfession = noProfession ? std::nullopt : RoleNames::professionFromKey(profession);
    }
    if (context.hasOption(QStringLiteral("licence"))) {
        const QString licence = context.option(QStringLiteral("licence")).trimmed();
        newLicence = licence.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 || licence.isEmpty()
                         ? std::nullopt
                         : std::optional<QString>(licence);
    }
    auto changed = session.users().changeRole(user->id, *role, newProfession, newLicence);
    if (!changed) {
        return context.failWith(changed.error());
    }
    QString line = tr("%1 is now %2.").arg(changed->name, RoleNames::displayName(changed->role).toLower());
    if (changed->profession) {
        line += QLatin1Char(' ') + tr("Profession: %1.").arg(RoleNames::displayName(*changed->profession).toLower());
    }
    if (changed->licenceNumber) {
        line += QLatin1Char(' ') + tr("Licence: %1.").arg(*changed->licenceNumber);
    }
    context.printLine(line);
    return ExitOk;
}

} // namespace clinicdesk::cli
