// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The first real window, driven like a user would: by object names, typing
// with QTest::keyClicks and waiting with QTRY_*. Real vault, real Argon2id
// (at the lowest cost the vault accepts), real worker threads.
#include "AppController.h"
#include "TestVault.h"
#include "async/Worker.h"
#include "firstrun/FirstRunWizard.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "patients/PatientDialog.h"
#include "patients/PatientTableModel.h"
#include "util/AppPaths.h"
#include "widgets/InfoBar.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QWizard>

#include <map>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 30000; // Argon2id under a loaded CI machine

// A visible top-level window by object name.
template <typename T = QWidget>
T* window(const char* name) {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->objectName() == QLatin1String(name)) {
            if (auto* typed = qobject_cast<T*>(w)) {
                return typed;
            }
        }
    }
    return nullptr;
}

template <typename T>
T* child(QWidget* parent, const char* name) {
    return parent == nullptr ? nullptr : parent->findChild<T*>(QLatin1String(name));
}

std::map<QString, QByteArray> snapshot(const QString& dir) {
    std::map<QString, QByteArray> files;
    for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        files[name] = test::readAll(QDir(dir).filePath(name));
    }
    return files;
}

// QTest::keyClicks() only knows ASCII; other letters (ś, å) go in as text.
void typeText(QWidget* widget, const QString& text) {
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, char(c.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

QString uniqueKeychainService() {
    return QStringLiteral("ClinicDesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TstFirstRun : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRunUnlockAddAndSearch();
    void existingVaultEditAndDuplicateWarning();
    void invalidNationalIdDisablesSave();
    void receptionistDoesNotSeeClinicalNotes();
    void mismatchedPasswordsBlockTheWizard();
    void rememberedUserSignsInWithoutPassword();
    void recoveryCodeSetsANewPassword();
    void wizardProposesTheDataFolderOnce();

private:
    // Fills and submits the open PatientDialog of `main`.
    void addPatient(MainWindow* main, const QString& first, const QString& last, const QString& nationalId = {},
                    const QString& phone = {});
    void signIn(const QString& user, const QString& password);
};

void TstFirstRun::initTestCase() {
    QApplication::setQuitOnLastWindowClosed(false);
}

void TstFirstRun::addPatient(MainWindow* main, const QString& first, const QString& last, const QString& nationalId,
                             const QString& phone) {
    QTest::mouseClick(child<QPushButton>(main, "addPatientButton"), Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = child<QDialog>(main, "patientDialog")) != nullptr && dialog->isVisible());
    auto* save = child<QPushButton>(dialog, "saveButton");
    QVERIFY(!save->isEnabled()); // empty form
    typeText(child<QLineEdit>(dialog, "firstNameEdit"), first);
    typeText(child<QLineEdit>(dialog, "lastNameEdit"), last);
    QTest::keyClicks(child<QLineEdit>(dialog, "nationalIdEdit"), nationalId);
    QTest::keyClicks(child<QLineEdit>(dialog, "phoneEdit"), phone);
    QCOMPARE(child<QLabel>(dialog, "errorLabel")->text(), QString());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kSlowMs);
}

void TstFirstRun::signIn(const QString& user, const QString& password) {
    QWidget* unlock = nullptr;
    QTRY_VERIFY((unlock = window("unlockWindow")) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(unlock, "unlockButton")->isEnabled(), kSlowMs);
    auto* userName = child<QLineEdit>(unlock, "userNameEdit");
    userName->clear();
    QTest::keyClicks(userName, user);
    QTest::keyClicks(child<QLineEdit>(unlock, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window<MainWindow>("mainWindow") != nullptr, kSlowMs);
}

void TstFirstRun::firstRunUnlockAddAndSearch() {
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString vaultDir = tmp.filePath(QStringLiteral("vault"));
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    KeychainStore keychain(uniqueKeychainService());
    const QString password = QStringLiteral("correct horse");

    AppController controller(vaultDir, keychain, &settings, KdfParams::minimum());
    controller.start();

    // --- the wizard: folder
    auto* wizard = window<QWizard>("firstRunWizard");
    QVERIFY(wizard != nullptr);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::FolderPageId));
    QCOMPARE(child<QLineEdit>(wizard, "vaultFolderEdit")->text(), QDir::toNativeSeparators(vaultDir));
    QAbstractButton* next = wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // --- administrator
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::AdministratorPageId));
    QVERIFY(!next->isEnabled());
    QTest::keyClicks(child<QLineEdit>(wizard, "adminNameEdit"), QStringLiteral("anna.berg"));
    QTest::keyClicks(child<QLineEdit>(wizard, "adminDisplayNameEdit"), QStringLiteral("Dr Anna Berg"));
    auto* profession = child<QComboBox>(wizard, "professionCombo");
    profession->setFocus();
    QTest::keyClick(profession, Qt::Key_Down); // None -> Dentist
    QCOMPARE(profession->currentIndex(), 1);
    QTest::keyClicks(child<QLineEdit>(wizard, "licenceEdit"), QStringLiteral("SE-123456"));
    QTest::keyClicks(child<QLineEdit>(wizard, "passwordEdit"), password);
    QTest::keyClicks(child<QLineEdit>(wizard, "passwordConfirmEdit"), password);
    QCOMPARE(child<QLabel>(wizard, "adminProblemLabel")->text(), QString());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // --- creating runs on a worker thread; the page cannot be left meanwhile
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::RecoveryPageId), kSlowMs);
    QVERIFY(QFileInfo::exists(vaultDir + QStringLiteral("/clinic.db")));
    const QString code = child<QLabel>(wizard, "recoveryCodeLabel")->text();
    static const QRegularExpression codePattern(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){5}$"));
    QVERIFY2(codePattern.match(code).hasMatch(), qPrintable(code));
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(!next->isEnabled()); // until the code is confirmed
    QTest::keyClick(child<QCheckBox>(wizard, "recoveryConfirmCheck"), Qt::Key_Space);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);

    // --- finish
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::FinishPageId));
    auto* remember = child<QCheckBox>(wizard, "rememberCheck");
    QVERIFY(!remember->isChecked());
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    MainWindow* main = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((main = window<MainWindow>("mainWindow")) != nullptr, kSlowMs);
    QVERIFY(window("firstRunWizard") == nullptr);
    const QString signedInAs = child<QLabel>(main, "signedInUserLabel")->text();
    QVERIFY2(signedInAs.contains(QStringLiteral("Dr Anna Berg")), qPrintable(signedInAs));
    QVERIFY2(signedInAs.contains(QStringLiteral("Administrator")), qPrintable(signedInAs));
    auto* lockAction = main->findChild<QAction*>(QStringLiteral("lockAction"));
    QVERIFY(lockAction != nullptr);
    QCOMPARE(lockAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));

    // --- lock: the vault closes, the unlock screen comes back with the user filled in
    lockAction->trigger();
    QWidget* unlock = nullptr;
    QTRY_VERIFY((unlock = window("unlockWindow")) != nullptr);
    QTRY_VERIFY(window("mainWindow") == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(unlock, "unlockButton")->isEnabled(), kSlowMs);
    QCOMPARE(child<QLineEdit>(unlock, "userNameEdit")->text(), QStringLiteral("anna.berg"));
    auto* passwordEdit = child<QLineEdit>(unlock, "passwordEdit");
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);

    // --- a wrong password: a message, an empty focused field, and no change on disk
    const auto before = snapshot(vaultDir);
    QTest::keyClicks(passwordEdit, QStringLiteral("wrong password"));
    QTest::mouseClick(child<QPushButton>(unlock, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(unlock, "errorLabel")->text().isEmpty(), kSlowMs);
    QTRY_VERIFY(child<QPushButton>(unlock, "unlockButton")->isEnabled());
    QVERIFY(child<QLabel>(unlock, "errorLabel")->isVisible());
    QCOMPARE(passwordEdit->text(), QString());
    QCOMPARE(unlock->focusWidget(), passwordEdit);
    QVERIFY(window("mainWindow") == nullptr);
    QVERIFY(snapshot(vaultDir) == before);

    // --- the right one
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(child<QPushButton>(unlock, "unlockButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((main = window<MainWindow>("mainWindow")) != nullptr, kSlowMs);

    // --- add two patients, then find one by typing part of her name
    addPatient(main, QStringLiteral("Zofia"), QStringLiteral("Wiśniewska"), {}, QStringLiteral("+48 600 100 200"));
    addPatient(main, QStringLiteral("Karl"), QStringLiteral("Ek"));
    auto* table = child<QTableView>(main, "patientTable");
    auto* model = qobject_cast<PatientTableModel*>(table->model());
    QVERIFY(model != nullptr);
    QTRY_COMPARE(model->rowCount(), 2);

    auto* search = child<QLineEdit>(main, "patientSearchEdit");
    QCOMPARE(search->placeholderText(), QStringLiteral("Search by name, national ID, phone or e-mail"));
    QTest::keyClicks(search, QStringLiteral("wisn"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, PatientTableModel::Name).data().toString().contains(QStringLiteral("Wiśniewska")));
    QCOMPARE(model->index(0, PatientTableModel::Phone).data().toString(), QStringLiteral("+48 600 100 200"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("600100"));
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, PatientTableModel::Name).data().toString().contains(QStringLiteral("Zofia")));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzq"));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(!child<QLabel>(main, "patientListEmptyLabel")->text().isEmpty());
}

void TstFirstRun::existingVaultEditAndDuplicateWarning() {
    test::TestVault vault;
    const QString dir = vault.dir();
    vault.logout();
    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    KeychainStore keychain(uniqueKeychainService());
    AppController controller(dir, keychain, &settings, KdfParams::minimum());
    controller.start();
    QVERIFY(window("firstRunWizard") == nullptr);
    signIn(QString::fromLatin1(test::TestVault::kAdminName), QString::fromLatin1(test::TestVault::kAdminPassword));
    MainWindow* main = window<MainWindow>("mainWindow");
    QVERIFY(main != nullptr);
    auto* info = child<InfoBar>(main, "patientsInfoBar");
    QVERIFY(!info->isVisible());

    // Two patients with one national id: saved, with a warning that does not block.
    addPatient(main, QStringLiteral("Tolvan"), QStringLiteral("Tolvansson"), QStringLiteral("19121212-1212"));
    QVERIFY(!info->isVisible());
    addPatient(main, QStringLiteral("Tolvan"), QStringLiteral("Tolvansson-Dubblett"), QStringLiteral("191212121212"));
    QTRY_VERIFY(info->isVisible());
    QVERIFY2(info->text().contains(QStringLiteral("same national ID")), qPrintable(info->text()));

    auto* table = child<QTableView>(main, "patientTable");
    auto* model = qobject_cast<PatientTableModel*>(table->model());
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, PatientTableModel::NationalId).data().toString(), QStringLiteral("19121212-1212"));
    QCOMPARE(model->index(0, PatientTableModel::DateOfBirth).data().toString(), QStringLiteral("1912-12-12"));

    // Edit: select the first row, open it, change the phone, save.
    auto* edit = child<QPushButton>(main, "editPatientButton");
    table->selectRow(0);
    QVERIFY(edit->isEnabled());
    const QString id = model->index(0, 0).data(PatientTableModel::IdRole).toString();
    QTest::mouseClick(edit, Qt::LeftButton);
    QPointer<QDialog> dialog;
    QTRY_VERIFY((dialog = child<QDialog>(main, "patientDialog")) != nullptr && dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "lastNameEdit")->text(), model->patientAt(0)->lastName);
    QVERIFY(child<QPlainTextEdit>(dialog, "clinicalNotesEdit")->isVisibleTo(dialog)); // admin: clinical
    QTest::keyClicks(child<QLineEdit>(dialog, "phoneEdit"), QStringLiteral("070-174 06 99"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), kSlowMs);
    QTRY_COMPARE(model->index(model->rowOf(id), PatientTableModel::Phone).data().toString(),
                 QStringLiteral("070-174 06 99"));
}

void TstFirstRun::invalidNationalIdDisablesSave() {
    PatientDialog dialog(Role::Practitioner);
    dialog.show();
    auto* save = child<QPushButton>(&dialog, "saveButton");
    const auto shown = [&](const char* problem) { return child<QLabel>(&dialog, problem)->isVisibleTo(&dialog); };
    QVERIFY(!save->isEnabled());
    QVERIFY(!shown("firstNameProblem")); // nothing typed: no scolding yet
    QVERIFY(!shown("lastNameProblem"));
    typeText(child<QLineEdit>(&dialog, "firstNameEdit"), QStringLiteral("Åsa"));
    QVERIFY(!save->isEnabled()); // last name missing
    typeText(child<QLineEdit>(&dialog, "lastNameEdit"), QStringLiteral("Lindström"));
    QVERIFY(save->isEnabled());
    QVERIFY(!shown("lastNameProblem"));

    // Each problem is named beside its own field.
    auto* nationalId = child<QLineEdit>(&dialog, "nationalIdEdit");
    QTest::keyClicks(nationalId, QStringLiteral("19121212-1213")); // wrong check digit
    QVERIFY(!save->isEnabled());
    QVERIFY(shown("nationalIdProblem"));
    QTest::keyClick(nationalId, Qt::Key_Backspace);
    QTest::keyClicks(nationalId, QStringLiteral("2"));
    QVERIFY(save->isEnabled());
    QVERIFY(!shown("nationalIdProblem"));
    QVERIFY(!child<QLabel>(&dialog, "nationalIdKindLabel")->text().isEmpty());

    auto* dateOfBirth = child<QLineEdit>(&dialog, "dateOfBirthEdit");
    QCOMPARE(dateOfBirth->placeholderText(), QStringLiteral("YYYY-MM-DD"));
    QTest::keyClicks(dateOfBirth, QStringLiteral("1990-01-01")); // not the date inside the id
    QVERIFY(!save->isEnabled());
    QVERIFY(shown("dateOfBirthProblem") || shown("nationalIdProblem"));
}

void TstFirstRun::receptionistDoesNotSeeClinicalNotes() {
    PatientDialog receptionist(Role::Receptionist);
    QVERIFY(!child<QPlainTextEdit>(&receptionist, "clinicalNotesEdit")->isVisibleTo(&receptionist));
    PatientDialog practitioner(Role::Practitioner);
    QVERIFY(child<QPlainTextEdit>(&practitioner, "clinicalNotesEdit")->isVisibleTo(&practitioner));
    const PatientDraft draft = receptionist.draft();
    QVERIFY(!draft.clinicalNotes.has_value()); // never touches notes it cannot see
}

void TstFirstRun::mismatchedPasswordsBlockTheWizard() {
    QTemporaryDir tmp;
    Worker pool(QStringLiteral("VaultTasks"));
    FirstRunWizard wizard(tmp.filePath(QStringLiteral("vault")), pool, KdfParams::minimum());
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(FirstRunWizard::AdministratorPageId));
    QTest::keyClicks(child<QLineEdit>(&wizard, "adminNameEdit"), QStringLiteral("piotr"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral("short"));
    auto* problem = child<QLabel>(&wizard, "adminProblemLabel");
    QVERIFY(problem->text().contains(QStringLiteral("8")));
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordEdit"), QStringLiteral(" enough"));
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordConfirmEdit"), QStringLiteral("short enougH"));
    QVERIFY(problem->text().contains(QStringLiteral("not the same")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(child<QLineEdit>(&wizard, "passwordConfirmEdit"), Qt::Key_Backspace);
    QTest::keyClicks(child<QLineEdit>(&wizard, "passwordConfirmEdit"), QStringLiteral("h"));
    QCOMPARE(problem->text(), QString());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    // Back on the first page, a folder that is not empty is refused.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    auto* folder = child<QLineEdit>(&wizard, "vaultFolderEdit");
    folder->clear();
    QTest::keyClicks(folder, tmp.path()); // holds nothing yet ...
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QFile file(tmp.filePath(QStringLiteral("something.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QTest::keyClicks(folder, QStringLiteral("/")); // ... now it does
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!child<QLabel>(&wizard, "vaultFolderProblemLabel")->text().isEmpty());
}

// Needs the real Secret Service (scripts/test-env sets CLINICDESK_TEST_KEYCHAIN).
void TstFirstRun::rememberedUserSignsInWithoutPassword() {
    if (!qEnvironmentVariableIsSet("CLINICDESK_TEST_KEYCHAIN")) {
        QSKIP("no keychain in this environment (run under scripts/test-env)");
    }
    QTemporaryDir tmp;
    const QString vaultDir = tmp.filePath(QStringLiteral("vault"));
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    KeychainStore keychain(uniqueKeychainService());
    QString entry;
    {
        AppController controller(vaultDir, keychain, &settings, KdfParams::minimum());
        controller.start();
        auto* wizard = window<QWizard>("firstRunWizard");
        QVERIFY(wizard != nullptr);
        QAbstractButton* next = wizard->button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(wizard, "adminNameEdit"), QStringLiteral("lerato"));
        QTest::keyClicks(child<QLineEdit>(wizard, "passwordEdit"), QStringLiteral("kgotso ya pelo"));
        QTest::keyClicks(child<QLineEdit>(wizard, "passwordConfirmEdit"), QStringLiteral("kgotso ya pelo"));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::RecoveryPageId), kSlowMs);
        QTest::keyClick(child<QCheckBox>(wizard, "recoveryConfirmCheck"), Qt::Key_Space);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::keyClick(child<QCheckBox>(wizard, "rememberCheck"), Qt::Key_Space);
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window<MainWindow>("mainWindow") != nullptr, kSlowMs);
        const QString vaultId = Vault::readVaultId(vaultDir).value_or(QString());
        const QString userKey = QStringLiteral("vaults/") + vaultId + QStringLiteral("/lastUserId");
        QTRY_VERIFY_WITH_TIMEOUT(settings
                                     .value(QStringLiteral("vaults/") + vaultId + QStringLiteral("/remembered/") +
                                            settings.value(userKey).toString())
                                     .toBool(),
                                 kSlowMs);
        entry = KeychainStore::entryKey(vaultId, settings.value(userKey).toString());
        // Settings hold identifiers only, never the key.
        for (const QString& key : settings.allKeys()) {
            QVERIFY(settings.value(key).toString().size() < 64);
        }
    }

    // Next start: the keychain opens the vault, no password typed.
    {
        AppController controller(vaultDir, keychain, &settings, KdfParams::minimum());
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(window<MainWindow>("mainWindow") != nullptr, kSlowMs);
        // Lock means lock: the unlock screen does not open the vault by itself again.
        window<MainWindow>("mainWindow")->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QWidget* unlock = nullptr;
        QTRY_VERIFY((unlock = window("unlockWindow")) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(unlock, "unlockButton")->isEnabled(), kSlowMs);
        QTest::qWait(200);
        QVERIFY(window("mainWindow") == nullptr);
    }

    // Without the keychain entry: back to the password, with a reason.
    QVERIFY(keychain.removeBlocking(entry).has_value());
    {
        AppController controller(vaultDir, keychain, &settings, KdfParams::minimum());
        controller.start();
        QWidget* unlock = window("unlockWindow");
        QVERIFY(unlock != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(unlock, "errorLabel")->text().isEmpty(), kSlowMs);
        QVERIFY(child<QPushButton>(unlock, "unlockButton")->isEnabled());
        QCOMPARE(unlock->focusWidget(), child<QLineEdit>(unlock, "passwordEdit"));
        QCOMPARE(child<QLineEdit>(unlock, "userNameEdit")->text(), QStringLiteral("lerato"));
        signIn(QStringLiteral("lerato"), QStringLiteral("kgotso ya pelo"));
    }
}

void TstFirstRun::recoveryCodeSetsANewPassword() {
    test::TestVault vault;
    const QString dir = vault.dir();
    const QString code = vault.recoveryCode();
    vault.logout();
    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    KeychainStore keychain(uniqueKeychainService());
    const QString newPassword = QStringLiteral("a brand new password");
    {
        AppController controller(dir, keychain, &settings, KdfParams::minimum());
        controller.start();
        QWidget* unlock = window("unlockWindow");
        QVERIFY(unlock != nullptr);
        QTest::keyClicks(child<QLineEdit>(unlock, "userNameEdit"), QString::fromLatin1(test::TestVault::kAdminName));
        QTest::mouseClick(child<QPushButton>(unlock, "forgotPasswordButton"), Qt::LeftButton);
        QDialog* recovery = nullptr;
        QTRY_VERIFY((recovery = child<QDialog>(unlock, "recoveryDialog")) != nullptr && recovery->isVisible());
        QCOMPARE(child<QLineEdit>(recovery, "recoveryUserNameEdit")->text(),
                 QString::fromLatin1(test::TestVault::kAdminName));
        auto* recover = child<QPushButton>(recovery, "recoverButton");
        QVERIFY(!recover->isEnabled());
        // Lower case and without dashes is fine: the code is normalised.
        QTest::keyClicks(child<QLineEdit>(recovery, "recoveryCodeEdit"), code.toLower().remove(QLatin1Char('-')));
        QTest::keyClicks(child<QLineEdit>(recovery, "newPasswordEdit"), newPassword);
        QTest::keyClicks(child<QLineEdit>(recovery, "newPasswordConfirmEdit"), newPassword);
        QVERIFY(recover->isEnabled());
        QTest::mouseClick(recover, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window<MainWindow>("mainWindow") != nullptr, kSlowMs);
    }
    // The old password no longer opens the vault; the new one does.
    QVERIFY(!VaultSession::login(dir, QString::fromLatin1(test::TestVault::kAdminName),
                                 SecureBytes::fromUtf8(QString::fromLatin1(test::TestVault::kAdminPassword))));
    QVERIFY(
        VaultSession::login(dir, QString::fromLatin1(test::TestVault::kAdminName), SecureBytes::fromUtf8(newPassword)));
}

void TstFirstRun::wizardProposesTheDataFolderOnce() {
    // As the desktop app and the CLI name themselves (app/gui/main.cpp, app/cli/main.cpp).
    QCoreApplication::setOrganizationName(QStringLiteral("ClinicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ClinicDesk"));
    const QString proposed = AppPaths::defaultVaultDir();
    Worker tasks(QStringLiteral("VaultTasks"));
    FirstRunWizard wizard(proposed, tasks, KdfParams::minimum());
    wizard.show();
    const QString shown = QDir::fromNativeSeparators(child<QLineEdit>(&wizard, "vaultFolderEdit")->text());
    QVERIFY2(shown.endsWith(QStringLiteral("/ClinicDesk/vault")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("ClinicDesk/ClinicDesk")), qPrintable(shown));
    QVERIFY2(shown.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)),
             qPrintable(shown));

    // A vault an earlier version made in the doubled folder is still found there.
    const QString earlier =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("vault"));
    QVERIFY(QDir().mkpath(earlier));
    QFile keys(QDir(earlier).filePath(QStringLiteral("keys.json")));
    QVERIFY(keys.open(QIODevice::WriteOnly));
    keys.close();
    QCOMPARE(AppPaths::defaultVaultDir(), earlier);
    QVERIFY(QDir(QFileInfo(earlier).path()).removeRecursively());
    QCOMPARE(AppPaths::defaultVaultDir(), proposed);
}

QTEST_MAIN(TstFirstRun)
#include "tst_firstrun.moc"
