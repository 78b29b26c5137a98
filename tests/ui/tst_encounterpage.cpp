// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// EncounterPage against the real services on vault workers and a real Recorder on its own
// thread, over a real vault. The widgets are driven by object name; waits are
// QTRY_*. Recording needs the virtual microphone of scripts/test-env
// (CLINICDESK_TEST_AUDIO=1) and skips without it.
#include "AppController.h"
#include "TestVault.h"
#include "UiMetaTypes.h"
#include "WavFile.h"
#include "async/VaultWorker.h"
#include "encounter/EncounterPage.h"
#include "encounter/LevelMeter.h"
#include "encounter/RecorderHost.h"
#include "encounter/RecordingTableModel.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "net/HttpClient.h"
#include "patients/PatientTableModel.h"
#include "patients/PatientsPage.h"
#include "services/EncounterService.h"
#include "services/NoteService.h"
#include "services/SessionServices.h"
#include "widgets/InfoBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDataStream>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <cmath>
#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kAudioTimeoutMs = 15000;

bool audioAvailable() {
    return qEnvironmentVariable("CLINICDESK_TEST_AUDIO") == QStringLiteral("1");
}

// The vault, one patient, the backends and the page, as AppController wires them.
struct Fixture {
    test::TestVault vault;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    QString patientId;
    std::unique_ptr<VaultWorker> worker;
    std::unique_ptr<VaultWorker> longTasks;
    std::unique_ptr<EncounterService> encounters;
    std::unique_ptr<NoteService> notes;
    std::unique_ptr<RecorderHost> recorder;
    std::unique_ptr<EncounterPage> page;

    bool setUp() {
        settings =
            std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        auto saved =
            vault.session().patients().add(test::patientDraft(QStringLiteral("Åsa"), QStringLiteral("Lindström")));
        auto workerDb = vault.session().vault().openConnection();
        auto longTasksDb = vault.session().vault().openConnection();
        auto recorderDb = vault.session().vault().openConnection();
        if (!saved || !workerDb || !longTasksDb || !recorderDb) {
            return false;
        }
        patientId = saved->patient.id;
        worker =
            std::make_unique<VaultWorker>(QStringLiteral("Vault"), std::move(*workerDb), vault.session().session());
        longTasks = std::make_unique<VaultWorker>(QStringLiteral("VaultLongTasks"), std::move(*longTasksDb),
                                                  vault.session().session());
        encounters = std::make_unique<EncounterService>(*worker, *longTasks);
        notes = std::make_unique<NoteService>(*worker, *longTasks);
        Recorder::Options options;
        options.silenceWarningMs = 1000; // the virtual microphone is silent: warn soon
        recorder =
            std::make_unique<RecorderHost>(std::move(*recorderDb), vault.session().session(), vault.dir(), options);
        page = std::make_unique<EncounterPage>(*encounters, *notes, *recorder, settings.get());
        page->resize(900, 700);
        page->show();
        return page->openPatient(patientId, QStringLiteral("Lindström, Åsa"));
    }

    ~Fixture() {
        page.reset();
        if (recorder) {
            recorder->shutdown();
        }
        if (longTasks) {
            longTasks->stop();
        }
        if (worker) {
            worker->stop();
        }
    }

    template <typename T>
    T* child(const char* name) const {
        return page->findChild<T*>(QString::fromLatin1(name));
    }

    // Chooses a consent the way a user does: through the combo box.
    void chooseConsent(Consent consent) const {
        auto* combo = child<QComboBox>("consentCombo");
        combo->setCurrentIndex(combo->findData(int(consent)));
    }
};

QMessageBox* visibleBox(QWidget* parent, const char* name) {
    auto* box = parent->findChild<QMessageBox*>(QString::fromLatin1(name));
    return box != nullptr && box->isVisible() ? box : nullptr;
}

} // namespace

class TstEncounterPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { registerUiMetaTypes(); }
    void consentDecidesWhetherRecordIsPossible();
    void recordPauseResumeStopAndDiscard();
    void ctrlRRecordsAndPauses();
    void importAndExportRunOffTheUiThread();
    void patientsPageOpensTheEncounter();
    void signInRecoversUnfinishedRecordings();
    void recordingInProgressShowsItsLengthInTheList();
};

void TstEncounterPage::consentDecidesWhetherRecordIsPossible() {
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_VERIFY(f.page->encounter().has_value());
    QCOMPARE(f.child<QLabel>("encounterPatientLabel")->text(), QStringLiteral("Lindström, Åsa"));

    // Not asked yet: Record is off and the page says why.
    auto* record = f.child<QPushButton>("recordButton");
    auto* hint = f.child<QLabel>("recordHintLabel");
    QVERIFY(!record->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("consent")));

    f.chooseConsent(Consent::Declined);
    QTRY_COMPARE(f.page->encounter()->consent, std::optional<Consent>(Consent::Declined));
    QVERIFY(!record->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("declined")));
    // Who and when are shown.
    auto* info = f.child<QLabel>("consentInfoLabel");
    QVERIFY2(info->text().contains(f.vault.session().user().displayName), qPrintable(info->text()));

    f.chooseConsent(Consent::Verbal);
    QTRY_VERIFY(record->isEnabled());
    QVERIFY(!hint->isVisible());
    // Saved in the vault, by the signed-in user.
    auto stored = f.vault.session().encounters().get(f.page->encounter()->id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->consent, std::optional<Consent>(Consent::Verbal));
    QCOMPARE(stored->consentBy, std::optional<QString>(f.vault.session().user().id));

    // Opening the patient again shows the same encounter with its consent.
    const QString encounterId = f.page->encounter()->id;
    QSignalSpy shown(f.page.get(), &EncounterPage::encounterShown);
    QVERIFY(f.page->openPatient(f.patientId, QStringLiteral("Lindström, Åsa")));
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(f.page->encounter()->id, encounterId);
    QCOMPARE(f.child<QComboBox>("consentCombo")->currentData().toInt(), int(Consent::Verbal));
}

void TstEncounterPage::recordPauseResumeStopAndDiscard() {
    if (!audioAvailable()) {
        QSKIP("no audio device: run under scripts/test-env (CLINICDESK_TEST_AUDIO=1)");
    }
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_VERIFY(f.page->encounter().has_value());
    f.chooseConsent(Consent::Verbal);
    auto* record = f.child<QPushButton>("recordButton");
    auto* pause = f.child<QPushButton>("pauseButton");
    auto* stop = f.child<QPushButton>("stopButton");
    auto* discard = f.child<QPushButton>("discardButton");
    auto* elapsed = f.child<QLabel>("elapsedLabel");
    auto* meter = f.child<LevelMeter>("levelMeter");
    auto* view = f.child<QTableView>("recordingsView");
    QVERIFY(f.child<QComboBox>("deviceCombo")->count() >= 2); // "System default" and the virtual microphone
    QTRY_VERIFY(record->isEnabled());
    QVERIFY(!pause->isEnabled());
    QVERIFY(!stop->isEnabled());

    QTest::mouseClick(record, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Recording, kAudioTimeoutMs);
    QVERIFY(!record->isEnabled());
    QVERIFY(pause->isEnabled());
    QVERIFY(stop->isEnabled());
    QCOMPARE(elapsed->text(), QStringLiteral("00:00:00"));
    QTRY_VERIFY_WITH_TIMEOUT(elapsed->text() >= QStringLiteral("00:00:01"), kAudioTimeoutMs);
    QTRY_VERIFY(meter->updateCount() > 10);
    // The virtual microphone sends silence: after the (shortened) delay the page warns.
    QTRY_VERIFY_WITH_TIMEOUT(f.child<QLabel>("silenceWarning")->isVisible(), kAudioTimeoutMs);
    QVERIFY(!f.child<QLabel>("deviceLostMessage")->isVisible());

    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Paused, kAudioTimeoutMs);
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Recording, kAudioTimeoutMs);
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QVERIFY(!f.child<QPushButton>("backToPatientsButton")->isEnabled()); // no leaving while recording
    QTRY_VERIFY_WITH_TIMEOUT(elapsed->text() >= QStringLiteral("00:00:02"), kAudioTimeoutMs);

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Idle, kAudioTimeoutMs);
    // One complete recording with its duration, selected.
    QTRY_VERIFY_WITH_TIMEOUT(f.page->model()->rowCount() == 1 &&
                                 f.page->model()->index(0, 0).data(RecordingTableModel::StateRole).toInt() ==
                                     int(RecordingState::Complete),
                             kAudioTimeoutMs);
    const QModelIndex row = f.page->model()->index(0, 0);
    QVERIFY(row.data(RecordingTableModel::DurationMsRole).toLongLong() >= 2000);
    QVERIFY(!f.page->model()->index(0, RecordingTableModel::Duration).data().toString().isEmpty());
    QCOMPARE(f.page->model()->index(0, RecordingTableModel::Source).data().toString().left(10),
             QStringLiteral("Microphone"));
    QCOMPARE(f.page->selectedRecordingId(), row.data(RecordingTableModel::IdRole).toString());
    QVERIFY(record->isEnabled());
    QVERIFY(!f.child<QLabel>("silenceWarning")->isVisible());
    QVERIFY(view->isVisible());

    // Discard asks first; Cancel keeps the recording.
    QVERIFY(discard->isEnabled());
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(visibleBox(f.page.get(), "discardConfirmBox") != nullptr);
    visibleBox(f.page.get(), "discardConfirmBox")->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(visibleBox(f.page.get(), "discardConfirmBox") == nullptr);
    QCOMPARE(f.page->model()->rowCount(), 1);
    // ... and Discard removes it, from the list and from the vault.
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_VERIFY(visibleBox(f.page.get(), "discardConfirmBox") != nullptr);
    visibleBox(f.page.get(), "discardConfirmBox")->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(f.page->model()->rowCount(), 0);
    auto left = f.vault.session().recordings().list(f.patientId);
    QVERIFY(left.has_value());
    QVERIFY(left->empty());
}

void TstEncounterPage::ctrlRRecordsAndPauses() {
    if (!audioAvailable()) {
        QSKIP("no audio device: run under scripts/test-env (CLINICDESK_TEST_AUDIO=1)");
    }
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_VERIFY(f.page->encounter().has_value());
    f.chooseConsent(Consent::Written);
    auto* record = f.child<QPushButton>("recordButton");
    QTRY_VERIFY(record->isEnabled());
    f.page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
    f.child<QTableView>("recordingsView")->setFocus();

    QTest::keyClick(f.page.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Recording, kAudioTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(f.child<QLabel>("elapsedLabel")->text() >= QStringLiteral("00:00:01"), kAudioTimeoutMs);
    QTest::keyClick(f.page.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Paused, kAudioTimeoutMs);
    QTest::keyClick(f.page.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Idle, kAudioTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(f.page->model()->rowCount() == 1 &&
                                 f.page->model()->index(0, 0).data(RecordingTableModel::StateRole).toInt() ==
                                     int(RecordingState::Complete),
                             kAudioTimeoutMs);
}

void TstEncounterPage::importAndExportRunOffTheUiThread() {
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_VERIFY(f.page->encounter().has_value());
    QTemporaryDir files;
    const QString wav = files.filePath(QStringLiteral("dictation.wav"));
    QVERIFY(test::WavFile().tone(2).write(wav));

    // A file that is not audio: an error box, nothing added.
    const QString bogus = files.filePath(QStringLiteral("notes.mp3"));
    {
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    auto* busy = f.child<QWidget>("importProgress");
    f.page->importFrom(bogus);
    QVERIFY(busy->isVisible());
    QVERIFY(!f.child<QPushButton>("importButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(visibleBox(f.page.get(), "importErrorBox") != nullptr, 40000);
    QVERIFY(!busy->isVisible());
    visibleBox(f.page.get(), "importErrorBox")->button(QMessageBox::Close)->click();
    QCOMPARE(f.page->model()->rowCount(), 0);

    // A real file: imported, listed and selected.
    f.page->importFrom(wav);
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(f.page->model()->rowCount() == 1 && !busy->isVisible(), 40000);
    const QModelIndex row = f.page->model()->index(0, 0);
    QCOMPARE(f.page->model()->index(0, RecordingTableModel::Source).data().toString(), QStringLiteral("Imported file"));
    QVERIFY(qAbs(row.data(RecordingTableModel::DurationMsRole).toLongLong() - 2000) < 200);
    QCOMPARE(f.page->selectedRecordingId(), row.data(RecordingTableModel::IdRole).toString());
    QVERIFY(f.child<QPushButton>("exportButton")->isEnabled());
    QVERIFY(f.child<QPushButton>("playButton")->isEnabled());

    // Playback: the position advances, the button pauses.
    if (audioAvailable()) {
        auto* play = f.child<QPushButton>("playButton");
        auto* seek = f.child<QSlider>("seekSlider");
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_COMPARE(play->text(), QStringLiteral("Pause"));
        QVERIFY(qAbs(seek->maximum() - 2000) < 200);
        QTRY_VERIFY_WITH_TIMEOUT(seek->value() > 300, kAudioTimeoutMs);
        QTest::mouseClick(play, Qt::LeftButton);
        QTRY_COMPARE(play->text(), QStringLiteral("Play"));
        const int pausedAt = seek->value();
        QVERIFY(pausedAt > 0 && pausedAt < 2000);
    }

    // Export writes the Ogg Opus bytes.
    const QString out = files.filePath(QStringLiteral("export.ogg"));
    f.page->exportTo(out);
    QTRY_VERIFY(QFile::exists(out));
    QTRY_VERIFY(f.page->infoBar()->text().contains(QStringLiteral("export.ogg")));
    QCOMPARE(test::readAll(out).left(4), QByteArray("OggS"));
}

void TstEncounterPage::patientsPageOpensTheEncounter() {
    test::TestVault vault;
    QVERIFY(vault.session()
                .patients()
                .add(test::patientDraft(QStringLiteral("Björn"), QStringLiteral("Öberg")))
                .has_value());
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auto receptionist = vault.addUser(QStringLiteral("rita"), Role::Receptionist);
    QVERIFY(receptionist.has_value());
    // The session's services as AppController makes them (the session is the test vault's own; the
    // test thread leaves its connection to the services' vault worker from here on).
    std::shared_ptr<VaultSession> session(&vault.session(), [](VaultSession*) {});
    auto connections = SessionServices::openConnections(*session, true);
    QVERIFY(connections.has_value());
    HttpClient http;
    SessionServices services(session, std::move(*connections), http, &settings);
    {
        MainWindow window(vault.session().user(), services, &settings);
        window.show();
        QTRY_COMPARE(window.patientsPage()->model()->rowCount(), 1);
        auto* open = window.findChild<QPushButton*>(QStringLiteral("openEncounterButton"));
        QVERIFY(open != nullptr);
        QVERIFY(!open->isEnabled()); // nothing selected
        window.findChild<QTableView*>(QStringLiteral("patientTable"))->selectRow(0);
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("mainPages"));
        QCOMPARE(pages->currentWidget(), window.encounterPage());
        QTRY_VERIFY(window.encounterPage()->encounter().has_value());
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("encounterPatientLabel"))->text(),
                 QStringLiteral("Öberg, Björn"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("backToPatientsButton")), Qt::LeftButton);
        QCOMPARE(pages->currentWidget(), window.patientsPage());
    }
    // A receptionist sees no encounter button and gets no encounter page.
    {
        MainWindow window(*receptionist, services, &settings);
        QVERIFY(window.encounterPage() == nullptr);
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("openEncounterButton"))->isHidden());
    }
    services.shutdown();
}

void TstEncounterPage::signInRecoversUnfinishedRecordings() {
    test::TestVault vault;
    auto saved = vault.session().patients().add(test::patientDraft(QStringLiteral("Anna"), QStringLiteral("Lind")));
    QVERIFY(saved.has_value());
    auto encounter = vault.session().encounters().open(saved->patient.id, Consent::Verbal);
    QVERIFY(encounter.has_value());
    // A recording begun and never finished: what a crash leaves behind.
    NewRecording unfinished;
    unfinished.encounterId = encounter->id;
    unfinished.sampleRate = 48000;
    auto recording = vault.session().recordings().begin(unfinished);
    QVERIFY(recording.has_value());
    vault.logout();

    auto session = VaultSession::login(vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                       test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
    QVERIFY(session.has_value());
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    KeychainStore keychain(QStringLiteral("ClinicDesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    AppController controller(vault.dir(), keychain, &settings, KdfParams::minimum());
    controller.startSignedIn(std::shared_ptr<VaultSession>(std::move(*session)));
    QTRY_VERIFY(controller.mainWindow() != nullptr);
    MainWindow* window = controller.mainWindow();
    InfoBar* bar = window->patientsPage()->infoBar();
    QTRY_VERIFY2(bar->text().contains(QStringLiteral("left unfinished after a crash")), qPrintable(bar->text()));
    QCOMPARE(bar->kind(), InfoBar::Kind::Information);

    // The encounter page lists it as recovered.
    QVERIFY(window->showEncounter(saved->patient.id, QStringLiteral("Lind, Anna")));
    EncounterPage* page = window->encounterPage();
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->index(0, 0).data(RecordingTableModel::StateRole).toInt(), int(RecordingState::Recovered));
    QCOMPARE(page->model()->index(0, 0).data(RecordingTableModel::IdRole).toString(), recording->id);
    QCOMPARE(page->encounter()->id, encounter->id);
}

// Found by a new clinician: while recording, the list showed the recording with a duration of 0:00.
void TstEncounterPage::recordingInProgressShowsItsLengthInTheList() {
    if (!audioAvailable()) {
        QSKIP("no audio device: run under scripts/test-env (CLINICDESK_TEST_AUDIO=1)");
    }
    Fixture f;
    QVERIFY(f.setUp());
    QTRY_VERIFY(f.page->encounter().has_value());
    f.chooseConsent(Consent::Verbal);
    auto* record = f.child<QPushButton>("recordButton");
    QTRY_VERIFY(record->isEnabled());
    QTest::mouseClick(record, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Recording, kAudioTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->model()->rowCount(), 1, kAudioTimeoutMs);
    const QModelIndex duration = f.page->model()->index(0, RecordingTableModel::Duration);
    QCOMPARE(duration.data(RecordingTableModel::StateRole).toInt(), int(RecordingState::Recording));
    // The list follows the recorder's clock: at least two seconds shown while it still records.
    QTRY_VERIFY_WITH_TIMEOUT(duration.data(RecordingTableModel::DurationMsRole).toLongLong() >= 2000,
                             kAudioTimeoutMs);
    QVERIFY(f.page->recorderState() == Recorder::State::Recording);
    QCOMPARE(duration.data().toString(), RecordingTableModel::formatDuration(
                                             duration.data(RecordingTableModel::DurationMsRole).toLongLong()));
    QVERIFY(duration.data().toString() != QStringLiteral("0:00"));
    QTest::mouseClick(f.child<QPushButton>("stopButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.page->recorderState(), Recorder::State::Idle, kAudioTimeoutMs);
}

QTEST_MAIN(TstEncounterPage)
#include "tst_encounterpage.moc"
