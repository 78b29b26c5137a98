// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "InitCommand.h"

#include "CommandContext.h"

#include <QDir>

namespace clinicdesk::cli {

InitCommand::InitCommand()
    : Command(
          {.path = words("init"),
           .summary =
               QT_TRANSLATE_NOOP("CliHelp", "creates a vault in an empty or new folder; prints the recovery code once"),
           .options = {required("admin", "NAME", QT_TRANSLATE_NOOP("CliHelp", "the first administrator's user name")),
                       option("display-name", "N", QT_TRANSLATE_NOOP("CliHelp", "the name shown for the user")),
                       option("profession", "dentist|therapist",
                              QT_TRANSLATE_NOOP("CliHelp", "the administrator's profession, if clinical")),
                       option("licence", "L", QT_TRANSLATE_NOOP("CliHelp", "the professional licence number"))},
           .needsSignIn = false}) {}

int InitCommand::run(CommandContext& context) const {
    NewUser admin;
    admin.name = context.option(QStringLiteral("admin"));
    if (admin.name.isEmpty()) {
        return context.usage(tr("init needs --admin NAME."));
    }
    admin.displayName = context.option(QStringLiteral("display-name"));
    if (const QString p = context.option(QStringLiteral("profession")); !p.isEmpty()) {
        admin.profession = RoleNames::professionFromKey(p);
        if (!admin.profession) {
            return context.failWith(
                Error{ErrorCode::InvalidInput, tr("The profession must be dentist or therapist."), {}});
        }
    }
    if (const QString l = context.option(QStringLiteral("licence")); !l.isEmpty()) {
        admin.licenceNumber = l;
    }
    auto secret = context.newPassword(admin.name);
    if (!secret) {
        return context.failWith(Error{
            ErrorCode::Usage, tr("No password: set CLINICDESK_NEW_PASSWORD or run clinicdesk-cli in a terminal."), {}});
    }
    KdfParams kdf = KdfParams::interactive();
    if (qEnvironmentVariable("CLINICDESK_KDF_PROFILE") == QLatin1String("minimum")) {
        kdf = KdfParams::minimum(); // for test suites; still Argon2id with 64 MiB
    }
    auto created = VaultSession::createVault(context.vaultDir(), admin, *secret, kdf);
    if (!created) {
        return context.failWith(created.error());
    }
    context.printLine(tr("Created the vault in %1 with administrator %2.")
                          .arg(QDir::toNativeSeparators(context.vaultDir()), created->session->user().name));
    context.printLine(tr("Recovery code (write it down and keep it safe; it is shown only this once):"));
    context.printLine(created->recoveryCode);
    return ExitOk;
}

} // namespace clinicdesk::cli
