// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ConfigAiCommand.h"

#include "CommandContext.h"
#include "ConfigAiOptions.h"
#include "ai/AiKeyStore.h"
#include "keychain/KeychainStore.h"

#include <iostream>
#include <span>
#include <string>

namespace clinicdesk::cli {

namespace {

// Reads the API key from standard input (one line) straight into guarded memory.
std::optional<SecureBytes> readKeyFromStdin() {
    std::string line;
    std::getline(std::cin, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' ')) {
        line.pop_back();
    }
    if (line.empty()) {
        return std::nullopt;
    }
    SecureBytes key = SecureBytes::fromBytes(
        std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(line.data()), line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return key;
}

} // namespace

ConfigAiCommand::ConfigAiCommand()
    : Command(
          {.path = words("config", "ai"),
           .summary = QT_TRANSLATE_NOOP(
               "CliHelp", "sets AI providers, API keys, languages, limits, prices, budgets; or shows them"),
           .options = {
               option("task", "transcription|notes",
                      QT_TRANSLATE_NOOP("CliHelp", "the task whose provider or key is set")),
               option("provider", "openai|azure|compatible", QT_TRANSLATE_NOOP("CliHelp", "the task's provider")),
               option("model", "M", QT_TRANSLATE_NOOP("CliHelp", "the model (for Azure classic: the deployment)")),
               option("base-url", "URL",
                      QT_TRANSLATE_NOOP("CliHelp", "the provider's http or https address (Azure and compatible)")),
               option("api-version", "V", QT_TRANSLATE_NOOP("CliHelp", "the Azure API version (default 2024-10-21)")),
               flag("azure-v1", QT_TRANSLATE_NOOP("CliHelp", "uses Azure's {endpoint}/openai/v1")),
               flag("bearer", QT_TRANSLATE_NOOP("CliHelp", "sends the key as a Bearer token instead of api-key")),
               flag("fallback", QT_TRANSLATE_NOOP("CliHelp", "sets the task's fallback provider instead")),
               flag("api-key-stdin",
                    QT_TRANSLATE_NOOP("CliHelp",
                                      "reads the task's API key from one line of standard input into the keychain")),
               flag("remove-key", QT_TRANSLATE_NOOP("CliHelp", "deletes the task's API key from the keychain")),
               option("language", "sv|pl|en|af|auto",
                      QT_TRANSLATE_NOOP("CliHelp", "the transcription language (auto: detected)")),
               option("vocabulary", "TEXT", QT_TRANSLATE_NOOP("CliHelp", "terms that help the transcription")),
               option("note-language", "sv|pl|en|af", QT_TRANSLATE_NOOP("CliHelp", "the language of notes")),
               option("privacy", "on|off",
                      QT_TRANSLATE_NOOP("CliHelp", "replaces names and national ids with placeholders in notes")),
               option("max-part-minutes", "1..120",
                      QT_TRANSLATE_NOOP("CliHelp", "the longest part of a recording sent in one request")),
               option("parallel", "1..8", QT_TRANSLATE_NOOP("CliHelp", "how many parts are sent at once")),
               option("timeout-seconds", "5..86400", QT_TRANSLATE_NOOP("CliHelp", "the request timeout")),
               option("currency", "CODE", QT_TRANSLATE_NOOP("CliHelp", "the currency of prices (three letters)")),
               option("price", "MODEL=PER_AUDIO_MIN,PER_M_IN,PER_M_OUT",
                      QT_TRANSLATE_NOOP("CliHelp", "a model's price per audio minute and per million input and "
                                                   "output tokens")),
               option("budget", "USER=AMOUNT",
                      QT_TRANSLATE_NOOP("CliHelp", "a user's monthly budget (none removes it; 0 holds every job)")),
               flag("show", QT_TRANSLATE_NOOP("CliHelp", "prints the settings after the changes")),
               flag("json", QT_TRANSLATE_NOOP("CliHelp", "prints the stored settings as JSON (no keys)"))}}) {}

int ConfigAiCommand::run(CommandContext& context) const {
    const QString taskKey = context.option(QStringLiteral("task"));
    std::optional<AiTask> task;
    if (!taskKey.isEmpty()) {
        task = ProviderConfig::taskFromKey(taskKey);
        if (!task || *task == AiTask::Receipts) {
            return context.failWith(Error{ErrorCode::InvalidInput, tr("The task must be transcription or notes."), {}});
        }
    }
    const bool fallback = context.flag(QStringLiteral("fallback"));
    // Read the key before anything else touches stdin or the vault.
    std::optional<SecureBytes> key;
    if (context.flag(QStringLiteral("api-key-stdin"))) {
        if (!task) {
            return context.usage(tr("--api-key-stdin needs --task."));
        }
        key = readKeyFromStdin();
        if (!key) {
            return context.failWith(Error{ErrorCode::InvalidInput, tr("No API key was given on standard input."), {}});
        }
    }
    auto signedIn = context.signIn();
    if (!signedIn) {
        return signedIn.error();
    }
    VaultSession& session = *signedIn;
    AiSettingsStore store(session.db(), session.session());
    auto settings = store.load();
    if (!settings) {
        return context.failWith(settings.error());
    }
    // In this order, as each refuses bad values before anything is saved.
    const auto provider = ConfigAiOptions::applyProvider(context, *settings, task, fallback);
    if (!provider) {
        return provider.error();
    }
    const auto transcription = ConfigAiOptions::applyTranscription(context, *settings);
    if (!transcription) {
        return transcription.error();
    }
    const auto costs = ConfigAiOptions::applyCosts(context, session, *settings);
    if (!costs) {
        return costs.error();
    }
    bool changed = *provider || *transcription || *costs;
    if (changed) {
        if (auto s = store.save(*settings); !s) {
            return context.failWith(s.error());
        }
    }
    if (task && (key || context.flag(QStringLiteral("remove-key")))) {
        if (auto stored = storeKey(context, session, *settings, *task, fallback, key); !stored) {
            return stored.error();
        }
        changed = true;
    }
    if (context.flag(QStringLiteral("show")) || !changed) {
        show(context, *settings);
    }
    return ExitOk;
}

OrExit<void> ConfigAiCommand::storeKey(CommandContext& context, VaultSession& session, const AiSettings& settings,
                                       AiTask task, bool fallback, const std::optional<SecureBytes>& key) {
    const auto provider = fallback ? settings.fallback(task) : settings.provider(task);
    if (!provider) {
        return std::unexpected(
            context.failWith(Error{ErrorCode::InvalidInput,
                                   tr("Set the provider for this task first (--provider, --model), then its key."),
                                   {}}));
    }
    KeychainStore keychain;
    AiKeyStore keys(keychain, session.vault().vaultId(), session.db(), session.session());
    const QString slot = AiKeyStore::slotFor(*provider, task, fallback);
    auto stored = key ? keys.write(slot, *key) : keys.remove(slot);
    if (!stored) {
        return std::unexpected(context.failWith(stored.error()));
    }
    return {};
}

void ConfigAiCommand::show(CommandContext& context, const AiSettings& settings) {
    if (context.json()) {
        context.printJson(settings.toJson());
        return;
    }
    for (const auto& [t, p] : settings.providers) {
        context.printLine(QStringLiteral("%1\t%2\t%3\t%4")
                              .arg(ProviderConfig::taskKey(t), ProviderConfig::kindKey(p.kind),
                                   p.endpoint(QString()).toString(), p.model));
    }
    for (const auto& [t, p] : settings.fallbacks) {
        context.printLine(QStringLiteral("%1 (fallback)\t%2\t%3\t%4")
                              .arg(ProviderConfig::taskKey(t), ProviderConfig::kindKey(p.kind),
                                   p.endpoint(QString()).toString(), p.model));
    }
    context.printLine(
        tr("language %1, note language %2, privacy placeholders %3, parts of at most %4 min, %5 in parallel")
            .arg(settings.transcriptionLanguage, settings.noteLanguage,
                 settings.privacyPlaceholders ? tr("on") : tr("off"))
            .arg(settings.maxPartMinutes)
            .arg(settings.parallelParts));
}

} // namespace clinicdesk::cli
