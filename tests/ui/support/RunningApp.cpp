// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "RunningApp.h"

#include "Widgets.h"
#include "main/MainWindow.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUuid>

namespace clinicdesk::test {

RunningApp::RunningApp(TestVault& vault)
    : m_vault(vault) {}

RunningApp::~RunningApp() {
    m_controller.reset();
}

void RunningApp::makeController() {
    m_vault.logout();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_keychain = std::make_unique<KeychainStore>(QStringLiteral("ClinicDesk-test-") +
                                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_controller = std::make_unique<AppController>(m_vault.dir(), *m_keychain, m_settings.get(), KdfParams::minimum());
}

void RunningApp::startAtUnlock() {
    makeController();
    m_controller->start();
}

bool RunningApp::signInThroughUnlock(const QString& user, const QString& password) {
    QWidget* unlock = nullptr;
    if (!QTest::qWaitFor([&] { return (unlock = topLevel("unlockWindow")) != nullptr; }, kSlowMs)) {
        return false;
    }
    auto* button = child<QPushButton>(unlock, "unlockButton");
    if (!QTest::qWaitFor([&] { return button->isEnabled(); }, kSlowMs)) {
        return false;
    }
    auto* name = child<QLineEdit>(unlock, "userNameEdit");
    name->clear();
    QTest::keyClicks(name, user);
    QTest::keyClicks(child<QLineEdit>(unlock, "passwordEdit"), password);
    QTest::keyClick(child<QLineEdit>(unlock, "passwordEdit"), Qt::Key_Return);
    return QTest::qWaitFor([&] { return window() != nullptr && window()->isVisible(); }, kSlowMs);
}

bool RunningApp::signInAsAdminThroughUnlock() {
    return signInThroughUnlock(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword));
}

bool RunningApp::startSignedIn(const QString& user) {
    const QString password = user == QLatin1String(TestVault::kAdminName)
                                 ? QString::fromLatin1(TestVault::kAdminPassword)
                                 : TestVault::passwordFor(user);
    makeController();
    auto session = VaultSession::login(m_vault.dir(), user, TestVault::secret(password));
    if (!session) {
        return false;
    }
    m_controller->startSignedIn(std::shared_ptr<VaultSession>(std::move(*session)));
    return QTest::qWaitFor([this] { return window() != nullptr; }, kSlowMs);
}

bool RunningApp::startSignedInAsAdmin() {
    return startSignedIn(QString::fromLatin1(TestVault::kAdminName));
}

} // namespace clinicdesk::test
