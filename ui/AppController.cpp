// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "AppController.h"

#include "DemoVault.h"
#include "Translations.h"
#include "UiMetaTypes.h"
#include "audio/RecordingRecovery.h"
#include "domain/AccessPolicy.h"
#include "encounter/EncounterPage.h"
#include "firstrun/FirstRunWizard.h"
#include "jobs/JobsHost.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "net/HttpClient.h"
#include "patients/PatientsPage.h"
#include "services/SessionServices.h"
#include "session/IdleWatcher.h"
#include "session/UnsavedWork.h"
#include "unlock/UnlockWindow.h"
#include "util/Logging.h"
#include "widgets/InfoBar.h"
#include "widgets/WheelGuard.h"

#include <QApplication>

namespace clinicdesk {

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
                             QObject* parent, Translations* translations)
    : QObject(parent)
    , m_vaultDir(std::move(vaultDir))
    , m_keychain(keychain)
    , m_signIn(settings)
    , m_kdf(kdf)
    , m_settings(settings)
    , m_wheelGuard(new WheelGuard(this))
    , m_ownTranslations(translations == nullptr ? std::make_unique<Translations>(settings) : nullptr)
    , m_translations(translations != nullptr ? translations : m_ownTranslations.get())
    , m_idle(new IdleWatcher(this))
    , m_vaultTasks(QStringLiteral("VaultTasks"))
    , m_http(std::make_unique<HttpClient>()) {
    registerUiMetaTypes();
    qApp->installEventFilter(m_wheelGuard);
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        qCInfo(lcUi) << "idle: locking";
        lock();
    });
}

AppController::~AppController() {
    // Not deleteLater: no event loop may run again after this.
    m_main.reset();
    m_wizard.reset();
    m_unlock.reset();
    stopBackend();
    m_vaultTasks.finish();
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
    m_vaultTasks.post(
        this,
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

    // The session's services and their workers. Their connections are opened off the UI thread
    // (opening one checks the key against the file), on the sign-in worker like everything else that
    // touches the session before its services run.
    const bool clinical = AccessPolicy::allows(user.role, Permission::WriteClinical);
    using Connections = SessionServices::Connections;
    m_vaultTasks.post(
        this, [session = m_session, clinical] { return SessionServices::openConnections(*session, clinical); },
        [this, rememberHere, expected = m_session](Result<Connections> connections) {
            if (m_session != expected) {
                return; // locked again meanwhile
            }
            if (!connections) {
                qCWarning(lcUi) << "could not open the session's connections:" << connections.error().detail;
                const QString message = connections.error().message;
                lock();
                if (m_unlock) {
                    m_unlock->showError(message);
                }
                return;
            }
            m_services = std::make_unique<SessionServices>(m_session, std::move(*connections), *m_http, m_settings);
            showMainWindow();
            if (rememberHere) {
                rememberOnThisComputer();
            }
            if (m_services->encounters() != nullptr) {
                recoverRecordings();
            }
        });
}

JobsHost* AppController::jobsHost() const {
    return m_services ? m_services->jobs() : nullptr;
}

void AppController::createMainWindow() {
    m_main = std::make_unique<MainWindow>(m_session->user(), *m_services, m_settings);
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock, Qt::QueuedConnection);
    connect(m_main.get(), &MainWindow::switchUserRequested, this, &AppController::switchUser, Qt::QueuedConnection);
    connect(m_main.get(), &MainWindow::languageChosen, this, &AppController::switchLanguage, Qt::QueuedConnection);
    connect(m_main.get(), &MainWindow::quitRequested, this, &AppController::quitRequested, Qt::QueuedConnection);
    if (EncounterPage* encounter = m_main->encounterPage()) {
        // A consultation being recorded is not idle time.
        connect(encounter, &EncounterPage::recordingActiveChanged, m_idle, &IdleWatcher::setHeld);
    }
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
}

void AppController::showMainWindow() {
    createMainWindow();
    if (JobsHost* jobs = m_services->jobs()) {
        jobs->start();
    }
    dispose(m_wizard);
    dispose(m_unlock);
    // Work left unsaved when this user's session locked comes back; someone else's stays kept for them.
    if (auto kept = m_unsaved.find(m_session->user().id); kept != m_unsaved.end()) {
        const std::shared_ptr<SecureBytes> sealed = kept->second;
        m_unsaved.erase(kept);
        m_main->restoreWork(UnsavedWork::open(*sealed));
    }
    followAutoLock();
    connect(&m_services->clinic(), &ClinicSettingsService::saved, this, &AppController::followAutoLock);
    emit mainWindowShown(m_main.get());
}

void AppController::followAutoLock() {
    if (!m_services) {
        return;
    }
    m_services->clinic().load(this, [this, expected = m_session](Result<ClinicSettings> settings) {
        if (m_session != expected || !m_session) {
            return;
        }
        if (!settings) {
            qCWarning(lcUi) << "auto-lock: the clinic's settings could not be read:" << settings.error().detail;
            m_idle->start(ClinicSettings{}.autoLockMinutes * 60'000);
            return;
        }
        m_idle->start(settings->autoLockMinutes * 60'000);
    });
}

void AppController::switchUser() {
    lock();
    if (m_unlock) {
        m_unlock->setUserName(QString());
    }
}

void AppController::switchLanguage(const QString& code) {
    if (m_main && m_main->encounterPage() != nullptr && m_main->encounterPage()->isRecordingActive()) {
        // The window is built again for a new language; a consultation being recorded is not interrupted.
        m_main->showStatus(tr("Stop the recording first, then change the language."));
        return;
    }
    m_translations->apply(code);
    if (m_main && m_session && m_services) {
        // The window again, in the new language, where the user was and with what they had not saved.
        const UnsavedWork work = m_main->captureWork(m_session->user().id);
        dispose(m_main);
        createMainWindow();
        m_main->restoreWork(work);
        emit mainWindowShown(m_main.get());
    } else if (m_unlock) {
        showUnlock(false);
    }
}

void AppController::recoverRecordings() {
    using Recovered = std::vector<RecordingRecovery::Recovered>;
    m_services->longTasks().post(
        this,
        [dir = m_session->vault().dir()](VaultScope& vault) -> Result<Recovered> {
            return RecordingRecovery::recoverAll(vault.db, vault.session, dir);
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
    // The session's connection belongs to the vault worker while the services run.
    m_services->vault().post(
        this,
        [session = m_session](VaultScope&) -> Result<std::shared_ptr<SecureBytes>> {
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
                    if (m_services && m_session == session) {
                        m_services->vault().post([session](VaultScope&) {
                            if (auto s = session->forgetOnThisComputer(); !s) {
                                qCWarning(lcUi) << "could not remove the envelope:" << s.error().detail;
                            }
                        });
                    }
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
    m_idle->stop();
    if (m_main) {
        const UnsavedWork work = m_main->captureWork(m_session->user().id);
        if (work.hasEdits() || !work.encounterPatientId.isEmpty()) {
            m_unsaved[work.userId] = work.seal();
        } else {
            m_unsaved.erase(work.userId);
        }
    }
    // Patient data leaves the screen first.
    showUnlock(false);
    m_unlock->setBusy(tr("Locking the vault…"));
    stopBackend();
    m_vaultTasks.post(
        this,
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
    // Every worker of the session stops (and closes its connection) before the session locks the vault.
    if (m_services) {
        m_services->shutdown();
        m_services.reset();
    }
}

void AppController::closeWindows() {
    dispose(m_main);
    dispose(m_wizard);
    dispose(m_unlock);
}

} // namespace clinicdesk
