// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

// ClinicDesk as the application runs it, over a test vault: the real AppController with a settings
// file and a keychain service of its own, started at the unlock window or already signed in.

#include "AppController.h"
#include "TestVault.h"
#include "keychain/KeychainStore.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace clinicdesk {
class MainWindow;
}

namespace clinicdesk::test {

class RunningApp {
public:
    // How long signing in may take (the session's connections open off the UI thread).
    static constexpr int kSlowMs = 30000;

    explicit RunningApp(TestVault& vault);
    ~RunningApp();
    RunningApp(const RunningApp&) = delete;
    RunningApp& operator=(const RunningApp&) = delete;

    // Closes the test vault's own session and starts the application at the unlock window.
    void startAtUnlock();
    // Types the name and password into the unlock window and waits for the main window.
    [[nodiscard]] bool signInThroughUnlock(const QString& user, const QString& password);
    [[nodiscard]] bool signInAsAdminThroughUnlock();
    // Closes the test vault's own session, signs `user` in (TestVault::passwordFor, or the admin's
    // password) without the unlock window and waits for the main window.
    [[nodiscard]] bool startSignedIn(const QString& user);
    [[nodiscard]] bool startSignedInAsAdmin();

    [[nodiscard]] MainWindow* window() const { return m_controller ? m_controller->mainWindow() : nullptr; }
    [[nodiscard]] AppController& controller() { return *m_controller; }
    [[nodiscard]] QSettings& settings() { return *m_settings; }

private:
    void makeController();

    TestVault& m_vault;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainStore> m_keychain;
    std::unique_ptr<AppController> m_controller;
};

} // namespace clinicdesk::test
