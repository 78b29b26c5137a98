// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Settings > AI through the real main window (AppController, a real vault, the real keychain of
// scripts/test-env) against the local fake OpenAI server: configure providers by object name,
// save, the key lands in the keychain and nowhere else, "Test connection" succeeds with the right
// key and says plainly what is wrong with a wrong one, the egress log lists the tests without
// content, and a user who is not an administrator sees the settings read-only.
#include "AppController.h"
#include "FakeOpenAiServer.h"
#include "TestVault.h"
#include "jobs/JobsHost.h"
#include "audio/RecordingImporter.h"
#include "WavFile.h"
#include "ai/AiKeyStore.h"
#include "ai/AiSettings.h"
#include "encounter/EncounterPage.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "patients/PatientsPage.h"
#include "settings/AiSettingsPage.h"
#include "settings/EgressLogPage.h"
#include "settings/NoteTemplatesEditor.h"
#include "settings/ProviderEditor.h"
#include "settings/UsagePage.h"
#include "widgets/InfoBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWheelEvent>

#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 15000;
const QString kGoodKey = QStringLiteral("sk-test-key"); // what the fake server accepts
const QString kWrongKey = QStringLiteral("sk-not-the-right-one");

bool keychainAvailable() {
    return qEnvironmentVariableIsSet("CLINICDESK_TEST_KEYCHAIN");
}

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// Types into a line edit as a user does (replacing what is there).
void typeInto(QLineEdit* edit, const QString& text) {
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void chooseData(QComboBox* combo, const QString& data) {
    combo->setCurrentIndex(combo->findData(data));
}

// The key stored in this computer's keychain for `slot` of the vault (what AiPipeline reads).
QString storedKey(const QString& vaultId, const QString& slot) {
    KeychainStore keychain;
    auto key = AiKeyStore(keychain, vaultId).read(slot);
    if (!key) {
        return {};
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(key->span().data()), qsizetype(key->size()));
}

// A signed-in main window over a fresh vault, as the application builds it.
struct Fixture {
    test::TestVault vault;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<AppController> controller;
    QString vaultId;

    bool signIn(const QString& user, const QString& password) {
        vaultId = vault.session().vault().vaultId();
        vault.logout();
        auto session = VaultSession::login(vault.dir(), user, test::TestVault::secret(password));
        if (!session) {
            return false;
        }
        settings =
            std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        keychain = std::make_unique<KeychainStore>(QStringLiteral("ClinicDesk-test-") +
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
        controller = std::make_unique<AppController>(vault.dir(), *keychain, settings.get(), KdfParams::minimum());
        controller->startSignedIn(std::shared_ptr<VaultSession>(std::move(*session)));
        return true;
    }
    bool signInAsAdmin() {
        return signIn(QString::fromLatin1(test::TestVault::kAdminName),
                      QString::fromLatin1(test::TestVault::kAdminPassword));
    }

    ~Fixture() { controller.reset(); }

    [[nodiscard]] MainWindow* window() const { return controller->mainWindow(); }

    AiSettingsPage* openSettings() const {
        window()->findChild<QAction*>(QStringLiteral("aiSettingsAction"))->trigger();
        return window()->aiSettingsPage();
    }
};

QWidget* taskBox(AiSettingsPage* page, const char* name) {
    return child<QGroupBox>(page, name);
}

ProviderEditor* primary(AiSettingsPage* page, const char* task) {
    return child<ProviderEditor>(taskBox(page, task), "primaryProvider");
}

} // namespace

class TstAiSettingsPage : public QObject {
    Q_OBJECT

private slots:
    void configureSaveAndTestConnection();
    void notAdministratorSeesReadOnly();
    void templatesAreCopiedAndValidated();
    void wheelScrollsThePageNotAnUnfocusedCombo();
    void backReturnsToThePageTheUserCameFrom();
    void jobHeldForAProviderRunsOnceItIsSaved();
};

void TstAiSettingsPage::configureSaveAndTestConnection() {
    if (!keychainAvailable()) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    test::FakeOpenAiServer fake;
    QVERIFY(fake.listen());
    Fixture f;
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    AiSettingsPage* page = f.openSettings();
    QVERIFY(page != nullptr);
    QCOMPARE(f.window()->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget(), page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);
    QVERIFY(!child<QLabel>(page, "aiSettingsReadOnlyLabel")->isVisibleTo(page));

    // Transcription: OpenAI at the fake's address, with a key; notes: the same server.
    ProviderEditor* transcription = primary(page, "transcriptionProvider");
    QCOMPARE(child<QLabel>(transcription, "keyStatusLabel")->property("keyStored").toBool(), false);
    chooseData(child<QComboBox>(transcription, "providerKindCombo"), QStringLiteral("openai"));
    typeInto(child<QLineEdit>(transcription, "baseUrlEdit"), fake.baseUrl());
    typeInto(child<QLineEdit>(transcription, "modelEdit"), QStringLiteral("gpt-4o-transcribe"));
    auto* keyEdit = child<QLineEdit>(transcription, "apiKeyEdit");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    typeInto(keyEdit, kGoodKey);
    ProviderEditor* notes = primary(page, "notesProvider");
    chooseData(child<QComboBox>(notes, "providerKindCombo"), QStringLiteral("compatible"));
    typeInto(child<QLineEdit>(notes, "baseUrlEdit"), fake.baseUrl());
    typeInto(child<QLineEdit>(notes, "modelEdit"), QStringLiteral("gpt-4o-mini"));
    chooseData(child<QComboBox>(page, "transcriptionLanguageCombo"), QStringLiteral("sv"));
    chooseData(child<QComboBox>(page, "noteLanguageCombo"), QStringLiteral("pl"));

    QSignalSpy saved(page, &AiSettingsPage::saved);
    QSignalSpy loaded(page, &AiSettingsPage::loaded);
    QTest::mouseClick(child<QPushButton>(page, "saveAiSettingsButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kSlowMs);
    QVERIFY2(page->infoBar()->text().contains(QStringLiteral("saved")), qPrintable(page->infoBar()->text()));
    // The page reads back what was stored: the key is in the keychain, the field is empty again.
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kSlowMs);
    QVERIFY(keyEdit->text().isEmpty());
    QCOMPARE(child<QLabel>(transcription, "keyStatusLabel")->property("keyStored").toBool(), true);
    QCOMPARE(child<QLabel>(notes, "keyStatusLabel")->property("keyStored").toBool(), false);
    QCOMPARE(storedKey(f.vaultId, QStringLiteral("transcription")), kGoodKey);
    QCOMPARE(child<QLineEdit>(transcription, "modelEdit")->text(), QStringLiteral("gpt-4o-transcribe"));
    QCOMPARE(child<QComboBox>(page, "transcriptionLanguageCombo")->currentData().toString(), QStringLiteral("sv"));

    // In the vault: the providers and languages, never the key.
    {
        auto check = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                         test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
        QVERIFY(check.has_value());
        auto stored = AiSettingsStore((*check)->db(), (*check)->session()).load();
        QVERIFY(stored.has_value());
        QCOMPARE(stored->provider(AiTask::Transcription)->model, QStringLiteral("gpt-4o-transcribe"));
        QCOMPARE(stored->provider(AiTask::Transcription)->baseUrl, fake.baseUrl());
        QCOMPARE(stored->provider(AiTask::Notes)->kind, ProviderKind::Compatible);
        QCOMPARE(stored->transcriptionLanguage, QStringLiteral("sv"));
        QCOMPARE(stored->noteLanguage, QStringLiteral("pl"));
        auto stmt = (*check)->db().prepare("SELECT value FROM settings");
        QVERIFY(stmt.has_value());
        while (auto row = stmt->step()) {
            if (!*row) {
                break;
            }
            QVERIFY(!stmt->text(0).contains(kGoodKey));
        }
        (*check)->logout();
    }

    // Test connection: the key works and the model is offered.
    QWidget* box = taskBox(page, "transcriptionProvider");
    auto* test = child<QPushButton>(box, "testConnectionButton");
    auto* result = child<QLabel>(box, "testResultLabel");
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), kSlowMs);
    QVERIFY2(result->property("ok").toBool(), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("gpt-4o-transcribe")), qPrintable(result->text()));
    QVERIFY(test->isEnabled());
    QCOMPARE(fake.requestCount(QStringLiteral("models")), 1);

    // A wrong key typed in: stored, tested, and refused in plain words.
    typeInto(keyEdit, kWrongKey);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), kSlowMs);
    QVERIFY(!result->property("ok").toBool());
    QVERIFY2(result->text().contains(QStringLiteral("API key was refused")), qPrintable(result->text()));
    QVERIFY(keyEdit->text().isEmpty());
    QCOMPARE(storedKey(f.vaultId, QStringLiteral("transcription")), kWrongKey);

    // A model the server does not offer is named.
    typeInto(child<QLineEdit>(transcription, "modelEdit"), QStringLiteral("no-such-model"));
    typeInto(keyEdit, kGoodKey);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->property("ok").isValid(), kSlowMs);
    QVERIFY(!result->property("ok").toBool());
    QVERIFY2(result->text().contains(QStringLiteral("no-such-model")), qPrintable(result->text()));

    // The egress log lists the three tests: host, purpose, bytes; no key, no content.
    f.window()->findChild<QAction*>(QStringLiteral("egressLogAction"))->trigger();
    EgressLogPage* egress = f.window()->egressLogPage();
    auto* table = child<QTableWidget>(egress, "egressTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 3, kSlowMs);
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY2(table->item(row, EgressLogPage::Host)->text().startsWith(QStringLiteral("127.0.0.1")),
                 qPrintable(table->item(row, EgressLogPage::Host)->text())); // the port may follow
        QCOMPARE(table->item(row, EgressLogPage::Purpose)->text(), QStringLiteral("Connection test"));
        QVERIFY(table->item(row, EgressLogPage::BytesReceived)->data(Qt::UserRole).toLongLong() > 0);
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString text = table->item(row, column) ? table->item(row, column)->text() : QString();
            QVERIFY(!text.contains(QStringLiteral("sk-")));
        }
    }
    // Newest first: the wrong key's 401 sits between two 200s.
    QCOMPARE(table->item(1, EgressLogPage::HttpStatus)->text(), QStringLiteral("401"));
    QCOMPARE(table->item(2, EgressLogPage::HttpStatus)->text(), QStringLiteral("200"));

    // Back to the patients.
    QTest::mouseClick(child<QPushButton>(egress, "egressBackButton"), Qt::LeftButton);
    QCOMPARE(f.window()->findChild<QStackedWidget*>(QStringLiteral("mainPages"))->currentWidget(),
             static_cast<QWidget*>(f.window()->patientsPage()));
}

void TstAiSettingsPage::notAdministratorSeesReadOnly() {
    Fixture f;
    // An administrator's budget for the practitioner, which the practitioner sees on the usage page.
    auto practitioner = f.vault.addUser(QStringLiteral("ingrid"), Role::Practitioner);
    QVERIFY(practitioner.has_value());
    AiSettings settings = AiSettings::defaults();
    settings.monthlyBudgetMicro[practitioner->id] = 25'000'000;
    settings.currency = QStringLiteral("SEK");
    QVERIFY(AiSettingsStore(f.vault.session().db(), f.vault.session().session()).save(settings).has_value());
    QVERIFY(f.signIn(QStringLiteral("ingrid"), test::TestVault::passwordFor(QStringLiteral("ingrid"))));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    AiSettingsPage* page = f.openSettings();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);

    QVERIFY(child<QLabel>(page, "aiSettingsReadOnlyLabel")->isVisibleTo(page));
    QVERIFY(!child<QPushButton>(page, "saveAiSettingsButton")->isVisibleTo(page));
    ProviderEditor* transcription = primary(page, "transcriptionProvider");
    QVERIFY(child<QLineEdit>(transcription, "modelEdit")->isReadOnly());
    QVERIFY(!child<QComboBox>(transcription, "providerKindCombo")->isEnabled());
    // This computer's key can still be entered.
    QVERIFY(!child<QLineEdit>(transcription, "apiKeyEdit")->isReadOnly());
    // Budgets are for administrators.
    QVERIFY(!child<QTableWidget>(page, "budgetTable")->isVisibleTo(page));

    // The usage page: no requests this month, the budget and what is left.
    f.window()->findChild<QAction*>(QStringLiteral("usageAction"))->trigger();
    UsagePage* usage = f.window()->usagePage();
    auto* budget = child<QLabel>(usage, "usageBudgetLabel");
    QTRY_VERIFY_WITH_TIMEOUT(!budget->text().isEmpty(), kSlowMs);
    QVERIFY2(budget->text().contains(QStringLiteral("25.00 SEK")), qPrintable(budget->text()));
    QVERIFY2(budget->text().contains(QStringLiteral("Left: 25.00 SEK")), qPrintable(budget->text()));
    QCOMPARE(child<QTableWidget>(usage, "usageTable")->rowCount(), 0);
}

void TstAiSettingsPage::templatesAreCopiedAndValidated() {
    Fixture f;
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    AiSettingsPage* page = f.openSettings();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);
    auto* list = child<QListWidget>(page, "templateList");
    QVERIFY(list->count() >= 6); // the built-ins
    auto* name = child<QLineEdit>(page, "templateNameEdit");
    auto* schema = child<QPlainTextEdit>(page, "templateSchemaEdit");
    auto* save = child<QPushButton>(page, "saveTemplateButton");
    auto* error = child<QLabel>(page, "templateErrorLabel");

    // A built-in is read-only; Copy makes an editable template and selects it.
    auto* editor = child<NoteTemplatesEditor>(page, "templatesEditor");
    child<QTabWidget>(page, "aiSettingsTabs")->setCurrentWidget(editor);
    editor->selectKey(QStringLiteral("soap"));
    QVERIFY(name->isReadOnly());
    QVERIFY(!save->isEnabled());
    const int before = list->count();
    QTest::mouseClick(child<QPushButton>(page, "copyTemplateButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), before + 1, kSlowMs);
    QTRY_VERIFY_WITH_TIMEOUT(!name->isReadOnly(), kSlowMs);
    QVERIFY(save->isEnabled());
    QVERIFY2(name->text().contains(QStringLiteral("(copy)")), qPrintable(name->text()));

    // Not JSON: said before anything is sent.
    schema->setPlainText(QStringLiteral("{ \"type\": "));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(error->isVisibleTo(page));
    QVERIFY2(error->text().contains(QStringLiteral("not valid JSON")), qPrintable(error->text()));

    // JSON that OpenAI's strict mode would refuse: the repository says why, nothing is saved.
    schema->setPlainText(QStringLiteral(R"({"type": "object", "properties": {"summary": {"type": "string"}}})"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("cannot be used for notes")), kSlowMs);

    // A valid schema and a new name are saved.
    schema->setPlainText(QStringLiteral(R"({"type": "object", "additionalProperties": false, "required": ["summary"],
                                           "properties": {"summary": {"type": "string"}}})"));
    typeInto(name, QStringLiteral("Short SOAP"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* status = child<QLabel>(page, "templateStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")), kSlowMs);
    QVERIFY(!error->isVisibleTo(page));
    QVERIFY(list->currentItem()->text().contains(QStringLiteral("Short SOAP")));
    QVERIFY(schema->toPlainText().contains(QStringLiteral("summary")));
}

namespace {

// One notch of the mouse wheel towards the user, over the middle of `widget`.
void wheelDown(QWidget* widget) {
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

void TstAiSettingsPage::wheelScrollsThePageNotAnUnfocusedCombo() {
    Fixture f;
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    f.window()->resize(900, 420); // short enough that the settings scroll
    AiSettingsPage* page = f.openSettings();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);
    f.window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window()));
    auto* combo = child<QComboBox>(primary(page, "notesProvider"), "providerKindCombo");
    auto* language = child<QComboBox>(page, "noteLanguageCombo");
    auto* spin = child<QSpinBox>(page, "parallelPartsSpin");
    const int kind = combo->currentIndex();
    const int languageIndex = language->currentIndex();
    const int parts = spin->value();

    // The pointer passes over them while the page scrolls: nothing changes.
    page->setFocus();
    for (QWidget* widget :
         {static_cast<QWidget*>(combo), static_cast<QWidget*>(language), static_cast<QWidget*>(spin)}) {
        wheelDown(widget);
        QVERIFY(!widget->hasFocus());
    }
    QCOMPARE(combo->currentIndex(), kind);
    QCOMPARE(language->currentIndex(), languageIndex);
    QCOMPARE(spin->value(), parts);

    // Focused (clicked or tabbed to), a combo box takes the wheel as usual.
    language->setFocus();
    QTRY_VERIFY(language->hasFocus());
    wheelDown(language);
    QVERIFY(language->currentIndex() != languageIndex);
}

void TstAiSettingsPage::backReturnsToThePageTheUserCameFrom() {
    Fixture f;
    auto saved = f.vault.session().patients().add(test::patientDraft(QStringLiteral("Ewa"), QStringLiteral("Nowak")));
    QVERIFY(saved.has_value());
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    auto* pages = f.window()->findChild<QStackedWidget*>(QStringLiteral("mainPages"));

    // From the encounter to AI settings and usage, and back: the encounter again.
    QVERIFY(f.window()->showEncounter(saved->patient.id, QStringLiteral("Nowak, Ewa")));
    QCOMPARE(pages->currentWidget(), f.window()->encounterPage());
    AiSettingsPage* page = f.openSettings();
    QCOMPARE(pages->currentWidget(), page);
    f.window()->findChild<QAction*>(QStringLiteral("usageAction"))->trigger();
    QCOMPARE(pages->currentWidget(), f.window()->usagePage());
    QTest::mouseClick(child<QPushButton>(f.window()->usagePage(), "usageBackButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), f.window()->encounterPage());
    QCOMPARE(f.window()->encounterPage()->patientId(), saved->patient.id);

    // From the patient list: back to the patient list.
    QTest::mouseClick(child<QPushButton>(f.window()->encounterPage(), "backToPatientsButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), f.window()->patientsPage());
    page = f.openSettings();
    QTest::mouseClick(child<QPushButton>(page, "aiSettingsBackButton"), Qt::LeftButton);
    QCOMPARE(pages->currentWidget(), f.window()->patientsPage());
}

// Found by a new clinician: a transcription asked for before any provider was set up waited with
// "No transcription provider is set up" and kept waiting after the provider was saved.
void TstAiSettingsPage::jobHeldForAProviderRunsOnceItIsSaved() {
    if (!keychainAvailable()) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    test::FakeOpenAiServer fake;
    QVERIFY(fake.listen());
    Fixture f;
    // A recording to transcribe, before anything is configured.
    QTemporaryDir files;
    const QString wav = files.filePath(QStringLiteral("visit.wav"));
    QVERIFY(test::WavFile().silence(0.5).tone(1.5, 440, 9000).silence(0.5).write(wav));
    VaultSession& s = f.vault.session();
    auto patient = s.patients().add(test::patientDraft(QStringLiteral("Ewa"), QStringLiteral("Nowak")));
    QVERIFY(patient.has_value());
    auto encounter = s.encounters().open(patient->patient.id, Consent::Verbal);
    QVERIFY(encounter.has_value());
    auto imported = RecordingImporter::importFile(s.db(), s.session(), patient->patient.id, encounter->id, wav);
    QVERIFY(imported.has_value());
    QVERIFY(f.signInAsAdmin());
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    JobsHost* jobs = f.controller->jobsHost();
    QVERIFY(jobs != nullptr);
    const auto stateOfFirst = [&]() -> int { return jobs->jobs().empty() ? -1 : int(jobs->jobs().front().state); };

    // Asked for: it waits for the user, saying why.
    jobs->requestTranscription(imported->recordingId);
    QTRY_COMPARE_WITH_TIMEOUT(stateOfFirst(), int(JobState::NeedsUser), kSlowMs);
    QVERIFY2(jobs->jobs().front().lastError.contains(QStringLiteral("provider")),
             qPrintable(jobs->jobs().front().lastError));

    // The provider and its key are saved on the settings page: the job runs by itself.
    AiSettingsPage* page = f.openSettings();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);
    ProviderEditor* transcription = primary(page, "transcriptionProvider");
    chooseData(child<QComboBox>(transcription, "providerKindCombo"), QStringLiteral("openai"));
    typeInto(child<QLineEdit>(transcription, "baseUrlEdit"), fake.baseUrl());
    typeInto(child<QLineEdit>(transcription, "modelEdit"), QStringLiteral("whisper-1"));
    typeInto(child<QLineEdit>(transcription, "apiKeyEdit"), kGoodKey);
    QSignalSpy saved(page, &AiSettingsPage::saved);
    QTest::mouseClick(child<QPushButton>(page, "saveAiSettingsButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(stateOfFirst(), int(JobState::Done), kSlowMs);
    QCOMPARE(fake.requestCount(QStringLiteral("audio/transcriptions")), 1);
}

QTEST_MAIN(TstAiSettingsPage)
#include "tst_aisettingspage.moc"
