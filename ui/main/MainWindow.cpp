#include "main/MainWindow.h"

#include "domain/AccessPolicy.h"
#include "encounter/EncounterPage.h"
#include "patients/PatientsPage.h"
#include "widgets/InfoBar.h"
// AI pipeline
#include "jobs/JobsHost.h"
#include "jobs/JobsPanel.h"
#include "jobs/OnlineIndicator.h"
#include "services/AiSettingsService.h"
#include "services/SessionServices.h"
#include "settings/AiSettingsPage.h"
#include "settings/EgressLogPage.h"
#include "settings/UsagePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace clinicdesk {

MainWindow::MainWindow(const User& user, SessionServices& services, QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_patients(new PatientsPage(services.patients(), user.role, m_pages))
    , m_lockAction(new QAction(QIcon(QStringLiteral(":/ui/icons/lock.svg")), tr("&Lock"), this))
    , m_userLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClinicDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")));
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_patients);
    if (services.encounters() != nullptr && services.notes() != nullptr && services.recorder() != nullptr &&
        AccessPolicy::allows(user.role, Permission::WriteClinical)) {
        m_encounter =
            new EncounterPage(*services.encounters(), *services.notes(), *services.recorder(), settings, m_pages);
        m_pages->addWidget(m_encounter);
        connect(m_patients, &PatientsPage::encounterRequested, this, &MainWindow::showEncounter);
        connect(m_encounter, &EncounterPage::backRequested, this, &MainWindow::showPatients);
    }
    setCentralWidget(m_pages);
    resize(1100, 680);

    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    m_lockAction->setToolTip(tr("Lock ClinicDesk (%1): the vault closes until someone signs in again")
                                 .arg(m_lockAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested);

    auto* quitAction = new QAction(tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quitRequested);

    auto* aboutAction = new QAction(tr("&About ClinicDesk"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_lockAction);
    file->addSeparator();
    file->addAction(quitAction);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(aboutAction);

    m_userLabel->setObjectName(QStringLiteral("signedInUserLabel"));
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(user.displayName, RoleNames::displayName(user.role)));
    auto* lockButton = new QToolButton(this);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setDefaultAction(m_lockAction);
    lockButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    lockButton->setAutoRaise(true);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(lockButton);
    statusBar()->setSizeGripEnabled(false);

    installAi(user, services.jobs(), services.ai());
    m_patients->setFocus();
}

bool MainWindow::showEncounter(const QString& patientId, const QString& patientName) {
    if (m_encounter == nullptr) {
        return false;
    }
    if (!m_encounter->openPatient(patientId, patientName)) {
        m_patients->infoBar()->showMessage(tr("A recording is running. Stop it before opening another patient."),
                                           InfoBar::Kind::Warning);
        m_pages->setCurrentWidget(m_encounter);
        return false;
    }
    m_pages->setCurrentWidget(m_encounter);
    m_encounter->setFocus();
    return true;
}

void MainWindow::showPatients() {
    m_pages->setCurrentWidget(m_patients);
    m_patients->setFocus();
}

void MainWindow::showStatus(const QString& text) {
    statusBar()->showMessage(text, 10000);
}

// --- AI pipeline ---

void MainWindow::installAi(const User& user, JobsHost* jobs, AiSettingsService& ai) {
    if (m_aiSettings != nullptr) {
        return;
    }
    m_aiSettings = new AiSettingsPage(ai, user, m_pages);
    m_usage = new UsagePage(ai, m_pages);
    m_egress = new EgressLogPage(ai, m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_aiSettings), static_cast<QWidget*>(m_usage), static_cast<QWidget*>(m_egress)}) {
        m_pages->addWidget(page);
    }
    connect(m_aiSettings, &AiSettingsPage::backRequested, this, &MainWindow::goBack);
    connect(m_usage, &UsagePage::backRequested, this, &MainWindow::goBack);
    connect(m_egress, &EgressLogPage::backRequested, this, &MainWindow::goBack);

    auto* settingsAction = new QAction(tr("AI &settings…"), this);
    settingsAction->setObjectName(QStringLiteral("aiSettingsAction"));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showAiSettings);
    auto* usageAction = new QAction(tr("&Usage and cost…"), this);
    usageAction->setObjectName(QStringLiteral("usageAction"));
    connect(usageAction, &QAction::triggered, this, &MainWindow::showUsage);
    auto* egressAction = new QAction(tr("What &left this computer…"), this);
    egressAction->setObjectName(QStringLiteral("egressLogAction"));
    connect(egressAction, &QAction::triggered, this, &MainWindow::showEgressLog);

    auto* menu = new QMenu(tr("&AI"), this);
    menu->setObjectName(QStringLiteral("aiMenu"));
    menu->addAction(settingsAction);
    menu->addAction(usageAction);
    menu->addAction(egressAction);
    if (auto* help = menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu")); help != nullptr) {
        menuBar()->insertMenu(help->menuAction(), menu);
    } else {
        menuBar()->addMenu(menu);
    }

    if (jobs == nullptr) {
        return;
    }
    m_jobsPanel = new JobsPanel(*jobs, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsPanel);
    connect(m_aiSettings, &AiSettingsPage::saved, jobs, &JobsHost::reloadSettings);
    menu->addSeparator();
    menu->addAction(m_jobsPanel->workOfflineAction());
    menu->addAction(m_jobsPanel->toggleViewAction());
    statusBar()->insertPermanentWidget(0, new OnlineIndicator(*jobs, this));
    if (m_encounter != nullptr) {
        m_encounter->setJobsHost(jobs);
    }
}

void MainWindow::showAiSettings() {
    if (m_aiSettings == nullptr) {
        return;
    }
    m_aiSettings->reload();
    showFromMenu(m_aiSettings);
}

void MainWindow::showUsage() {
    if (m_usage == nullptr) {
        return;
    }
    m_usage->reload();
    showFromMenu(m_usage);
}

void MainWindow::showEgressLog() {
    if (m_egress == nullptr) {
        return;
    }
    m_egress->reload();
    showFromMenu(m_egress);
}

void MainWindow::showFromMenu(QWidget* page) {
    QWidget* current = m_pages->currentWidget();
    // From one menu page to another, Back still returns to where the user came from.
    if (current != m_aiSettings && current != m_usage && current != m_egress) {
        m_backTo = current;
    }
    m_pages->setCurrentWidget(page);
}

void MainWindow::goBack() {
    if (m_backTo == nullptr || m_backTo == m_patients) {
        showPatients();
        return;
    }
    m_pages->setCurrentWidget(m_backTo);
    m_backTo->setFocus();
}

// --- end AI pipeline ---

void MainWindow::closeEvent(QCloseEvent* event) {
    // Closing the window ends the program; AppController locks the vault.
    event->accept();
    emit quitRequested();
}

void MainWindow::showAbout() {
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About ClinicDesk"),
                                tr("<h3>ClinicDesk %1</h3><p>Patients, notes and practice records in one encrypted "
                                   "vault on this computer.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): nothing here waits for the user
}

} // namespace clinicdesk
