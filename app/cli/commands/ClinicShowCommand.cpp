// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ClinicShowCommand.h"

#include "CommandContext.h"
#include "export/ClinicLogo.h"
#include "repo/ClinicSettingsStore.h"

#include <QBuffer>
#include <QImageReader>
#include <QJsonObject>

namespace clinicdesk::cli {

namespace {

QJsonValue logoJson(const QByteArray& png) {
    if (png.isEmpty()) {
        return QJsonValue::Null;
    }
    QBuffer buffer;
    buffer.setData(png);
    const QSize size = QImageReader(&buffer, "png").size();
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("png")},
                       {QStringLiteral("width"), size.width()},
                       {QStringLiteral("height"), size.height()},
                       {QStringLiteral("bytes"), double(png.size())}};
}

} // namespace

ClinicShowCommand::ClinicShowCommand()
    : Command({.path = words("clinic", "show"),
               .summary = QT_TRANSLATE_NOOP("CliHelp", "shows the clinic's profile and letterhead"),
               .options = {flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int ClinicShowCommand::run(CommandContext& context) const {
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& s = *signedIn;
    auto settings = ClinicSettingsStore(s.db(), s.session()).load();
    if (!settings) {
        return context.failWith(settings.error());
    }
    const ClinicProfile& p = settings->profile;
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("address"), p.address},
                                      {QStringLiteral("vat_number"), p.vatNumber},
                                      {QStringLiteral("phone"), p.phone},
                                      {QStringLiteral("email"), p.email},
                                      {QStringLiteral("logo"), logoJson(p.logoPng)},
                                      {QStringLiteral("referral_template"), settings->referralTemplate}});
        return ExitOk;
    }
    const QString indent(13, QLatin1Char(' '));
    context.printLine(tr("Name:        %1").arg(p.name));
    context.printLine(tr("Address:     %1").arg(p.address.split(QLatin1Char('\n')).join(QLatin1Char('\n') + indent)));
    context.printLine(tr("VAT number:  %1").arg(p.vatNumber));
    context.printLine(tr("Phone:       %1").arg(p.phone));
    context.printLine(tr("E-mail:      %1").arg(p.email));
    context.printLine(tr("Logo:        %1").arg(p.logoPng.isEmpty() ? tr("none") : ClinicLogo::describe(p.logoPng)));
    context.printLine(tr("Referral:    %1")
                          .arg(settings->referralTemplate.isEmpty()
                                   ? tr("the built-in letter")
                                   : tr("the clinic's own template (%n character(s))", nullptr,
                                        int(settings->referralTemplate.size()))));
    return ExitOk;
}

} // namespace clinicdesk::cli
