// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Jobs held for the user (needs_user) with a machine-readable reason, and released by themselves when
// what they waited for is saved: no provider for the task or no key on this computer (configuration),
// a refused key (auth) and a used-up budget are queued again when the AI settings are saved
// (AiSettingsStore::save, what the settings page and `config ai` call) or a key is stored
// (AiKeyStore with the vault); a used-up provider account (quota) is not. Nobody wakes the runner: it
// sees the released job on its own, as the desktop app's runner sees a `config ai` run in a terminal.
//
//   scripts/test-env build/tests/core/tst_aipipeline_held

#include "AiPipelineFixture.h"

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

constexpr int kJobWaitMs = 20'000;
constexpr int kIdlePollMs = 200;

} // namespace

class TstAiPipelineHeld : public QObject {
    Q_OBJECT

    PipelineWorld m_world;
    bool m_ready = false;

    // A transcription of a fresh short recording; its job id.
    QString transcription() {
        auto recording = m_world.shortRecording(4'000);
        if (!recording) {
            qWarning("recording: %s", why(recording).constData());
            return {};
        }
        return m_world.requestTranscription(*recording);
    }

    void storeKey(const QString& slot) {
        KeychainStore keychain;
        CHECK_OK(AiKeyStore(keychain, m_world.vaultId, m_world.db(), m_world.session())
                     .write(slot, SecureBytes::fromUtf8(kApiKey)));
    }

private slots:
    void initTestCase() {
        if (!PipelineWorld::keychainAvailable()) {
            QSKIP("API keys live in the real OS keychain: run through scripts/test-env.");
        }
        QVERIFY(m_world.setUp());
        CHECK_OK(m_world.save(m_world.baseSettings()));
        m_world.startRunner(300, kIdlePollMs);
        m_ready = true;
    }
    void cleanupTestCase() { m_world.tearDown(); }
    void init() {
        if (!m_ready) {
            QSKIP("no test environment");
        }
        m_world.resetFake();
    }
    void cleanup() {
        storeKey(QStringLiteral("transcription"));
        CHECK_OK(m_world.save(m_world.baseSettings()));
    }

    void noProviderIsReleasedWhenTheSettingsAreSaved() {
        AiSettings settings = m_world.baseSettings();
        settings.providers.erase(AiTask::Transcription);
        CHECK_OK(m_world.save(settings));
        const QString jobId = transcription();
        QVERIFY(!jobId.isEmpty());
        WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
        QCOMPARE(m_world.job(jobId).holdReason, HoldReason::Configuration);
        QVERIFY(m_world.job(jobId).lastError.contains(QStringLiteral("No transcription provider")));
        QCOMPARE(m_world.fake.requestCount(QStringLiteral("audio/transcriptions")), 0);

        // The administrator sets the provider up; nothing else is done.
        CHECK_OK(m_world.save(m_world.baseSettings()));
        QCOMPARE(m_world.job(jobId).holdReason, HoldReason::None);
        WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
        QCOMPARE(m_world.transcriptsOf(jobId), 1);
        // Released as a retry by the one who saved: audited.
        auto audited = m_world.db().scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'job' AND action = 'retry' AND entity_id = ?", jobId);
        CHECK_OK(audited);
        QCOMPARE(*audited, 1);
    }

    void missingKeyIsReleasedWhenTheKeyIsStored() {
        {
            KeychainStore keychain;
            CHECK_OK(AiKeyStore(keychain, m_world.vaultId).remove(QStringLiteral("transcription")));
        }
        const QString jobId = transcription();
        WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
        QCOMPARE(m_world.job(jobId).holdReason, HoldReason::Configuration);
        QCOMPARE(m_world.fake.requestCount(QStringLiteral("audio/transcriptions")), 0);

        storeKey(QStringLiteral("transcription")); // `config ai --api-key-stdin`
        WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
        QCOMPARE(m_world.transcriptsOf(jobId), 1);
    }

    void refusedKeyIsReleasedByANewKey() {
        m_world.fake.pushFault(QStringLiteral("audio/transcriptions"), {FakeOpenAiServer::Fault::Unauthorized});
        const QString jobId = transcription();
        WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
        QCOMPARE(m_world.job(jobId).holdReason, HoldReason::Auth);
        storeKey(QStringLiteral("transcription"));
        WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    }

    void budgetIsReleasedWhenRaised() {
        AiSettings settings = m_world.baseSettings();
        settings.monthlyBudgetMicro[m_world.session().user.id] = 0;
        CHECK_OK(m_world.save(settings));
        const QString jobId = transcription();
        WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
        QCOMPARE(m_world.job(jobId).holdReason, HoldReason::Budget);

        // Saved again with the budget still used up: released, and held again before anything is sent.
        CHECK_OK(m_world.save(settings));
        auto retries = m_world.db().scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'job' AND action = 'retry' AND entity_id = ?", jobId);
        CHECK_OK(retries);
        QCOMPARE(*retries, 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_world.stateOf(jobId) == JobState::NeedsUser &&
                                     m_world.job(jobId).holdReason == HoldReason::Budget,
                                 kJobWaitMs);
        QCOMPARE(m_world.fake.requestCount(QStringLiteral("audio/transcriptions")), 0);

        CHECK_OK(m_world.save(m_world.baseSettings())); // no budget
        WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    }

    // An account out of credit is sorted out with the provider, not in ClinicDesk: saving does not hammer it.
    void quotaIsNotReleased() {
        m_world.fake.pushFault(QStringLiteral("audio/transcriptions"), {FakeOpenAiServer::Fault::InsufficientQuota});
        const QString jobId = transcription();
        WAIT_FOR_STATE(m_world, jobId, JobState::NeedsUser, kJobWaitMs);
        QCOMPARE(m_world.job(jobId).holdReason, HoldReason::Quota);
        CHECK_OK(m_world.save(m_world.baseSettings()));
        storeKey(QStringLiteral("transcription"));
        QTest::qWait(5 * kIdlePollMs);
        QCOMPARE(m_world.stateOf(jobId), JobState::NeedsUser);
        QCOMPARE(m_world.fake.requestCount(QStringLiteral("audio/transcriptions")), 1);
        // The user says when: `jobs retry`.
        CHECK_OK(m_world.jobs().retry(jobId));
        WAIT_FOR_STATE(m_world, jobId, JobState::Done, kJobWaitMs);
    }
};

QTEST_GUILESS_MAIN(TstAiPipelineHeld)
#include "tst_aipipeline_held.moc"
