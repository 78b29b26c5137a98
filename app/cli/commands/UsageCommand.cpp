// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UsageCommand.h"

#include "CommandContext.h"
#include "ai/AiSettings.h"
#include "repo/UsageRepository.h"

#include <QDate>
#include <QJsonObject>

namespace clinicdesk::cli {

namespace {

QString money(std::int64_t micro, const QString& currency) {
    return QStringLiteral("%1 %2").arg(static_cast<double>(micro) / 1e6, 0, 'f', 4).arg(currency);
}

} // namespace

UsageCommand::UsageCommand()
    : Command(
          {.path = words("usage"),
           .summary = QT_TRANSLATE_NOOP("CliHelp", "a month's AI usage per user and model, with the estimated cost"),
           .options = {option("month", "YYYY-MM", QT_TRANSLATE_NOOP("CliHelp", "the month (default this one)")),
                       flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints JSON instead of text"))}}) {}

int UsageCommand::run(CommandContext& context) const {
    QDate month = QDate::currentDate();
    if (const QString m = context.option(QStringLiteral("month")); !m.isEmpty()) {
        month = QDate::fromString(m + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid()) {
            return context.failWith(Error{ErrorCode::InvalidInput, tr("The month must look like 2026-11."), {}});
        }
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    auto totals = UsageRepository(session.db(), session.session()).monthTotals(month);
    if (!totals) {
        return context.failWith(totals.error());
    }
    auto settings = AiSettingsStore(session.db(), session.session()).load();
    auto toJson = [&settings](const UsageTotal& t) {
        QJsonObject o{{QStringLiteral("user"), t.userName},
                      {QStringLiteral("user_id"), t.userId},
                      {QStringLiteral("model"), t.model},
                      {QStringLiteral("requests"), static_cast<double>(t.requests)},
                      {QStringLiteral("audio_seconds"), static_cast<double>(t.audioMs) / 1000.0},
                      {QStringLiteral("input_tokens"), static_cast<double>(t.inputTokens)},
                      {QStringLiteral("output_tokens"), static_cast<double>(t.outputTokens)},
                      {QStringLiteral("bytes_sent"), static_cast<double>(t.bytesSent)},
                      {QStringLiteral("cost"), static_cast<double>(t.costMicro) / 1e6},
                      {QStringLiteral("currency"), t.currency}};
        if (settings) {
            if (auto b = settings->monthlyBudgetMicro.find(t.userId); b != settings->monthlyBudgetMicro.end()) {
                o.insert(QStringLiteral("budget"), static_cast<double>(b->second) / 1e6);
            }
        }
        return o;
    };
    context.printList(*totals, toJson, [](const UsageTotal& t) {
        return QStringLiteral("%1\t%2\t%3 requests\t%4 s audio\t%5 in / %6 out tokens\t%7 bytes\t%8")
            .arg(t.userName, t.model)
            .arg(t.requests)
            .arg(static_cast<double>(t.audioMs) / 1000.0, 0, 'f', 1)
            .arg(t.inputTokens)
            .arg(t.outputTokens)
            .arg(t.bytesSent)
            .arg(money(t.costMicro, t.currency));
    });
    return ExitOk;
}

} // namespace clinicdesk::cli
