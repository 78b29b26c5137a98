// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/AiSettings.h"

#include "jobs/JobRepository.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace clinicdesk {

namespace {

const QString kSettingsKey = QStringLiteral("ai");

QJsonObject providerToJson(const ProviderConfig& p) {
    QJsonObject o;
    o[QStringLiteral("kind")] = ProviderConfig::kindKey(p.kind);
    o[QStringLiteral("baseUrl")] = p.baseUrl;
    o[QStringLiteral("model")] = p.model;
    o[QStringLiteral("apiVersion")] = p.apiVersion;
    o[QStringLiteral("azureV1")] = p.azureV1;
    o[QStringLiteral("useBearer")] = p.useBearer;
    o[QStringLiteral("keySlot")] = p.keySlot;
    return o;
}

std::optional<ProviderConfig> providerFromJson(const QJsonValue& value) {
    if (!value.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const auto kind = ProviderConfig::kindFromKey(o.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return std::nullopt; // a provider kind this version does not know
    }
    ProviderConfig p;
    p.kind = *kind;
    p.baseUrl = o.value(QStringLiteral("baseUrl")).toString();
    p.model = o.value(QStringLiteral("model")).toString();
    p.apiVersion = o.value(QStringLiteral("apiVersion")).toString();
    p.azureV1 = o.value(QStringLiteral("azureV1")).toBool(false);
    p.useBearer = o.value(QStringLiteral("useBearer")).toBool(false);
    p.keySlot = o.value(QStringLiteral("keySlot")).toString();
    return p;
}

QJsonObject providersToJson(const std::map<AiTask, ProviderConfig>& providers) {
    QJsonObject o;
    for (const auto& [task, config] : providers) {
        o[ProviderConfig::taskKey(task)] = providerToJson(config);
    }
    return o;
}

std::map<AiTask, ProviderConfig> providersFromJson(const QJsonValue& value) {
    std::map<AiTask, ProviderConfig> providers;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto task = ProviderConfig::taskFromKey(it.key());
        auto config = providerFromJson(it.value());
        if (task && config) {
            providers[*task] = std::move(*config);
        }
    }
    return providers;
}

// Reads an integer field when it is there and within [min, max]; otherwise keeps `fallback`.
std::int64_t readInt(const QJsonObject& o, const QString& key, std::int64_t fallback, std::int64_t min,
                     std::int64_t max) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble()) {
        return fallback;
    }
    const std::int64_t n = v.toInteger(fallback);
    return n < min || n > max ? fallback : n;
}

QString readString(const QJsonObject& o, const QString& key, const QString& fallback) {
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : fallback;
}

// a * b / divisor, rounded to the nearest unit, without overflowing for realistic values.
std::int64_t scaled(std::int64_t a, std::int64_t b, std::int64_t divisor) {
    if (a <= 0 || b <= 0) {
        return 0;
    }
    return std::llround(static_cast<long double>(a) * static_cast<long double>(b) / static_cast<long double>(divisor));
}

} // namespace

AiSettings AiSettings::defaults() {
    AiSettings s;
    // Public list prices of OpenAI (USD) as known when this was written: ESTIMATES only, for the
    // usage page and budgets. The clinic edits the table in AI > AI settings; invoices are the truth.
    s.prices[QStringLiteral("whisper-1")] = ModelPrice{.perAudioMinuteMicro = 6'000};
    s.prices[QStringLiteral("gpt-4o-transcribe")] = ModelPrice{.perAudioMinuteMicro = 6'000};
    s.prices[QStringLiteral("gpt-4o-mini-transcribe")] = ModelPrice{.perAudioMinuteMicro = 3'000};
    s.prices[QStringLiteral("gpt-4o")] =
        ModelPrice{.perMillionInputTokensMicro = 2'500'000, .perMillionOutputTokensMicro = 10'000'000};
    s.prices[QStringLiteral("gpt-4o-mini")] =
        ModelPrice{.perMillionInputTokensMicro = 150'000, .perMillionOutputTokensMicro = 600'000};
    return s;
}

QJsonObject AiSettings::toJson() const {
    QJsonObject o;
    o[QStringLiteral("providers")] = providersToJson(providers);
    o[QStringLiteral("fallbacks")] = providersToJson(fallbacks);
    o[QStringLiteral("transcriptionLanguage")] = transcriptionLanguage;
    o[QStringLiteral("vocabulary")] = vocabulary;
    o[QStringLiteral("maxPartMinutes")] = maxPartMinutes;
    o[QStringLiteral("maxPartBytes")] = static_cast<qint64>(maxPartBytes);
    o[QStringLiteral("parallelParts")] = parallelParts;
    o[QStringLiteral("noteLanguage")] = noteLanguage;
    o[QStringLiteral("privacyPlaceholders")] = privacyPlaceholders;
    o[QStringLiteral("maxNoteInputChars")] = maxNoteInputChars;
    o[QStringLiteral("currency")] = currency;
    QJsonObject priceTable;
    for (const auto& [model, price] : prices) {
        priceTable[model] = QJsonObject{
            {QStringLiteral("perAudioMinuteMicro"), static_cast<qint64>(price.perAudioMinuteMicro)},
            {QStringLiteral("perMillionInputTokensMicro"), static_cast<qint64>(price.perMillionInputTokensMicro)},
            {QStringLiteral("perMillionOutputTokensMicro"), static_cast<qint64>(price.perMillionOutputTokensMicro)},
        };
    }
    o[QStringLiteral("prices")] = priceTable;
    QJsonObject budgets;
    for (const auto& [userId, budget] : monthlyBudgetMicro) {
        budgets[userId] = static_cast<qint64>(budget);
    }
    o[QStringLiteral("monthlyBudgetMicro")] = budgets;
    o[QStringLiteral("requestTimeoutSeconds")] = requestTimeoutSeconds;
    o[QStringLiteral("connectTimeoutSeconds")] = connectTimeoutSeconds;
    return o;
}

AiSettings AiSettings::fromJson(const QJsonObject& json) {
    AiSettings s = defaults();
    s.providers = providersFromJson(json.value(QStringLiteral("providers")));
    s.fallbacks = providersFromJson(json.value(QStringLiteral("fallbacks")));
    s.transcriptionLanguage = readString(json, QStringLiteral("transcriptionLanguage"), s.transcriptionLanguage);
    s.vocabulary = readString(json, QStringLiteral("vocabulary"), s.vocabulary);
    s.maxPartMinutes = static_cast<int>(readInt(json, QStringLiteral("maxPartMinutes"), s.maxPartMinutes, 1, 240));
    s.maxPartBytes = readInt(json, QStringLiteral("maxPartBytes"), s.maxPartBytes, 64 * 1024, 1LL << 40);
    s.parallelParts = static_cast<int>(readInt(json, QStringLiteral("parallelParts"), s.parallelParts, 1, 16));
    s.noteLanguage = readString(json, QStringLiteral("noteLanguage"), s.noteLanguage);
    s.privacyPlaceholders = json.value(QStringLiteral("privacyPlaceholders")).toBool(s.privacyPlaceholders);
    s.maxNoteInputChars =
        static_cast<int>(readInt(json, QStringLiteral("maxNoteInputChars"), s.maxNoteInputChars, 1'000, 100'000'000));
    s.currency = readString(json, QStringLiteral("currency"), s.currency);
    // A stored table replaces the defaults entirely: the clinic may have removed models.
    if (const QJsonValue table = json.value(QStringLiteral("prices")); table.isObject()) {
        s.prices.clear();
        const QJsonObject o = table.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonObject p = it.value().toObject();
            constexpr std::int64_t kMax = 1LL << 50;
            s.prices[it.key()] = ModelPrice{
                .perAudioMinuteMicro = readInt(p, QStringLiteral("perAudioMinuteMicro"), 0, 0, kMax),
                .perMillionInputTokensMicro = readInt(p, QStringLiteral("perMillionInputTokensMicro"), 0, 0, kMax),
                .perMillionOutputTokensMicro = readInt(p, QStringLiteral("perMillionOutputTokensMicro"), 0, 0, kMax),
            };
        }
    }
    const QJsonObject budgets = json.value(QStringLiteral("monthlyBudgetMicro")).toObject();
    for (auto it = budgets.begin(); it != budgets.end(); ++it) {
        if (it.value().isDouble() && it.value().toInteger(-1) >= 0) {
            s.monthlyBudgetMicro[it.key()] = it.value().toInteger();
        }
    }
    s.requestTimeoutSeconds =
        static_cast<int>(readInt(json, QStringLiteral("requestTimeoutSeconds"), s.requestTimeoutSeconds, 1, 24 * 3600));
    s.connectTimeoutSeconds =
        static_cast<int>(readInt(json, QStringLiteral("connectTimeoutSeconds"), s.connectTimeoutSeconds, 1, 600));
    return s;
}

std::optional<ProviderConfig> AiSettings::provider(AiTask task) const {
    const auto it = providers.find(task);
    if (it == providers.end() || !it->second.isValid()) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<ProviderConfig> AiSettings::fallback(AiTask task) const {
    const auto it = fallbacks.find(task);
    if (it == fallbacks.end() || !it->second.isValid()) {
        return std::nullopt;
    }
    return it->second;
}

std::int64_t AiSettings::estimateCostMicro(const QString& model, std::int64_t audioMs, std::int64_t inputTokens,
                                           std::int64_t outputTokens) const {
    // The exact model, else the longest listed name it extends with "-" (a dated snapshot such as
    // gpt-4o-mini-2024-07-18 costs what gpt-4o-mini costs). Unknown models cost 0 (unknown).
    auto it = prices.find(model);
    if (it == prices.end()) {
        qsizetype best = 0;
        for (auto candidate = prices.begin(); candidate != prices.end(); ++candidate) {
            const QString& name = candidate->first;
            if (name.size() > best && model.startsWith(name + QLatin1Char('-'))) {
                best = name.size();
                it = candidate;
            }
        }
    }
    if (it == prices.end()) {
        return 0;
    }
    const ModelPrice& price = it->second;
    return scaled(price.perAudioMinuteMicro, audioMs, 60'000) +
           scaled(price.perMillionInputTokensMicro, inputTokens, 1'000'000) +
           scaled(price.perMillionOutputTokensMicro, outputTokens, 1'000'000);
}

Result<AiSettings> AiSettingsStore::load() {
    auto stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(kSettingsKey);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return AiSettings::defaults();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(stmt->text(0).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::Integrity,
                    tr("The AI settings stored in this vault cannot be read. An administrator can set them again "
                       "in AI > AI settings."),
                    QStringLiteral("settings 'ai' is not a JSON object: %1").arg(error.errorString()));
    }
    return AiSettings::fromJson(doc.object());
}

Status AiSettingsStore::save(const AiSettings& settings) {
    const User& user = m_session.user;
    if (!user.active || user.role != Role::Admin) {
        return fail(ErrorCode::PermissionDenied, tr("Only an administrator may change the AI settings."),
                    QStringLiteral("role %1 may not write settings 'ai'").arg(RoleNames::key(user.role)));
    }
    for (const auto* providers : {&settings.providers, &settings.fallbacks}) {
        for (const auto& [task, config] : *providers) {
            if (auto problem = config.addressProblem()) {
                return fail(ErrorCode::InvalidInput, *problem,
                            QStringLiteral("%1 address refused").arg(ProviderConfig::taskKey(task)));
            }
        }
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto existing = m_db.scalar("SELECT count(*) FROM settings WHERE key = ?", kSettingsKey);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    const QString value = QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact));
    auto stmt =
        m_db.prepare("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(kSettingsKey, value, Clock::nowMs(), user.id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    // The audit detail names providers, models and the hosts requests go to (no secrets, no patient data).
    QStringList detail;
    for (const auto& [task, config] : settings.providers) {
        detail << QStringLiteral("%1=%2/%3@%4")
                      .arg(ProviderConfig::taskKey(task), ProviderConfig::kindKey(config.kind), config.model,
                           config.host());
    }
    for (const auto& [task, config] : settings.fallbacks) {
        detail << QStringLiteral("%1-fallback=%2/%3@%4")
                      .arg(ProviderConfig::taskKey(task), ProviderConfig::kindKey(config.kind), config.model,
                           config.host());
    }
    Journal journal(m_db, m_session);
    if (auto s = journal.recordWrite(QStringLiteral("settings"), QStringLiteral("settings"), kSettingsKey,
                                     *existing > 0 ? ChangeFeed::Op::Update : ChangeFeed::Op::Insert,
                                     detail.join(QLatin1Char(' ')));
        !s) {
        return s;
    }
    // What held jobs waited for (a provider, a model, how the key is sent, a budget) may be here now: they
    // are queued again in the same transaction and run by themselves; one whose problem remains goes back to
    // needs_user before anything is sent.
    auto released = JobRepository(m_db, m_session).releaseHeld(kReleasedBySettings);
    if (!released) {
        return std::unexpected(released.error());
    }
    if (auto s = tx->commit(); !s) {
        return s;
    }
    qCInfo(lcAi) << "AI settings saved by" << user.id << "released" << *released << "held job(s)";
    return {};
}

} // namespace clinicdesk
