#include "AppController.h"

#include "AsyncTask.h"
#include "DemoVault.h"
#include "UiMetaTypes.h"
#include "audio/RecordingRecovery.h"
#include "domain/AccessPolicy.h"
#include "encounter/EncounterBackend.h"
#include "encounter/RecorderHost.h"
#include "firstrun/FirstRunWizard.h"
#include "main/MainWindow.h"
#include "patients/PatientBackend.h"
#include "patients/PatientsPage.h"
#include "storage/KeychainStore.h"
#include "unlock/UnlockWindow.h"
#include "util/Logging.h"
#include "widgets/InfoBar.h"
// AI pipeline
#include "jobs/JobsHost.h"
#include "net/HttpClient.h"
#include "settings/AiBackend.h"

namespace clinicdesk {

// What showMainWindow() needs besides the session: the backends with their
// connections (the encounter ones only for roles with clinical access).
struct AppController::Backends {
    std::unique_ptr<PatientBackend> patients;
    std::unique_ptr<EncounterBackend> encounters;
    std::unique_ptr<RecorderHost> recorder;
    // AI pipeline: the job runner for clinical roles, the settings backend for everyone.
    std::unique_ptr<JobsHost> jobs;
    std::unique_ptr<AiBackend> ai;
};

namespace {

// Replaces a top-level window owned by the controller: deleteLater, because
// the window may be the one whose signal got us here.
template <typename W>
void dispose(std::unique_ptr<W>& window) {
    if (window) {
        window->hide();
        window.release()->deleteLater();
    }
}

} // namespace

AppController::AppController(QString vaultDir, KeychainStore& keychain, QSettings* settings, KdfParams kdf,
                             QObject* parent)
    : QObject(parent)
    , m_vaultDir(std::move(vaultDir))
    , m_keychain(keychain)
    , m_signIn(settings)
    , m_kdf(kdf)
    , m_settings(settings)
    , m_http(std::make_unique<HttpClient>()) {
    registerUiMetaTypes();
    m_vaultTasks.setObjectName(QStringLiteral("VaultTasks"));
    m_vaultTasks.setMaxThreadCount(1);
    m_vaultTasks.setExpiryTimeout(-1);
}

AppController::~AppController() {
    // Not deleteLater: no event loop may run again after this.
    m_main.reset();
    m_wizard.reset();
    m_unlock.reset();
    stopBackend();
    m_vaultTasks.waitForDone();
    if (m_session) {
        m_session->logout();
        m_session.reset();
    }
}

void AppController::start() {
    auto probe = Vault::probe(m_vaultDir);
    if (!probe && probe.error().code == ErrorCode::NotFound) {
        showWizard();
        return;
    }
    showUnlock(true);
    if (!probe) {
        m_unlock->showError(probe.error().message);
    }
}

void AppController::showWizard() {
    closeWindows();
    m_wizard = std::make_unique<FirstRunWizard>(m_vaultDir, m_vaultTasks, m_kdf);
    connect(m_wizard.get(), &QWizard::accepted, this, &AppController::onWizardAccepted, Qt::QueuedConnection);
    connect(m_wizard.get(), &QWizard::rejected, this, &AppController::quitRequested, Qt::QueuedConnection);
    m_wizard->show();
}

void AppController::onWizardAccepted() {
    if (!m_wizard || !m_wizard->session()) {
        return;
    }
    m_vaultDir = m_wizard->vaultFolder();
    m_signIn.setLastVaultFolder(m_vaultDir);
    onSignedIn(m_wizard->session(), m_wizard->rememberOnThisComputer());
}

void AppController::showUnlock(bool tryKeychain) {
    closeWindows();
    m_unlock = std::make_unique<UnlockWindow>(m_vaultDir, m_vaultTasks, m_keychain);
    m_unlock->setHint(m_unlockHint);
    connect(
        m_unlock.get(), &UnlockWindow::signedIn, this,
        [this](std::shared_ptr<VaultSession> session) { onSignedIn(std::move(session), false); }, Qt::QueuedConnection);
    connect(m_unlock.get(), &UnlockWindow::closed, this, &AppController::quitRequested, Qt::QueuedConnection);

    // keys.json is small; reading its id here is cheaper than a round trip.
    const auto vaultId = Vault::readVaultId(m_vaultDir);
    if (vaultId) {
        const QString userName = m_signIn.lastUserName(*vaultId);
        const QString userId = m_signIn.lastUserId(*vaultId);
        m_unlock->setUserName(userName);
        if (tryKeychain && m_signIn.isRemembered(*vaultId, userId)) {
            m_unlock->unlockWithKeychain(KeychainStore::entryKey(*vaultId, userId), userName);
        }
    }
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void AppController::startSignedIn(std::shared_ptr<VaultSession> session) {
    m_vaultDir = session->vault().dir();
    onSignedIn(std::move(session), false);
}

void AppController::startDemo(const QString& dir) {
    struct Demo {
        std::shared_ptr<VaultSession> session;
        QString userName;
        QString password;
    };
    runAsync(
        m_vaultTasks, this,
        [dir]() -> Result<Demo> {
            auto created = DemoVault::create(dir);
            if (!created) {
                return std::unexpected(created.error());
            }
            return Demo{std::shared_ptr<VaultSession>(std::move(created->session)), created->userName,
                        created->password};
        },
        [this](Result<Demo> demo) {
            if (!demo) {
                emit startFailed(tr("The demo vault could not be created: %1").arg(demo.error().message));
                return;
            }
            setUnlockHint(
                tr("Demo vault with fictional patients. User: %1, password: %2").arg(demo->userName, demo->password));
            startSignedIn(std::move(demo->session));
        });
}

void AppController::onSignedIn(std::shared_ptr<VaultSession> session, bool rememberHere) {
    m_session = std::move(session);
    const User& user = m_session->user();
    const QString vaultId = m_session->vault().vaultId();
    m_signIn.setLastUser(vaultId, user.id, user.name);
    qCInfo(lcUi) << "signed in; opening the patient backend";

    // Each backend's own connection: opening one checks the key against the
    // file, so it is I/O and runs with the other vault tasks.
    struct Connections {
        std::shared_ptr<Database> patients;
        std::shared_ptr<Database> encounters; // null without clinical access
        std::shared_ptr<Database> recorder;
        // AI pipeline
        std::shared_ptr<Database> runner; // null without clinical access
        std::shared_ptr<Database> jobs;   // null without clinical access
        std::shared_ptr<Database> ai;
        std::shared_ptr<Database> aiTests;
    };
    const bool clinical = AccessPolicy::allows(user.role, Permission::WriteClinical);
    runAsync(
        m_vaultTasks, this,
        [session = m_session, clinical]() -> Result<Connections> {
            Connections connections;
            const auto open = [&](std::shared_ptr<Database>& into) -> Status {
                auto db = session->vault().openConnection();
                if (!db) {
                    return std::unexpected(db.error());
                }
                into = std::make_shared<Database>(std::move(*db));
                return {};
            };
            if (auto s = open(connections.patients); !s) {
                return std::unexpected(s.error());
            }
            if (clinical) {
                if (auto s = open(connections.encounters); !s) {
                    return std::unexpected(s.error());
                }
                if (auto s = open(connections.recorder); !s) {
                    return std::unexpected(s.error());
                }
                if (auto s = open(connections.runner); !s) {
                    return std::unexpected(s.error());
                }
                if (auto s = open(connections.jobs); !s) {
                    return std::unexpected(s.error());
                }
            }
            if (auto s = open(connections.ai); !s) {
                return std::unexpected(s.error());
            }
            if (auto s = open(connections.aiTests); !s) {
                return std::unexpected(s.error());
            }
            return connections;
        },
        [this, rememberHere, expected = m_session](Result<Connections> connections) {
            if (m_session != expected) {
                return; // locked again meanwhile
            }
            if (!connections) {
                qCWarning(lcUi) << "could not open the backend connections:" << connections.error().detail;
                const QString message = connections.error().message;
                lock();
                if (m_unlock) {
                    m_unlock->showError(message);
                }
                return;
            }
            Backends backends;
            backends.patients =
                std::make_unique<PatientBackend>(std::move(*connections->patients), m_session->session());
            if (connections->encounters && connections->recorder) {
                backends.encounters =
                    std::make_unique<EncounterBackend>(std::move(*connections->encounters), m_session->session());
                backends.recorder = std::make_unique<RecorderHost>(std::move(*connections->recorder),
                                                                   m_session->session(), m_session->vault().dir());
            }
            if (connections->runner && connections->jobs) {
                backends.jobs = std::make_unique<JobsHost>(
                    std::move(*connections->runner), std::move(*connections->jobs), m_session->session(),
                    m_session->vault().dir(), m_session->vault().vaultId(), *m_http, m_settings);
            }
            backends.ai = std::make_unique<AiBackend>(std::move(*connections->ai), std::move(*connections->aiTests),
                                                      m_session->session(), m_session->vault().vaultId(), *m_http);
            showMainWindow(std::move(backends));
            if (rememberHere) {
                rememberOnThisComputer();
            }
            if (m_encounters) {
                recoverRecordings();
            }
        });
}

void AppController::showMainWindow(Backends backends) {
    m_backend = std::move(backends.patients);
    m_encounters = std::move(backends.encounters);
    m_recorder = std::move(backends.recorder);
    m_jobs = std::move(backends.jobs);
    m_ai = std::move(backends.ai);
    m_main =
        std::make_unique<MainWindow>(m_session->user(), *m_backend, m_encounters.get(), m_recorder.get(), m_settings);
    m_main->installAi(m_session->user(), m_jobs.get(), *m_ai);
    if (m_jobs) {
        m_jobs->start();
    }
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(m_main.get(), &MainWindow::quitRequested, this, &AppController::quitRequested, Qt::QueuedConnection);
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    dispose(m_wizard);
    dispose(m_unlock);
    emit mainWindowShown(m_main.get());
}

void AppController::recoverRecordings() {
    using Recovered = std::vector<RecordingRecovery::Recovered>;
    runAsync(
        m_vaultTasks, this,
        [session = m_session]() -> Result<Recovered> {
            return RecordingRecovery::recoverAll(session->db(), session->session(), session->vault().dir());
        },
        [this, expected = m_session](Result<Recovered> recovered) {
            if (m_session != expected || !m_main) {
                return;
            }
            InfoBar* bar = m_main->patientsPage()->infoBar();
            if (!recovered) {
                qCWarning(lcUi) << "recording recovery failed:" << recovered.error().detail;
                bar->showMessage(tr("Recordings left unfinished after a crash could not be recovered: %1")
                                     .arg(recovered.error().message),
                                 InfoBar::Kind::Warning);
                return;
            }
            if (!recovered->empty()) {
                qCInfo(lcUi) << "recovered" << recovered->size() << "unfinished recording(s)";
                bar->showMessage(
                    tr("%n recording(s) left unfinished after a crash recovered.", nullptr, int(recovered->size())));
            }
        });
}

void AppController::rememberOnThisComputer() {
    const QString vaultId = m_session->vault().vaultId();
    const QString userId = m_session->user().id;
    runAsync(
        m_vaultTasks, this,
        [session = m_session]() -> Result<std::shared_ptr<SecureBytes>> {
            auto key = session->rememberOnThisComputer();
            if (!key) {
                return std::unexpected(key.error());
            }
            return std::make_shared<SecureBytes>(std::move(*key));
        },
        [this, vaultId, userId, session = m_session](Result<std::shared_ptr<SecureBytes>> key) {
            if (!key) {
                if (m_main) {
                    m_main->showStatus(
                        tr("ClinicDesk could not remember you on this computer: %1").arg(key.error().message));
                }
                return;
            }
            m_keychain.write(
                KeychainStore::entryKey(vaultId, userId), **key,
                [this, guard = QPointer<AppController>(this), vaultId, userId, session](Status written) {
                    if (!guard) {
                        return;
                    }
                    if (written) {
                        m_signIn.setRemembered(vaultId, userId, true);
                        if (m_main) {
                            m_main->showStatus(tr("This computer now remembers you."));
                        }
                        return;
                    }
                    // Without the keychain entry the envelope opens nothing; remove it anyway.
                    runAsync(
                        m_vaultTasks, this, [session] { return session->forgetOnThisComputer(); },
                        [](const Status&) {});
                    if (m_main) {
                        m_main->showStatus(
                            tr("ClinicDesk could not remember you on this computer: %1").arg(written.error().message));
                    }
                });
        });
}

void AppController::lock() {
    if (!m_session) {
        return;
    }
    qCInfo(lcUi) << "locking";
    // Patient data leaves the screen first.
    showUnlock(false);
    m_unlock->setBusy(tr("Locking the vault…"));
    stopBackend();
    runAsync(
        m_vaultTasks, this,
        [session = std::move(m_session)]() mutable {
            session->logout();
            session.reset();
            return true;
        },
        [this](bool) {
            if (m_unlock) {
                m_unlock->setIdle();
            }
        });
}

void AppController::stopBackend() {
    // A request in flight is aborted (its job stays queued) before the runner's connection closes.
    if (m_jobs) {
        m_jobs->shutdown();
        m_jobs.reset();
    }
    if (m_ai) {
        m_ai->shutdown();
        m_ai.reset();
    }
    // A recording still running is finished and kept before its connection closes.
    if (m_recorder) {
        m_recorder->shutdown();
        m_recorder.reset();
    }
    if (m_encounters) {
        m_encounters->shutdown();
        m_encounters.reset();
    }
    if (m_backend) {
        // The backend's connection closes before the session locks the vault.
        m_backend->shutdown();
        m_backend.reset();
    }
}

void AppController::closeWindows() {
    dispose(m_main);
    dispose(m_wizard);
    dispose(m_unlock);
}

} // namespace clinicdesk
