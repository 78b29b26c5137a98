// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The AI jobs panel in the real main window (AppController, a real vault, the real JobRunner
// thread, the real keychain of scripts/test-env) against the local fake OpenAI server: a queued
// transcription appears and reaches done; "Work offline" holds the queue and switching back runs
// it; a refused key leaves the job waiting for the user with the reason shown, and Retry after the
// key is fixed in the settings page runs it; Cancel stops a running request; locking in the middle
// of a request puts the job back in the queue. The egress page lists what was sent, never content.
#include "AppController.h"
#include "FakeOpenAiServer.h"
#include "TestVault.h"
#include "WavFile.h"
#include "ai/AiKeyStore.h"
#include "ai/AiSettings.h"
#include "async/VaultWorker.h"
#include "audio/RecordingImporter.h"
#include "jobs/JobRepository.h"
#include "jobs/JobTableModel.h"
#include "jobs/JobsHost.h"
#include "jobs/JobsPanel.h"
#include "jobs/OnlineIndicator.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "net/HttpClient.h"
#include "settings/AiSettingsPage.h"
#include "settings/EgressLogPage.h"
#include "settings/ProviderEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 20000;
const QString kGoodKey = QStringLiteral("sk-test-key"); // what the fake server accepts
const QString kWrongKey = QStringLiteral("sk-revoked-key");

bool keychainAvailable() {
    return qEnvironmentVariableIsSet("CLINICDESK_TEST_KEYCHAIN");
}

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// A vault with two finished recordings of one patient, the transcription provider set to the fake
// server, a key in the keychain, and then the signed-in main window.
struct Fixture {
    test::FakeOpenAiServer fake;
    test::TestVault vault;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<AppController> controller;
    QString vaultId;
    QStringList recordings;

    bool setUp(const QString& key, bool signInNow = true) {
        if (!fake.listen()) {
            return false;
        }
        VaultSession& s = vault.session();
        vaultId = s.vault().vaultId();
        auto patient = s.patients().add(test::patientDraft(QStringLiteral("Thandi"), QStringLiteral("Mokoena")));
        if (!patient) {
            return false;
        }
        auto encounter = s.encounters().open(patient->patient.id, Consent::Verbal);
        const QString wav = dir.filePath(QStringLiteral("tone.wav"));
        if (!encounter || !test::WavFile().tone(1).silence(0.5).tone(1.5).write(wav)) {
            return false;
        }
        for (int i = 0; i < 2; ++i) {
            auto imported = RecordingImporter::importFile(s.db(), s.session(), patient->patient.id, encounter->id, wav);
            if (!imported) {
                qWarning() << "import failed:" << imported.error().detail;
                return false;
            }
            recordings << imported->recordingId;
        }
        AiSettings ai = AiSettings::defaults();
        ProviderConfig provider;
        provider.kind = ProviderKind::OpenAi;
        provider.baseUrl = fake.baseUrl();
        provider.model = QStringLiteral("gpt-4o-transcribe");
        ai.providers[AiTask::Transcription] = provider;
        ai.transcriptionLanguage = QStringLiteral("en");
        if (!AiSettingsStore(s.db(), s.session()).save(ai)) {
            return false;
        }
        KeychainStore aiKeys; // the service AiPipeline reads keys from
        if (!AiKeyStore(aiKeys, vaultId).write(QStringLiteral("transcription"), SecureBytes::fromUtf8(key))) {
            return false;
        }
        return !signInNow || signIn();
    }

    bool signIn() {
        vault.logout();
        auto session =
            VaultSession::login(vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
        if (!session) {
            return false;
        }
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        keychain = std::make_unique<KeychainStore>(QStringLiteral("ClinicDesk-test-") +
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
        controller = std::make_unique<AppController>(vault.dir(), *keychain, settings.get(), KdfParams::minimum());
        controller->startSignedIn(std::shared_ptr<VaultSession>(std::move(*session)));
        return true;
    }

    ~Fixture() { controller.reset(); }

    [[nodiscard]] MainWindow* window() const { return controller->mainWindow(); }
    [[nodiscard]] JobTableModel* model() const { return window()->jobsPanel()->model(); }
    [[nodiscard]] QString indicator() const { return child<QLabel>(window(), "onlineIndicator")->text(); }

    // The state the panel shows for the newest job about `recordingId` (-1: not listed).
    [[nodiscard]] int stateOf(const QString& recordingId) const {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->jobAt(row)->subjectId == recordingId) {
                return int(model()->jobAt(row)->state);
            }
        }
        return -1;
    }
    [[nodiscard]] QString jobIdOf(const QString& recordingId) const {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->jobAt(row)->subjectId == recordingId) {
                return model()->jobAt(row)->id;
            }
        }
        return {};
    }
};

} // namespace

class TstJobsPanel : public QObject {
    Q_OBJECT

private slots:
    void queuedJobRunsAndWorkOfflineHoldsIt();
    void refusedKeyNeedsUserAndRetryAfterFixRunsIt();
    void cancelStopsARunningRequestAndLockRequeues();
    void networkLossShowsOfflineAndJobsRunWhenItReturns();
};

void TstJobsPanel::queuedJobRunsAndWorkOfflineHoldsIt() {
    if (!keychainAvailable()) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    Fixture f;
    QVERIFY(f.setUp(kGoodKey));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    f.window()->showPlace(QString::fromLatin1(MainWindow::kJobs)); // the jobs page, from the rail
    JobsPanel* panel = f.window()->jobsPanel();
    QVERIFY(panel != nullptr);
    QCOMPARE(panel->objectName(), QStringLiteral("jobsPanel"));
    QCOMPARE(f.indicator(), QStringLiteral("Online"));

    f.controller->jobsHost()->requestTranscription(f.recordings[0]);
    QTRY_VERIFY_WITH_TIMEOUT(f.stateOf(f.recordings[0]) >= 0, kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[0]), int(JobState::Done), kSlowMs);
    QCOMPARE(f.fake.requestCount(QStringLiteral("audio/transcriptions")), 1);
    const int row = f.model()->rowOf(f.jobIdOf(f.recordings[0]));
    QCOMPARE(f.model()->index(row, JobTableModel::State).data().toString(), QStringLiteral("Done"));
    QCOMPARE(f.model()->index(row, JobTableModel::Kind).data().toString(), QStringLiteral("Transcription"));
    QCOMPARE(f.model()->index(row, JobTableModel::Subject).data().toString(),
             QStringLiteral("Recording ") + f.recordings[0].left(8));
    QCOMPARE(f.model()->index(row, JobTableModel::Progress).data(JobTableModel::ProgressRole).toInt(), 100);

    // Work offline: the switch is remembered, the status bar says so, a new job waits.
    auto* workOffline = child<QAction>(f.window(), "workOfflineAction");
    QVERIFY(workOffline->isCheckable());
    workOffline->trigger();
    QCOMPARE(f.indicator(), QStringLiteral("Working offline"));
    QVERIFY(child<QCheckBox>(panel, "workOfflineCheck")->isChecked());
    QCOMPARE(f.settings->value(QString::fromLatin1(JobsHost::kWorkOfflineKey)).toBool(), true);
    f.controller->jobsHost()->requestTranscription(f.recordings[1]);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[1]), int(JobState::Queued), kSlowMs);
    // An observation window, not a synchronisation: nothing may be sent while it lasts.
    QTest::qWait(1500);
    f.controller->jobsHost()->refresh();
    QTest::qWait(200);
    QCOMPARE(f.stateOf(f.recordings[1]), int(JobState::Queued));
    QCOMPARE(f.fake.requestCount(QStringLiteral("audio/transcriptions")), 1);

    // Back online (through the panel's check box this time): the job runs by itself.
    QTest::mouseClick(child<QCheckBox>(panel, "workOfflineCheck"), Qt::LeftButton);
    QVERIFY(!workOffline->isChecked());
    QCOMPARE(f.indicator(), QStringLiteral("Online"));
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[1]), int(JobState::Done), kSlowMs);
    QCOMPARE(f.fake.requestCount(QStringLiteral("audio/transcriptions")), 2);
    QCOMPARE(f.settings->value(QString::fromLatin1(JobsHost::kWorkOfflineKey)).toBool(), false);
}

void TstJobsPanel::refusedKeyNeedsUserAndRetryAfterFixRunsIt() {
    if (!keychainAvailable()) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    Fixture f;
    QVERIFY(f.setUp(kWrongKey));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    f.window()->showPlace(QString::fromLatin1(MainWindow::kJobs)); // the jobs page, from the rail
    JobsPanel* panel = f.window()->jobsPanel();

    f.controller->jobsHost()->requestTranscription(f.recordings[0]);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[0]), int(JobState::NeedsUser), kSlowMs);
    const QString jobId = f.jobIdOf(f.recordings[0]);
    panel->selectJob(jobId);
    const int row = f.model()->rowOf(jobId);
    QCOMPARE(f.model()->index(row, JobTableModel::State).data().toString(), QStringLiteral("Needs you"));
    const QString reason = f.model()->index(row, JobTableModel::LastError).data().toString();
    QVERIFY2(reason.contains(QStringLiteral("API key was refused")), qPrintable(reason));
    auto* detail = child<QLabel>(panel, "jobDetailLabel");
    QVERIFY2(detail->text().contains(QStringLiteral("API key was refused")), qPrintable(detail->text()));
    auto* retry = child<QPushButton>(panel, "jobRetryButton");
    QVERIFY(retry->isEnabled());
    // The user is asked, not the network: the status bar still says online.
    QCOMPARE(f.indicator(), QStringLiteral("Online"));

    // Fix the key in Settings > AI, then Retry.
    f.window()->findChild<QAction*>(QStringLiteral("aiSettingsAction"))->trigger();
    AiSettingsPage* page = f.window()->aiSettingsPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);
    auto* editor = child<ProviderEditor>(child<QGroupBox>(page, "transcriptionProvider"), "primaryProvider");
    QTest::keyClicks(child<QLineEdit>(editor, "apiKeyEdit"), kGoodKey);
    QSignalSpy saved(page, &AiSettingsPage::saved);
    QTest::mouseClick(child<QPushButton>(page, "saveAiSettingsButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kSlowMs);

    panel->selectJob(jobId);
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[0]), int(JobState::Done), kSlowMs);
    QVERIFY(f.model()->index(f.model()->rowOf(jobId), JobTableModel::LastError).data().toString().isEmpty());
    QVERIFY(!retry->isEnabled());

    // What left this computer: two transcription requests for this job (401, then 200) with the
    // host and the bytes, and no content.
    f.window()->findChild<QAction*>(QStringLiteral("egressLogAction"))->trigger();
    auto* table = child<QTableWidget>(f.window()->egressLogPage(), "egressTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, kSlowMs);
    const auto requests = f.fake.requests();
    qint64 audioBytes = 0;
    for (const auto& request : requests) {
        audioBytes = std::max(audioBytes, request.fileBytes);
    }
    QVERIFY(audioBytes > 0);
    for (int r = 0; r < 2; ++r) {
        QVERIFY2(table->item(r, EgressLogPage::Host)->text().startsWith(QStringLiteral("127.0.0.1")),
                 qPrintable(table->item(r, EgressLogPage::Host)->text())); // the port may follow
        QCOMPARE(table->item(r, EgressLogPage::Purpose)->text(), QStringLiteral("Transcription"));
        QCOMPARE(table->item(r, EgressLogPage::Model)->text(), QStringLiteral("gpt-4o-transcribe"));
        QCOMPARE(table->item(r, EgressLogPage::JobId)->data(Qt::UserRole).toString(), jobId);
        QVERIFY(table->item(r, EgressLogPage::BytesSent)->data(Qt::UserRole).toLongLong() >= audioBytes);
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString text = table->item(r, column) ? table->item(r, column)->text() : QString();
            QVERIFY(!text.contains(QStringLiteral("sk-")));
            QVERIFY(!text.contains(QStringLiteral("Speech from")));
        }
    }
    QCOMPARE(table->item(0, EgressLogPage::HttpStatus)->text(), QStringLiteral("200"));
    QCOMPARE(table->item(1, EgressLogPage::HttpStatus)->text(), QStringLiteral("401"));
}

void TstJobsPanel::cancelStopsARunningRequestAndLockRequeues() {
    if (!keychainAvailable()) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    Fixture f;
    QVERIFY(f.setUp(kGoodKey));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    f.window()->showPlace(QString::fromLatin1(MainWindow::kJobs)); // the jobs page, from the rail
    JobsPanel* panel = f.window()->jobsPanel();

    // The server takes the request and never answers: the job runs until cancelled.
    f.fake.pushFault(QStringLiteral("audio/transcriptions"), {test::FakeOpenAiServer::Fault::Hang});
    f.controller->jobsHost()->requestTranscription(f.recordings[0]);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[0]), int(JobState::Running), kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.fake.requestCount(QStringLiteral("audio/transcriptions")), 1, kSlowMs);
    const QString first = f.jobIdOf(f.recordings[0]);
    panel->selectJob(first);
    auto* cancel = child<QPushButton>(panel, "jobCancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[0]), int(JobState::Cancelled), kSlowMs);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(panel, "jobRetryButton")->isEnabled());

    // Another job hangs the same way; locking now aborts the request but keeps the job queued.
    f.fake.pushFault(QStringLiteral("audio/transcriptions"), {test::FakeOpenAiServer::Fault::Hang});
    f.controller->jobsHost()->requestTranscription(f.recordings[1]);
    QTRY_COMPARE_WITH_TIMEOUT(f.stateOf(f.recordings[1]), int(JobState::Running), kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.fake.requestCount(QStringLiteral("audio/transcriptions")), 2, kSlowMs);
    const QString second = f.jobIdOf(f.recordings[1]);
    QElapsedTimer locking;
    locking.start();
    f.controller.reset(); // what quitting does: the backends stop before the vault locks
    QVERIFY2(locking.elapsed() < 5000, qPrintable(QString::number(locking.elapsed())));

    auto session = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                       test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
    QVERIFY(session.has_value());
    JobRepository jobs((*session)->db(), (*session)->session());
    auto interrupted = jobs.get(second);
    QVERIFY(interrupted.has_value());
    QCOMPARE(int(interrupted->state), int(JobState::Queued));
    auto cancelled = jobs.get(first);
    QVERIFY(cancelled.has_value());
    QCOMPARE(int(cancelled->state), int(JobState::Cancelled));
    (*session)->logout();
}

// JobsHost, the panel and the indicator on their own, with a runner that probes every 200 ms.
void TstJobsPanel::networkLossShowsOfflineAndJobsRunWhenItReturns() {
    if (!keychainAvailable()) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    Fixture f;
    QVERIFY(f.setUp(kGoodKey, false));
    VaultSession& s = f.vault.session();
    auto runnerDb = s.vault().openConnection();
    auto queryDb = s.vault().openConnection();
    QVERIFY(runnerDb && queryDb);
    QSettings settings(f.dir.filePath(QStringLiteral("host.ini")), QSettings::IniFormat);
    HttpClient http;
    JobRunner::Options options;
    options.probeIntervalMs = 200;
    options.backoffBaseMs = 600'000; // only the probe can bring the job back within the test
    VaultWorker queries(QStringLiteral("Vault"), std::move(*queryDb), s.session());
    JobsHost jobs(queries, std::move(*runnerDb), s.vault().dir(), f.vaultId, http, &settings, options);
    JobsPanel panel(jobs);
    OnlineIndicator indicator(jobs);
    QCOMPARE(indicator.text(), QStringLiteral("Online"));
    jobs.start();

    // The network is gone: the job waits, the status bar says so, and it is not an error.
    const quint16 port = f.fake.port();
    f.fake.close();
    jobs.requestTranscription(f.recordings[0]);
    const auto state = [&] {
        const int row = panel.model()->rowCount() > 0 ? 0 : -1;
        return row < 0 ? -1 : int(panel.model()->jobAt(row)->state);
    };
    QTRY_COMPARE_WITH_TIMEOUT(indicator.text(), QStringLiteral("Offline — jobs wait and run by themselves"), kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(state(), int(JobState::WaitingRetry), kSlowMs);
    QCOMPARE(jobs.connectivity(), JobsHost::Connectivity::Offline);
    QVERIFY(!panel.model()->index(0, JobTableModel::NextAttempt).data().toString().isEmpty());

    // It comes back: the probe notices, the job runs by itself.
    QVERIFY(f.fake.listen(port));
    QTRY_COMPARE_WITH_TIMEOUT(state(), int(JobState::Done), kSlowMs);
    QCOMPARE(indicator.text(), QStringLiteral("Online"));
    jobs.shutdown();
}

QTEST_MAIN(TstJobsPanel)
#include "tst_jobspanel.moc"
