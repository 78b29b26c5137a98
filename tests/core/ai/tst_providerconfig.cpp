// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// ProviderConfig: the URLs each provider kind is called at (OpenAI, Azure classic and
// /openai/v1, compatible servers) and the stable keys stored in the settings.

#include "ai/ProviderConfig.h"

#include <QTest>

using namespace clinicdesk;

class TstProviderConfig : public QObject {
    Q_OBJECT

private slots:
    void openAiUsesTheDefaultBase();
    void compatibleBaseKeepsItsPathWithoutTrailingSlash();
    void azureClassicUsesDeploymentUrlsWithApiVersion();
    void azureV1UsesTheOpenAiCompatiblePath();
    void validityNeedsModelAndBase();
    void keysRoundTrip();
};

void TstProviderConfig::openAiUsesTheDefaultBase() {
    ProviderConfig p;
    p.kind = ProviderKind::OpenAi;
    p.model = QStringLiteral("whisper-1");
    QCOMPARE(p.endpoint(QStringLiteral("audio/transcriptions")),
             QUrl(QStringLiteral("https://api.openai.com/v1/audio/transcriptions")));
    QCOMPARE(p.endpoint(QStringLiteral("models")), QUrl(QStringLiteral("https://api.openai.com/v1/models")));
    QCOMPARE(p.host(), QStringLiteral("api.openai.com"));

    // A base given for OpenAI (a proxy in front of it) is used as is.
    p.baseUrl = QStringLiteral("https://gateway.example.org/openai/v1/");
    QCOMPARE(p.endpoint(QStringLiteral("chat/completions")),
             QUrl(QStringLiteral("https://gateway.example.org/openai/v1/chat/completions")));
    QCOMPARE(p.host(), QStringLiteral("gateway.example.org"));
}

void TstProviderConfig::compatibleBaseKeepsItsPathWithoutTrailingSlash() {
    ProviderConfig p;
    p.kind = ProviderKind::Compatible;
    p.baseUrl = QStringLiteral("http://10.0.0.5:8080/v1//");
    p.model = QStringLiteral("large-v3");
    QCOMPARE(p.endpoint(QStringLiteral("audio/transcriptions")),
             QUrl(QStringLiteral("http://10.0.0.5:8080/v1/audio/transcriptions")));
    QCOMPARE(p.endpoint(QStringLiteral("/chat/completions")),
             QUrl(QStringLiteral("http://10.0.0.5:8080/v1/chat/completions")));
    QCOMPARE(p.host(), QStringLiteral("10.0.0.5:8080"));
}

void TstProviderConfig::azureClassicUsesDeploymentUrlsWithApiVersion() {
    ProviderConfig p;
    p.kind = ProviderKind::Azure;
    p.baseUrl = QStringLiteral("https://clinic.openai.azure.com/");
    p.model = QStringLiteral("clinic-notes");
    QCOMPARE(p.endpoint(QStringLiteral("chat/completions")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/deployments/clinic-notes/chat/completions"
                            "?api-version=2024-10-21"));
    QCOMPARE(p.endpoint(QStringLiteral("audio/transcriptions")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/deployments/clinic-notes/audio/transcriptions"
                            "?api-version=2024-10-21"));
    QCOMPARE(p.endpoint(QStringLiteral("models")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/models?api-version=2024-10-21"));
    QCOMPARE(p.host(), QStringLiteral("clinic.openai.azure.com"));

    p.apiVersion = QStringLiteral("2025-01-01-preview");
    QCOMPARE(p.endpoint(QStringLiteral("chat/completions")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/deployments/clinic-notes/chat/completions"
                            "?api-version=2025-01-01-preview"));

    // An endpoint pasted with "/openai" gives the same URLs.
    p.baseUrl = QStringLiteral("https://clinic.openai.azure.com/openai/");
    QCOMPARE(p.endpoint(QStringLiteral("chat/completions")).path(),
             QStringLiteral("/openai/deployments/clinic-notes/chat/completions"));
}

void TstProviderConfig::azureV1UsesTheOpenAiCompatiblePath() {
    ProviderConfig p;
    p.kind = ProviderKind::Azure;
    p.azureV1 = true;
    p.baseUrl = QStringLiteral("https://clinic.openai.azure.com");
    p.model = QStringLiteral("gpt-4o-mini");
    QCOMPARE(p.endpoint(QStringLiteral("chat/completions")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/v1/chat/completions"));
    QCOMPARE(p.endpoint(QStringLiteral("models")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/v1/models"));
    // Pasted with the /openai/v1 suffix: not doubled.
    p.baseUrl = QStringLiteral("https://clinic.openai.azure.com/openai/v1/");
    QCOMPARE(p.endpoint(QStringLiteral("audio/transcriptions")).toString(),
             QStringLiteral("https://clinic.openai.azure.com/openai/v1/audio/transcriptions"));
}

void TstProviderConfig::validityNeedsModelAndBase() {
    ProviderConfig p;
    QVERIFY(!p.isValid());
    p.model = QStringLiteral("gpt-4o-mini");
    QVERIFY(p.isValid()); // OpenAI has a default base
    p.kind = ProviderKind::Compatible;
    QVERIFY(!p.isValid());
    p.baseUrl = QStringLiteral("http://localhost:8080/v1");
    QVERIFY(p.isValid());
}

void TstProviderConfig::keysRoundTrip() {
    for (const ProviderKind kind : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Compatible}) {
        QCOMPARE(ProviderConfig::kindFromKey(ProviderConfig::kindKey(kind)), std::optional<ProviderKind>(kind));
    }
    QCOMPARE(ProviderConfig::kindKey(ProviderKind::OpenAi), QStringLiteral("openai"));
    QCOMPARE(ProviderConfig::kindKey(ProviderKind::Azure), QStringLiteral("azure"));
    QCOMPARE(ProviderConfig::kindKey(ProviderKind::Compatible), QStringLiteral("compatible"));
    QVERIFY(!ProviderConfig::kindFromKey(QStringLiteral("anthropic")));
    for (const AiTask task : {AiTask::Transcription, AiTask::Notes, AiTask::Receipts}) {
        QCOMPARE(ProviderConfig::taskFromKey(ProviderConfig::taskKey(task)), std::optional<AiTask>(task));
    }
    QCOMPARE(ProviderConfig::taskKey(AiTask::Transcription), QStringLiteral("transcription"));
    QCOMPARE(ProviderConfig::taskKey(AiTask::Notes), QStringLiteral("notes"));
    QCOMPARE(ProviderConfig::taskKey(AiTask::Receipts), QStringLiteral("receipts"));
    QVERIFY(!ProviderConfig::taskFromKey(QStringLiteral("translation")));
}

QTEST_GUILESS_MAIN(TstProviderConfig)
#include "tst_providerconfig.moc"
