// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "ai/ProviderConfig.h"
#include "domain/Session.h"
#include "jobs/Job.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <map>
#include <optional>
#include <vector>

namespace clinicdesk {

// Price of one model, in micro-units of `currency` (USD by default).
struct ModelPrice {
    std::int64_t perAudioMinuteMicro = 0;
    std::int64_t perMillionInputTokensMicro = 0;
    std::int64_t perMillionOutputTokensMicro = 0;
};

// The clinic's AI settings, stored as JSON in the vault's `settings` table (key `ai`).
// No secrets here: API keys are in the OS keychain.
struct AiSettings {
    std::map<AiTask, ProviderConfig> providers;             // per task
    std::map<AiTask, ProviderConfig> fallbacks;             // optional, tried on non-user failures
    QString transcriptionLanguage = QStringLiteral("auto"); // sv, pl, en, af, auto
    QString vocabulary;                                     // prompt with terms (tooth numbering...)
    int maxPartMinutes = 20;
    std::int64_t maxPartBytes = 24LL * 1024 * 1024; // below the 25 MiB request limit
    int parallelParts = 2;
    QString noteLanguage = QStringLiteral("en"); // output language of notes
    bool privacyPlaceholders = false;            // replace names/national ids before notes
    int maxNoteInputChars = 120'000;             // above: summarised in parts
    QString currency = QStringLiteral("USD");
    std::map<QString, ModelPrice> prices;               // model -> price (editable table)
    std::map<QString, std::int64_t> monthlyBudgetMicro; // user id -> budget (absent: none)
    int requestTimeoutSeconds = 300;
    int connectTimeoutSeconds = 15;

    [[nodiscard]] static AiSettings defaults();
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static AiSettings fromJson(const QJsonObject& json);
    [[nodiscard]] std::optional<ProviderConfig> provider(AiTask task) const;
    [[nodiscard]] std::optional<ProviderConfig> fallback(AiTask task) const;
    // Estimated cost in micro-units for one request.
    [[nodiscard]] std::int64_t estimateCostMicro(const QString& model, std::int64_t audioMs, std::int64_t inputTokens,
                                                 std::int64_t outputTokens) const;
};

// Reads and writes AiSettings in the vault (admins only write; audited). Saving releases the jobs held for
// configuration, a refused key or a budget (JobRepository::releaseHeld) in the same transaction, so the GUI's
// settings page and `clinicdesk-cli config ai` both get them going again.
class AiSettingsStore {
    Q_DECLARE_TR_FUNCTIONS(AiSettingsStore)
public:
    // What a saved settings change may have fixed.
    static inline const std::vector<HoldReason> kReleasedBySettings{HoldReason::Configuration, HoldReason::Auth,
                                                                    HoldReason::Budget};

    AiSettingsStore(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}
    [[nodiscard]] Result<AiSettings> load();
    [[nodiscard]] Status save(const AiSettings& settings);

private:
    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
