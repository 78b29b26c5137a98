// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ConfigAiOptions.h"

#include "CommandContext.h"

#include <QUrl>

#include <cmath>
#include <tuple>

namespace clinicdesk::cli {

namespace {

std::optional<std::int64_t> parseMicro(const QString& text) {
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value < 0) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(std::llround(value * 1e6));
}

} // namespace

OrExit<bool> ConfigAiOptions::applyProvider(CommandContext& context, AiSettings& settings, std::optional<AiTask> task,
                                            bool fallback) {
    if (!task ||
        (context.option(QStringLiteral("provider")).isEmpty() && context.option(QStringLiteral("model")).isEmpty() &&
         context.option(QStringLiteral("base-url")).isEmpty())) {
        return false;
    }
    auto& map = fallback ? settings.fallbacks : settings.providers;
    ProviderConfig provider = map.contains(*task) ? map.at(*task) : ProviderConfig{};
    if (const QString p = context.option(QStringLiteral("provider")); !p.isEmpty()) {
        auto kind = ProviderConfig::kindFromKey(p);
        if (!kind) {
            return std::unexpected(context.failWith(
                Error{ErrorCode::InvalidInput, tr("The provider must be openai, azure or compatible."), {}}));
        }
        provider.kind = *kind;
    }
    if (context.option(QStringLiteral("base-url")) != QString()) {
        const QUrl url(context.option(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty()) {
            return std::unexpected(context.failWith(
                Error{ErrorCode::InvalidInput,
                      tr("The base URL must be an http or https address, like https://api.openai.com/v1."),
                      {}}));
        }
        provider.baseUrl = url.toString();
    }
    if (const QString m = context.option(QStringLiteral("model")); !m.isEmpty()) {
        provider.model = m;
    }
    if (const QString v = context.option(QStringLiteral("api-version")); !v.isEmpty()) {
        provider.apiVersion = v;
    }
    if (context.flag(QStringLiteral("azure-v1"))) {
        provider.azureV1 = true;
    }
    if (context.flag(QStringLiteral("bearer"))) {
        provider.useBearer = true;
    }
    if (!provider.isValid()) {
        return std::unexpected(
            context.failWith(Error{ErrorCode::InvalidInput,
                                   provider.model.isEmpty() ? tr("config ai --task needs --model.")
                                                            : tr("Azure and compatible providers need --base-url."),
                                   {}}));
    }
    map[*task] = provider;
    return true;
}

OrExit<bool> ConfigAiOptions::applyTranscription(CommandContext& context, AiSettings& settings) {
    bool changed = false;
    if (const QString l = context.option(QStringLiteral("language")); !l.isEmpty()) {
        static const QStringList languages{QStringLiteral("sv"), QStringLiteral("pl"), QStringLiteral("en"),
                                           QStringLiteral("af"), QStringLiteral("auto")};
        if (!languages.contains(l)) {
            return std::unexpected(context.failWith(
                Error{ErrorCode::InvalidInput, tr("The language must be sv, pl, en, af or auto."), {}}));
        }
        settings.transcriptionLanguage = l;
        changed = true;
    }
    if (context.hasOption(QStringLiteral("vocabulary"))) {
        settings.vocabulary = context.option(QStringLiteral("vocabulary"));
        changed = true;
    }
    if (const QString l = context.option(QStringLiteral("note-language")); !l.isEmpty()) {
        static const QStringList languages{QStringLiteral("sv"), QStringLiteral("pl"), QStringLiteral("en"),
                                           QStringLiteral("af")};
        if (!languages.contains(l)) {
            return std::unexpected(context.failWith(
                Error{ErrorCode::InvalidInput, tr("The note language must be sv, pl, en or af."), {}}));
        }
        settings.noteLanguage = l;
        changed = true;
    }
    if (const QString p = context.option(QStringLiteral("privacy")); !p.isEmpty()) {
        if (p != QLatin1String("on") && p != QLatin1String("off")) {
            return std::unexpected(
                context.failWith(Error{ErrorCode::InvalidInput, tr("--privacy takes on or off."), {}}));
        }
        settings.privacyPlaceholders = p == QLatin1String("on");
        changed = true;
    }
    for (const auto& [name, target, low, high] :
         {std::tuple{QStringLiteral("max-part-minutes"), &settings.maxPartMinutes, 1, 120},
          std::tuple{QStringLiteral("parallel"), &settings.parallelParts, 1, 8},
          std::tuple{QStringLiteral("timeout-seconds"), &settings.requestTimeoutSeconds, 5, 24 * 3600}}) {
        if (const QString v = context.option(name); !v.isEmpty()) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < low || n > high) {
                return std::unexpected(context.failWith(
                    Error{ErrorCode::InvalidInput,
                          tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(low).arg(high),
                          {}}));
            }
            *target = n;
            changed = true;
        }
    }
    return changed;
}

OrExit<bool> ConfigAiOptions::applyCosts(CommandContext& context, VaultSession& session, AiSettings& settings) {
    bool changed = false;
    if (const QString c = context.option(QStringLiteral("currency")); !c.isEmpty()) {
        if (c.size() != 3) {
            return std::unexpected(context.failWith(
                Error{ErrorCode::InvalidInput, tr("The currency is a three-letter code, like USD."), {}}));
        }
        settings.currency = c.toUpper();
        changed = true;
    }
    if (const QString b = context.option(QStringLiteral("budget")); !b.isEmpty()) {
        const qsizetype eq = b.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return std::unexpected(context.usage(
                tr("--budget takes USER=AMOUNT (\"none\" removes it; 0 holds every AI job of that user).")));
        }
        auto user = session.users().findByName(b.left(eq));
        if (!user) {
            return std::unexpected(context.failWith(user.error()));
        }
        const QString amount = b.mid(eq + 1);
        if (amount == QLatin1String("none")) {
            settings.monthlyBudgetMicro.erase(user->id);
        } else {
            auto micro = parseMicro(amount);
            if (!micro) {
                return std::unexpected(context.failWith(
                    Error{ErrorCode::InvalidInput, tr("The budget must be an amount like 25 or 12.50."), {}}));
            }
            settings.monthlyBudgetMicro[user->id] = *micro;
        }
        changed = true;
    }
    if (const QString p = context.option(QStringLiteral("price")); !p.isEmpty()) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const QStringList parts = eq > 0 ? p.mid(eq + 1).split(QLatin1Char(',')) : QStringList();
        if (parts.size() != 3) {
            return std::unexpected(context.usage(
                tr("--price takes MODEL=PER_AUDIO_MINUTE,PER_MILLION_INPUT_TOKENS,PER_MILLION_OUTPUT_TOKENS.")));
        }
        auto a = parseMicro(parts[0]);
        auto i = parseMicro(parts[1]);
        auto o = parseMicro(parts[2]);
        if (!a || !i || !o) {
            return std::unexpected(
                context.failWith(Error{ErrorCode::InvalidInput, tr("Prices must be amounts like 0.006."), {}}));
        }
        ModelPrice price;
        price.perAudioMinuteMicro = *a;
        price.perMillionInputTokensMicro = *i;
        price.perMillionOutputTokensMicro = *o;
        settings.prices[p.left(eq)] = price;
        changed = true;
    }
    return changed;
}

} // namespace clinicdesk::cli
