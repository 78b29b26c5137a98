#pragma once

#include "SignInSettings.h"
#include "crypto/KdfParams.h"
#include "session/VaultSession.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QSettings;

namespace clinicdesk {

class AiBackend;
class EncounterBackend;
class FirstRunWizard;
class HttpClient;
class JobsHost;
class KeychainStore;
class MainWindow;
class PatientBackend;
class RecorderHost;
class UnlockWindow;

// The GUI's composition root. It owns the signed-in session, the backends
// (patients; encounters and the recorder thread for clinical roles, each with
// its own vault connection) and the top-level windows, and moves between them:
//   no vault -> FirstRunWizard; vault -> UnlockWindow; signed in -> MainWindow;
//   Lock -> the session logs out (keys wiped) -> UnlockWindow.
// After signing in it closes recordings left unfinished by a crash
// (RecordingRecovery, on the vault task thread) and says so in an info bar.
// Everything that opens, creates or closes the vault runs on one worker
// thread (vaultTasks), one task at a time, so a login never overtakes the
// logout before it and the UI thread never waits for Argon2id or SQLCipher.
class AppController : public QObject {
    Q_OBJECT
public:
    // `settings` holds non-secret sign-in memory (see SignInSettings); tests
    // pass an INI file in a temporary folder. `kdf` is the Argon2id cost for
    // envelopes made here (tests pass KdfParams::minimum()).
    AppController(QString vaultDir, KeychainStore& keychain, QSettings* settings,
                  KdfParams kdf = KdfParams::interactive(), QObject* parent = nullptr);
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
    [[nodiscard]] QThreadPool& vaultTasks() { return m_vaultTasks; }
    // The AI job queue of the signed-in session (null before sign-in and for roles without
    // clinical access).
    [[nodiscard]] JobsHost* jobsHost() const { return m_jobs.get(); }
    [[nodiscard]] AiBackend* aiBackend() const { return m_ai.get(); }

public slots:
    // Logs out and returns to the unlock screen (menu, Ctrl+L).
    void lock();

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
    struct Backends;
    void showMainWindow(Backends backends);
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
    QThreadPool m_vaultTasks;
    std::shared_ptr<VaultSession> m_session;
    std::unique_ptr<PatientBackend> m_backend;
    std::unique_ptr<EncounterBackend> m_encounters;
    std::unique_ptr<RecorderHost> m_recorder;
    // AI pipeline: one HTTP client for the whole application (connections are reused), the
    // job runner (clinical roles) and the settings/usage/egress backend.
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<JobsHost> m_jobs;
    std::unique_ptr<AiBackend> m_ai;
    std::unique_ptr<FirstRunWizard> m_wizard;
    std::unique_ptr<UnlockWindow> m_unlock;
    std::unique_ptr<MainWindow> m_main;
};

} // namespace clinicdesk
