// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "SignInSettings.h"
#include "async/Worker.h"
#include "crypto/KdfParams.h"
#include "session/VaultSession.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

class QSettings;

namespace clinicdesk {

class AiSettingsService;
class FirstRunWizard;
class HttpClient;
class JobsHost;
class KeychainStore;
class MainWindow;
class SessionServices;
class IdleWatcher;
class Translations;
class UnlockWindow;
class WheelGuard;

// The GUI's composition root. It owns the signed-in session, its SessionServices
// (the workers, each with its own vault connection, and the services the pages
// talk to) and the top-level windows, and moves between them:
//   no vault -> FirstRunWizard; vault -> UnlockWindow; signed in -> MainWindow;
//   Lock -> the services stop, the session logs out (keys wiped) -> UnlockWindow.
// After signing in it closes recordings left unfinished by a crash
// (RecordingRecovery, on the long-task worker) and says so in an info bar.
// Everything that opens, creates or closes the vault runs on one Worker (the
// sign-in worker), one task at a time, so a login never overtakes the logout
// before it and the UI thread never waits for Argon2id or SQLCipher.
class AppController : public QObject {
    Q_OBJECT
public:
    // `settings` holds non-secret sign-in memory (see SignInSettings); tests
    // pass an INI file in a temporary folder. `kdf` is the Argon2id cost for
    // envelopes made here (tests pass KdfParams::minimum()).
    // `translations`: the interface language the program already set up (main.cpp); none: made here.
    AppController(QString vaultDir, KeychainStore& keychain, QSettings* settings,
                  KdfParams kdf = KdfParams::interactive(), QObject* parent = nullptr,
                  Translations* translations = nullptr);
    // Stops the backend, logs out and waits for vault tasks to finish.
    ~AppController() override;
    AppController(const AppController&) = delete;
    AppController& operator=(const AppController&) = delete;

    // Shows the first-run wizard or the unlock screen for the vault folder.
    void start();
    // Signs in with a session made elsewhere.
    void startSignedIn(std::shared_ptr<VaultSession> session);
    // Creates a DemoVault in `dir` (off the UI thread) and signs in to it; the
    // unlock screen then shows the demo's random password.
    void startDemo(const QString& dir);
    // Shown under the unlock screen's title (the demo prints its password there).
    void setUnlockHint(const QString& hint) { m_unlockHint = hint; }

    [[nodiscard]] QString vaultDir() const { return m_vaultDir; }
    [[nodiscard]] MainWindow* mainWindow() const { return m_main.get(); }
    [[nodiscard]] Worker& vaultTasks() { return m_vaultTasks; }
    // The signed-in session's workers and services (null before sign-in).
    [[nodiscard]] SessionServices* services() const { return m_services.get(); }
    // The AI job queue of the signed-in session (null before sign-in and for roles without
    // clinical access).
    [[nodiscard]] JobsHost* jobsHost() const;

    [[nodiscard]] Translations& translations() const { return *m_translations; }
    [[nodiscard]] IdleWatcher& idleWatcher() const { return *m_idle; }
    // Unsaved work kept over a lock for someone to sign in again (tests).
    [[nodiscard]] bool holdsUnsavedWork() const { return !m_unsaved.empty(); }

public slots:
    // Logs out and returns to the unlock screen (menu, Ctrl+L, auto-lock). What the user had open and not
    // saved is kept in locked memory and given back when the same user signs in again.
    void lock();
    // Locks, and the unlock screen asks who signs in.
    void switchUser();
    // Another interface language, at once: the windows are built again; nothing unsaved is lost.
    void switchLanguage(const QString& code);

signals:
    void mainWindowShown(clinicdesk::MainWindow* window);
    // The user closed the last window or chose Quit.
    void quitRequested();
    // startDemo() could not make its vault (the message is for the user).
    void startFailed(const QString& message);

private:
    void showWizard();
    void showUnlock(bool tryKeychain);
    void onWizardAccepted();
    void onSignedIn(std::shared_ptr<VaultSession> session, bool rememberHere);
    void showMainWindow();
    void createMainWindow();
    void followAutoLock();
    void recoverRecordings();
    void rememberOnThisComputer();
    void closeWindows();
    void stopBackend();

    QString m_vaultDir;
    KeychainStore& m_keychain;
    SignInSettings m_signIn;
    KdfParams m_kdf;
    QSettings* m_settings;
    QString m_unlockHint;
    WheelGuard* m_wheelGuard;
    std::unique_ptr<Translations> m_ownTranslations;
    Translations* m_translations;
    IdleWatcher* m_idle;
    std::map<QString, std::shared_ptr<SecureBytes>> m_unsaved; // user id -> UnsavedWork::seal()
    // Sign-in, vault creation and logout, one at a time (no vault connection of its own).
    Worker m_vaultTasks;
    std::shared_ptr<VaultSession> m_session;
    // One HTTP client for the whole application (connections are reused).
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<SessionServices> m_services;
    std::unique_ptr<FirstRunWizard> m_wizard;
    std::unique_ptr<UnlockWindow> m_unlock;
    std::unique_ptr<MainWindow> m_main;
};

} // namespace clinicdesk
