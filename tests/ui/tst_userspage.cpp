// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Settings > Users and roles through the real main window (AppController, a real vault, offscreen):
// an administrator disables a practitioner by object name, that practitioner's sign-in on the unlock
// screen is then refused with a sentence that says why, and the refusal is in the audit log; the
// page is only there for administrators.
#include "AppController.h"
#include "TestVault.h"
#include "audit/AuditLog.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "users/UserTableModel.h"
#include "users/UsersPage.h"
#include "widgets/InfoBar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 15000;

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QWidget* topLevel(const char* name) {
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == QLatin1String(name) && widget->isVisible()) {
            return widget;
        }
    }
    return nullptr;
}

// A signed-in main window over a fresh vault, as the application builds it.
struct Fixture {
    test::TestVault vault;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<AppController> controller;

    bool signIn(const QString& user, const QString& password) {
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

    ~Fixture() { controller.reset(); }

    [[nodiscard]] MainWindow* window() const { return controller->mainWindow(); }
};

} // namespace

class TstUsersPage : public QObject {
    Q_OBJECT

private slots:
    void disabledUserCannotSignIn();
    void onlyAdministratorsSeeTheAdminPages();
};

void TstUsersPage::disabledUserCannotSignIn() {
    Fixture f;
    auto ingrid = f.vault.addUser(QStringLiteral("ingrid"), Role::Practitioner);
    QVERIFY(ingrid.has_value());
    QVERIFY(f.signIn(QString::fromLatin1(test::TestVault::kAdminName),
                     QString::fromLatin1(test::TestVault::kAdminPassword)));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    MainWindow* window = f.window();

    // Settings > Users and roles.
    window->showPlace(QString::fromLatin1(MainWindow::kSettings));
    auto* section = child<QAbstractButton>(window, "settingsSection_users");
    QVERIFY(section != nullptr);
    QTest::mouseClick(section, Qt::LeftButton);
    UsersPage* page = window->usersPage();
    QCOMPARE(child<QStackedWidget>(window, "mainPages")->currentWidget(), page);
    auto* table = child<QTableView>(page, "usersTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, kSlowMs);

    // The administrator's own row: it cannot be disabled, and the hint says why.
    auto* toggle = child<QPushButton>(page, "toggleActiveButton");
    QVERIFY(!toggle->isEnabled());
    QVERIFY(child<QLabel>(page, "usersHintLabel")->isVisibleTo(page));

    // Ingrid: select her row, Disable, confirm.
    const int row = page->model()->rowOf(ingrid->id);
    QVERIFY(row >= 0);
    table->selectRow(row);
    QTRY_VERIFY(toggle->isEnabled());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = page->findChild<QMessageBox*>(QStringLiteral("confirmDisableBox"))) != nullptr &&
                box->isVisible());
    QTest::mouseClick(child<QPushButton>(box, "confirmDisableButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->infoBar()->text().contains(QStringLiteral("can no longer sign in")), kSlowMs);
    // The table says so in words, and the button now offers the way back.
    QTRY_VERIFY_WITH_TIMEOUT(
        !table->model()->index(page->model()->rowOf(ingrid->id), UserTableModel::Status).data().toString().isEmpty(),
        kSlowMs);
    QTRY_COMPARE_WITH_TIMEOUT(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Enable"), kSlowMs);

    // Lock; Ingrid tries to sign in on the unlock screen and is refused with a clear sentence.
    f.controller->lock();
    QWidget* unlock = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((unlock = topLevel("unlockWindow")) != nullptr, kSlowMs);
    auto* unlockButton = child<QPushButton>(unlock, "unlockButton");
    QTRY_VERIFY_WITH_TIMEOUT(unlockButton->isEnabled(), kSlowMs);
    auto* name = child<QLineEdit>(unlock, "userNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("ingrid"));
    QTest::keyClicks(child<QLineEdit>(unlock, "passwordEdit"), test::TestVault::passwordFor(QStringLiteral("ingrid")));
    QTest::mouseClick(unlockButton, Qt::LeftButton);
    auto* error = child<QLabel>(unlock, "errorLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(error->isVisible(), qPrintable(child<QLabel>(unlock, "statusLabel")->text()), kSlowMs);
    QVERIFY2(error->text().contains(QStringLiteral("disabled")), qPrintable(error->text()));
    QVERIFY(f.controller->mainWindow() == nullptr);

    // The refusal is in the audit log, attributed to her.
    f.controller.reset();
    auto admin = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                     test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
    QVERIFY(admin.has_value());
    AuditFilter filter;
    filter.actions = {QStringLiteral("login_refused")};
    auto refused = AuditLog((*admin)->db()).list(filter, 0, 10);
    QVERIFY(refused.has_value());
    QCOMPARE(refused->size(), size_t(1));
    QCOMPARE(refused->front().entityId, ingrid->id);
}

void TstUsersPage::onlyAdministratorsSeeTheAdminPages() {
    for (const Role role : {Role::Practitioner, Role::Receptionist}) {
        Fixture f;
        const QString userName = role == Role::Practitioner ? QStringLiteral("ingrid") : QStringLiteral("rita");
        QVERIFY(f.vault.addUser(userName, role).has_value());
        QVERIFY(f.signIn(userName, test::TestVault::passwordFor(userName)));
        QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
        MainWindow* window = f.window();
        QVERIFY(window->usersPage() == nullptr);
        QVERIFY(window->backupsPage() == nullptr);
        QVERIFY(window->auditPage() == nullptr);
        for (const char* key : {"settingsSection_users", "settingsSection_backups", "settingsSection_audit"}) {
            QVERIFY2(child<QWidget>(window, key) == nullptr, key);
        }
    }
}

QTEST_MAIN(TstUsersPage)
#include "tst_userspage.moc"
