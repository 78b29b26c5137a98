// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ClinicSetCommand.h"

#include "CommandContext.h"
#include "export/ClinicLogo.h"
#include "repo/ClinicSettingsStore.h"

#include <algorithm>
#include <optional>

namespace clinicdesk::cli {

ClinicSetCommand::ClinicSetCommand()
    : Command(
          {.path = words("clinic", "set"),
           .summary = QT_TRANSLATE_NOOP("CliHelp", "changes the clinic's profile and letterhead (admin only; audited)"),
           .options = {option("name", "N", QT_TRANSLATE_NOOP("CliHelp", "the clinic's name as letters show it")),
                       option("address", "A",
                              QT_TRANSLATE_NOOP("CliHelp", "the postal address; lines separated by line breaks")),
                       option("vat-number", "V", QT_TRANSLATE_NOOP("CliHelp", "the VAT or tax number")),
                       option("phone", "P", QT_TRANSLATE_NOOP("CliHelp", "the clinic's phone number")),
                       option("email", "E", QT_TRANSLATE_NOOP("CliHelp", "the clinic's e-mail address")),
                       option(
                           "logo", "FILE",
                           QT_TRANSLATE_NOOP("CliHelp", "a PNG, JPEG or SVG file, stored as a PNG of at most 600 px")),
                       flag("remove-logo", QT_TRANSLATE_NOOP("CliHelp", "prints the letterhead without a logo"))},
           .needsGui = true}) {}

int ClinicSetCommand::run(CommandContext& context) const {
    static const QStringList kFields{QStringLiteral("name"),  QStringLiteral("address"), QStringLiteral("vat-number"),
                                     QStringLiteral("phone"), QStringLiteral("email"),   QStringLiteral("logo")};
    const bool anything =
        std::any_of(kFields.begin(), kFields.end(), [&](const QString& name) { return context.hasOption(name); }) ||
        context.flag(QStringLiteral("remove-logo"));
    if (!anything) {
        return context.usage(tr("clinic set needs at least one of --name, --address, --vat-number, --phone, --email, "
                                "--logo or --remove-logo."));
    }
    if (context.hasOption(QStringLiteral("logo")) && context.flag(QStringLiteral("remove-logo"))) {
        return context.usage(tr("Give --logo or --remove-logo, not both."));
    }
    // The logo first: a file that is not an image changes nothing, not even the audit log.
    std::optional<QByteArray> logo;
    if (context.hasOption(QStringLiteral("logo"))) {
        auto png = ClinicLogo::fromFile(context.option(QStringLiteral("logo")));
        if (!png) {
            return context.failWith(png.error());
        }
        logo = *png;
    } else if (context.flag(QStringLiteral("remove-logo"))) {
        logo = QByteArray();
    }

    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& s = *signedIn;
    ClinicSettingsStore store(s.db(), s.session());
    auto settings = store.load();
    if (!settings) {
        return context.failWith(settings.error());
    }
    ClinicProfile& p = settings->profile;
    const auto take = [&](const char* name, QString& field) {
        if (context.hasOption(QLatin1String(name))) {
            field = context.option(QLatin1String(name)).trimmed();
        }
    };
    take("name", p.name);
    take("address", p.address);
    take("vat-number", p.vatNumber);
    take("phone", p.phone);
    take("email", p.email);
    if (logo) {
        p.logoPng = *logo;
    }
    if (auto saved = store.save(*settings); !saved) {
        return context.failWith(saved.error());
    }
    context.printLine(tr("The clinic's profile was saved."));
    return ExitOk;
}

} // namespace clinicdesk::cli
