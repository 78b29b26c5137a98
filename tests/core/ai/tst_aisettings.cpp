// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// AiSettings: defaults, the JSON kept in the vault's settings table (every field, tolerant
// of old or foreign documents), cost estimates, and AiSettingsStore against a real vault
// (admins only, audited, in the change feed).

#include "Checks.h"
#include "TestVault.h"
#include "ai/AiSettings.h"

#include <QJsonDocument>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::TestVault;

namespace {

AiSettings sample() {
    AiSettings s = AiSettings::defaults();
    ProviderConfig transcription;
    transcription.kind = ProviderKind::Azure;
    transcription.baseUrl = QStringLiteral("https://clinic.openai.azure.com");
    transcription.model = QStringLiteral("whisper");
    transcription.apiVersion = QStringLiteral("2024-06-01");
    transcription.useBearer = true;
    transcription.keySlot = QStringLiteral("azure-main");
    s.providers[AiTask::Transcription] = transcription;
    ProviderConfig notes;
    notes.kind = ProviderKind::OpenAi;
    notes.model = QStringLiteral("gpt-4o-mini");
    s.providers[AiTask::Notes] = notes;
    ProviderConfig local;
    local.kind = ProviderKind::Compatible;
    local.baseUrl = QStringLiteral("https://10.0.0.5:8080/v1");
    local.model = QStringLiteral("large-v3");
    local.azureV1 = true; // meaningless for compatible, but stored as given
    s.fallbacks[AiTask::Transcription] = local;
    s.transcriptionLanguage = QStringLiteral("sv");
    s.vocabulary = QStringLiteral("FDI tooth numbering, 11-48, karies, rotfyllning");
    s.maxPartMinutes = 12;
    s.maxPartBytes = 10LL * 1024 * 1024;
    s.parallelParts = 3;
    s.noteLanguage = QStringLiteral("pl");
    s.privacyPlaceholders = true;
    s.maxNoteInputChars = 50'000;
    s.currency = QStringLiteral("SEK");
    s.prices[QStringLiteral("large-v3")] = ModelPrice{.perAudioMinuteMicro = 1};
    s.prices.erase(QStringLiteral("gpt-4o"));
    s.monthlyBudgetMicro[QStringLiteral("user-1")] = 25'000'000;
    s.requestTimeoutSeconds = 120;
    s.connectTimeoutSeconds = 7;
    return s;
}

bool sameProvider(const ProviderConfig& a, const ProviderConfig& b) {
    return a.kind == b.kind && a.baseUrl == b.baseUrl && a.model == b.model && a.apiVersion == b.apiVersion &&
           a.azureV1 == b.azureV1 && a.useBearer == b.useBearer && a.keySlot == b.keySlot;
}

bool sameProviders(const std::map<AiTask, ProviderConfig>& a, const std::map<AiTask, ProviderConfig>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
               return x.first == y.first && sameProvider(x.second, y.second);
           });
}

bool samePrices(const std::map<QString, ModelPrice>& a, const std::map<QString, ModelPrice>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
               return x.first == y.first && x.second.perAudioMinuteMicro == y.second.perAudioMinuteMicro &&
                      x.second.perMillionInputTokensMicro == y.second.perMillionInputTokensMicro &&
                      x.second.perMillionOutputTokensMicro == y.second.perMillionOutputTokensMicro;
           });
}

void compareSettings(const AiSettings& a, const AiSettings& b) {
    QVERIFY(sameProviders(a.providers, b.providers));
    QVERIFY(sameProviders(a.fallbacks, b.fallbacks));
    QCOMPARE(a.transcriptionLanguage, b.transcriptionLanguage);
    QCOMPARE(a.vocabulary, b.vocabulary);
    QCOMPARE(a.maxPartMinutes, b.maxPartMinutes);
    QCOMPARE(a.maxPartBytes, b.maxPartBytes);
    QCOMPARE(a.parallelParts, b.parallelParts);
    QCOMPARE(a.noteLanguage, b.noteLanguage);
    QCOMPARE(a.privacyPlaceholders, b.privacyPlaceholders);
    QCOMPARE(a.maxNoteInputChars, b.maxNoteInputChars);
    QCOMPARE(a.currency, b.currency);
    QVERIFY(samePrices(a.prices, b.prices));
    QVERIFY(a.monthlyBudgetMicro == b.monthlyBudgetMicro);
    QCOMPARE(a.requestTimeoutSeconds, b.requestTimeoutSeconds);
    QCOMPARE(a.connectTimeoutSeconds, b.connectTimeoutSeconds);
}

std::int64_t scalar(Database& db, const char* sql) {
    auto value = db.scalar(sql);
    return value ? *value : -1;
}

} // namespace

class TstAiSettings : public QObject {
    Q_OBJECT

private slots:
    void defaultsHaveNoProvidersAndListPrices();
    void jsonRoundTripKeepsEveryField();
    void fromJsonToleratesMissingAndUnknownEntries();
    void costEstimates();
    void storeLoadsDefaultsThenWhatAnAdminSaved();
    void onlyAdminsSave();
    void remoteProvidersOnlyOverHttps_data();
    void remoteProvidersOnlyOverHttps();
    void auditNamesTheHosts();
};

void TstAiSettings::defaultsHaveNoProvidersAndListPrices() {
    const AiSettings s = AiSettings::defaults();
    QVERIFY(s.providers.empty());
    QVERIFY(s.fallbacks.empty());
    QVERIFY(!s.provider(AiTask::Transcription));
    QVERIFY(!s.fallback(AiTask::Notes));
    QCOMPARE(s.prices.at(QStringLiteral("whisper-1")).perAudioMinuteMicro, 6'000);
    QCOMPARE(s.prices.at(QStringLiteral("gpt-4o-transcribe")).perAudioMinuteMicro, 6'000);
    QCOMPARE(s.prices.at(QStringLiteral("gpt-4o-mini-transcribe")).perAudioMinuteMicro, 3'000);
    QCOMPARE(s.prices.at(QStringLiteral("gpt-4o")).perMillionInputTokensMicro, 2'500'000);
    QCOMPARE(s.prices.at(QStringLiteral("gpt-4o")).perMillionOutputTokensMicro, 10'000'000);
    QCOMPARE(s.prices.at(QStringLiteral("gpt-4o-mini")).perMillionInputTokensMicro, 150'000);
    QCOMPARE(s.prices.at(QStringLiteral("gpt-4o-mini")).perMillionOutputTokensMicro, 600'000);
    QVERIFY(s.maxPartBytes < 26'214'400);
}

void TstAiSettings::jsonRoundTripKeepsEveryField() {
    const AiSettings original = sample();
    // Through text, as the store keeps it.
    const QByteArray text = QJsonDocument(original.toJson()).toJson(QJsonDocument::Compact);
    const AiSettings back = AiSettings::fromJson(QJsonDocument::fromJson(text).object());
    compareSettings(back, original);
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY(back.provider(AiTask::Transcription));
    QCOMPARE(back.provider(AiTask::Transcription)->keySlot, QStringLiteral("azure-main"));
    QCOMPARE(back.fallback(AiTask::Transcription)->baseUrl, QStringLiteral("https://10.0.0.5:8080/v1"));
    QVERIFY(!back.provider(AiTask::Receipts));
    // The removed price stays removed (a stored table replaces the defaults).
    QVERIFY(!back.prices.contains(QStringLiteral("gpt-4o")));
}

void TstAiSettings::fromJsonToleratesMissingAndUnknownEntries() {
    const AiSettings empty = AiSettings::fromJson(QJsonObject());
    compareSettings(empty, AiSettings::defaults());

    const QJsonObject json = QJsonDocument::fromJson(R"({
        "providers": {
            "transcription": {"kind": "openai", "model": "whisper-1"},
            "notes": {"kind": "some-future-provider", "model": "x"},
            "translation": {"kind": "openai", "model": "gpt-4o"},
            "receipts": "not an object"
        },
        "fallbacks": [],
        "maxPartMinutes": "twenty",
        "parallelParts": -3,
        "vocabulary": 12,
        "futureSetting": {"a": 1}
    })")
                                 .object();
    const AiSettings s = AiSettings::fromJson(json);
    QCOMPARE(s.providers.size(), std::size_t(1));
    QVERIFY(s.provider(AiTask::Transcription));
    QCOMPARE(s.provider(AiTask::Transcription)->model, QStringLiteral("whisper-1"));
    QCOMPARE(s.provider(AiTask::Transcription)->kind, ProviderKind::OpenAi);
    QVERIFY(!s.provider(AiTask::Notes));
    QVERIFY(s.fallbacks.empty());
    const AiSettings defaults = AiSettings::defaults();
    QCOMPARE(s.maxPartMinutes, defaults.maxPartMinutes);
    QCOMPARE(s.parallelParts, defaults.parallelParts);
    QCOMPARE(s.vocabulary, defaults.vocabulary);
    QVERIFY(samePrices(s.prices, defaults.prices)); // no table stored: the defaults
}

void TstAiSettings::costEstimates() {
    const AiSettings s = AiSettings::defaults();
    // 10 minutes of whisper-1 at $0.006/min = $0.06.
    QCOMPARE(s.estimateCostMicro(QStringLiteral("whisper-1"), 10 * 60'000, 0, 0), 60'000);
    // 90 s of gpt-4o-mini-transcribe at $0.003/min = $0.0045.
    QCOMPARE(s.estimateCostMicro(QStringLiteral("gpt-4o-mini-transcribe"), 90'000, 0, 0), 4'500);
    // gpt-4o: 1000 input tokens ($0.0025) + 500 output tokens ($0.005).
    QCOMPARE(s.estimateCostMicro(QStringLiteral("gpt-4o"), 0, 1'000, 500), 7'500);
    // A dated snapshot costs what its model costs; gpt-4o-mini is not mistaken for gpt-4o.
    QCOMPARE(s.estimateCostMicro(QStringLiteral("gpt-4o-mini-2024-07-18"), 0, 1'000'000, 1'000'000), 750'000);
    QCOMPARE(s.estimateCostMicro(QStringLiteral("llama-3-70b"), 60'000, 1'000, 1'000), 0);
}

void TstAiSettings::storeLoadsDefaultsThenWhatAnAdminSaved() {
    TestVault vault;
    Database& db = vault.session().db();
    AiSettingsStore store(db, vault.session().session());
    auto loaded = store.load();
    CHECK_OK(loaded);
    compareSettings(*loaded, AiSettings::defaults());

    const std::int64_t auditBefore = scalar(db, "SELECT count(*) FROM audit_log");
    const std::int64_t changesBefore = scalar(db, "SELECT count(*) FROM changes WHERE tbl = 'settings'");
    CHECK_OK(store.save(sample()));
    auto reloaded = store.load();
    CHECK_OK(reloaded);
    compareSettings(*reloaded, sample());

    QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log"), auditBefore + 1);
    QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE entity_id = 'ai' AND action = 'create'"), 1);
    QCOMPARE(scalar(db, "SELECT count(*) FROM changes WHERE tbl = 'settings' AND record_id = 'ai'"), changesBefore + 1);

    // Saving again updates the one row.
    AiSettings changed = sample();
    changed.noteLanguage = QStringLiteral("sv");
    CHECK_OK(store.save(changed));
    QCOMPARE(scalar(db, "SELECT count(*) FROM settings WHERE key = 'ai'"), 1);
    QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE entity_id = 'ai' AND action = 'update'"), 1);
    QCOMPARE(scalar(db, "SELECT count(*) FROM changes WHERE tbl = 'settings' AND op = 'update'"), 1);
    auto again = store.load();
    CHECK_OK(again);
    QCOMPARE(again->noteLanguage, QStringLiteral("sv"));
}

void TstAiSettings::onlyAdminsSave() {
    TestVault vault;
    CHECK_OK(vault.addUser(QStringLiteral("doctor"), Role::Practitioner));
    CHECK_OK(vault.addUser(QStringLiteral("desk"), Role::Receptionist));
    for (const QString& name : {QStringLiteral("doctor"), QStringLiteral("desk")}) {
        CHECK_OK(vault.loginAs(name, TestVault::passwordFor(name)));
        Database& db = vault.session().db();
        AiSettingsStore store(db, vault.session().session());
        const std::int64_t changesBefore = scalar(db, "SELECT count(*) FROM changes");
        auto saved = store.save(sample());
        QVERIFY(!saved);
        QCOMPARE(code(saved.error().code), code(ErrorCode::PermissionDenied));
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(scalar(db, "SELECT count(*) FROM settings WHERE key = 'ai'"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM changes"), changesBefore);
        // Everyone reads them: jobs of every user need the provider.
        CHECK_OK(store.load());
    }
}

void TstAiSettings::remoteProvidersOnlyOverHttps_data() {
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << QStringLiteral("https://llm.clinic.example:8443/v1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
    QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/v1") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/v1") << true;
    QTest::newRow("http LAN server") << QStringLiteral("http://10.0.0.5:8080/v1") << false;
    QTest::newRow("http public name") << QStringLiteral("http://llm.clinic.example/v1") << false;
    QTest::newRow("http name that starts like localhost") << QStringLiteral("http://localhost.example.org/v1") << false;
    QTest::newRow("HTTP upper case") << QStringLiteral("HTTP://10.0.0.5/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://10.0.0.5/v1") << false;
    QTest::newRow("no host") << QStringLiteral("https:///v1") << false;
}

void TstAiSettings::remoteProvidersOnlyOverHttps() {
    QFETCH(QString, baseUrl);
    QFETCH(bool, accepted);
    TestVault vault;
    Database& db = vault.session().db();
    AiSettingsStore store(db, vault.session().session());
    for (const bool fallback : {false, true}) {
        AiSettings settings = AiSettings::defaults();
        ProviderConfig config;
        config.kind = ProviderKind::Compatible;
        config.baseUrl = baseUrl;
        config.model = QStringLiteral("large-v3");
        (fallback ? settings.fallbacks : settings.providers)[AiTask::Transcription] = config;
        QCOMPARE(!config.addressProblem(), accepted);
        const std::int64_t auditBefore = scalar(db, "SELECT count(*) FROM audit_log");
        auto saved = store.save(settings);
        QCOMPARE(saved.has_value(), accepted);
        if (!accepted) {
            QCOMPARE(code(saved.error().code), code(ErrorCode::InvalidInput));
            QVERIFY(saved.error().message.contains(QStringLiteral("https://")));
            QCOMPARE(scalar(db, "SELECT count(*) FROM settings WHERE key = 'ai'"), 0);
            QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log"), auditBefore);
        }
    }
}

void TstAiSettings::auditNamesTheHosts() {
    TestVault vault;
    Database& db = vault.session().db();
    CHECK_OK(AiSettingsStore(db, vault.session().session()).save(sample()));
    auto stmt = db.prepare("SELECT detail FROM audit_log WHERE entity_id = 'ai' ORDER BY seq DESC LIMIT 1");
    CHECK_OK(stmt);
    auto row = stmt->step();
    CHECK_OK(row);
    QVERIFY(*row);
    const QString detail = stmt->text(0);
    QVERIFY2(detail.contains(QStringLiteral("transcription=azure/whisper@clinic.openai.azure.com")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("notes=openai/gpt-4o-mini@api.openai.com")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("transcription-fallback=compatible/large-v3@10.0.0.5:8080")),
             qPrintable(detail));
}

QTEST_GUILESS_MAIN(TstAiSettings)
#include "tst_aisettings.moc"
