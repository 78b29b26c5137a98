// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "main/MainWindow.h"

#include "Translations.h"
#include "audit/AuditPage.h"
#include "backups/BackupStatusIndicator.h"
#include "backups/BackupsPage.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarSettingsPage.h"
#include "domain/AccessPolicy.h"
#include "encounter/EncounterController.h"
#include "encounter/EncounterPage.h"
#include "jobs/JobStates.h"
#include "jobs/JobsHost.h"
#include "jobs/JobsPanel.h"
#include "jobs/OnlineIndicator.h"
#include "main/NavigationRail.h"
#include "main/PlaceholderPage.h"
#include "main/SettingsPage.h"
#include "patients/PatientRecordPage.h"
#include "patients/PatientsPage.h"
#include "services/SessionServices.h"
#include "session/UnsavedWork.h"
#include "settings/AiSettingsPage.h"
#include "settings/ClinicProfilePage.h"
#include "settings/EgressLogPage.h"
#include "settings/LanguagePage.h"
#include "settings/SecurityPage.h"
#include "settings/UsagePage.h"
#include "today/TodayPage.h"
#include "users/UsersPage.h"
#include "widgets/InfoBar.h"
#include "widgets/ThemedIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace clinicdesk {

MainWindow::MainWindow(const User& user, SessionServices& services, QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_rail(new NavigationRail(this))
    , m_pages(new QStackedWidget(this))
    , m_patients(new PatientsPage(services.patients(), user.role, m_pages))
    , m_lockAction(new QAction(tr("&Lock"), this))
    , m_userLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ClinicDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/ui/icons/clinicdesk.svg")));
    m_pages->setObjectName(QStringLiteral("mainPages"));
    const bool clinical = AccessPolicy::allows(user.role, Permission::WriteClinical);

    // The rail. Ctrl+1..6 go to its places from anywhere in the window.
    m_rail->addItem(QString::fromLatin1(kToday), QStringLiteral("today"), tr("Today"),
                    QKeySequence(Qt::CTRL | Qt::Key_1));
    m_rail->addItem(QString::fromLatin1(kCalendar), QStringLiteral("calendar"), tr("Calendar"),
                    QKeySequence(Qt::CTRL | Qt::Key_2));
    m_rail->addItem(QString::fromLatin1(kPatients), QStringLiteral("patients"), tr("Patients"),
                    QKeySequence(Qt::CTRL | Qt::Key_3));
    m_rail->addItem(QString::fromLatin1(kMoney), QStringLiteral("money"), tr("Money"),
                    QKeySequence(Qt::CTRL | Qt::Key_4));
    if (clinical) {
        m_rail->addItem(QString::fromLatin1(kJobs), QStringLiteral("jobs"), tr("AI jobs"),
                        QKeySequence(Qt::CTRL | Qt::Key_5));
    }
    m_rail->addStretch();
    m_rail->addItem(QString::fromLatin1(kSettings), QStringLiteral("settings"), tr("Settings"),
                    QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(m_rail, &NavigationRail::chosen, this, &MainWindow::showPlace);

    m_today = new TodayPage(services.today(), user, services.jobs(), m_pages);
    addPage(m_today, QString::fromLatin1(kToday));
    m_calendar = new CalendarPage(services.calendar(), services.patients(), user, m_pages);
    addPage(m_calendar, QString::fromLatin1(kCalendar));
    addPage(m_patients, QString::fromLatin1(kPatients));
    m_record = new PatientRecordPage(services.records(), services.patients(), user, m_pages);
    addPage(m_record, QString::fromLatin1(kPatients));
    connect(m_patients, &PatientsPage::recordRequested, this, &MainWindow::showPatientRecord);
    connect(m_today, &TodayPage::patientRecordRequested, this, &MainWindow::showPatientRecord);
    connect(m_record, &PatientRecordPage::backRequested, this, &MainWindow::goBack);
    connect(m_record, &PatientRecordPage::patientChanged, m_patients, &PatientsPage::refresh);
    connect(m_today, &TodayPage::jobsRequested, this, [this] { showPlace(QString::fromLatin1(kJobs)); });
    addPage(new PlaceholderPage(QStringLiteral("moneyPage"), tr("Money"),
                                tr("Invoices, payments and receipts will be kept here in a later version of "
                                   "ClinicDesk."),
                                m_pages),
            QString::fromLatin1(kMoney));
    if (services.encounters() != nullptr && services.notes() != nullptr && services.recorder() != nullptr && clinical) {
        m_encounter =
            new EncounterPage(*services.encounters(), *services.notes(), *services.recorder(), settings, m_pages);
        addPage(m_encounter, QString::fromLatin1(kPatients));
        connect(m_patients, &PatientsPage::encounterRequested, this, &MainWindow::showEncounter);
        connect(m_record, &PatientRecordPage::newEncounterRequested, this, &MainWindow::showEncounter);
        connect(m_record, &PatientRecordPage::encounterRequested, this, &MainWindow::showStoredEncounter);
        connect(m_today, &TodayPage::appointmentOpened, this, &MainWindow::showAppointmentEncounter);
        connect(m_today, &TodayPage::encounterRequested, this, &MainWindow::showStoredEncounter);
        connect(m_encounter, &EncounterPage::backRequested, this, &MainWindow::goBack);
        connect(m_calendar, &CalendarPage::encounterRequested, this, &MainWindow::showEncounter);
    }
    m_settingsPage = new SettingsPage(m_pages);
    addPage(m_settingsPage, QString::fromLatin1(kSettings));
    connect(m_settingsPage, &SettingsPage::sectionChosen, this, [this](QWidget* page) { showPage(page, true); });
    m_calendarSettings = new CalendarSettingsPage(services.calendar(), user, m_pages);
    addPage(m_calendarSettings, QString::fromLatin1(kSettings));
    m_settingsPage->addSection(QStringLiteral("calendar"), tr("Calendar"),
                               tr("Working hours of each practitioner, and how much of a patient an exported "
                                  "calendar names."),
                               m_calendarSettings);
    connect(m_calendarSettings, &CalendarSettingsPage::backRequested, this, &MainWindow::goBack);
    connect(m_calendarSettings, &CalendarSettingsPage::saved, m_calendar, &CalendarPage::reload);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::onPageShown);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    resize(1180, 760);

    buildMenus();
    installGeneralSettings(user, services);
    installAi(user, services.jobs(), services.ai());
    installAdmin(user, services);
    buildStatusBar(user, services.jobs());
    restoreGeometryAndPlace();
}

MainWindow::~MainWindow() = default;

void MainWindow::hideEvent(QHideEvent* event) {
    // Hidden when the vault locks, the language changes or the program ends: remember the geometry.
    if (m_settings != nullptr) {
        m_settings->setValue(QString::fromLatin1(kGeometryKey), saveGeometry());
    }
    QMainWindow::hideEvent(event);
}

void MainWindow::buildMenus() {
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setIcon(ThemedIcon::make(QStringLiteral("lock"), this));
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

    auto* switchUser = new QAction(tr("S&witch user…"), this);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    switchUser->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    switchUser->setToolTip(
        tr("Lock and let someone else sign in (%1)").arg(switchUser->shortcut().toString(QKeySequence::NativeText)));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUserRequested);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_lockAction);
    file->addAction(switchUser);
    file->addSeparator();
    file->addAction(quitAction);
    // Go: the rail's places, with their shortcuts shown.
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    for (const char* key : {kToday, kCalendar, kPatients, kMoney, kJobs, kSettings}) {
        QToolButton* button = m_rail->button(QString::fromLatin1(key));
        if (button == nullptr) {
            continue;
        }
        auto* action = new QAction(button->text(), this);
        action->setObjectName(QStringLiteral("go_") + QString::fromLatin1(key));
        // The rail's buttons own the shortcuts; the menu shows them.
        action->setShortcut(button->shortcut());
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, key] { showPlace(QString::fromLatin1(key)); });
        go->addAction(action);
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(aboutAction);
}

void MainWindow::buildStatusBar(const User& user, JobsHost* jobs) {
    m_userLabel->setObjectName(QStringLiteral("signedInUserLabel"));
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(user.displayName, RoleNames::displayName(user.role)));
    if (jobs != nullptr) {
        statusBar()->addPermanentWidget(new OnlineIndicator(*jobs, this));
        auto* waiting = new QLabel(this);
        waiting->setObjectName(QStringLiteral("queuedJobsLabel"));
        waiting->hide();
        connect(jobs, &JobsHost::jobsListed, waiting, [waiting](const std::vector<Job>& list) {
            const int active =
                int(std::count_if(list.begin(), list.end(), [](const Job& j) { return isActive(j.state); }));
            const int needUser =
                int(std::count_if(list.begin(), list.end(), [](const Job& j) { return isWaitingForUser(j.state); }));
            QStringList parts;
            if (active > 0) {
                parts << tr("%n AI job(s) waiting", nullptr, active);
            }
            if (needUser > 0) {
                parts << tr("%n need(s) you", nullptr, needUser);
            }
            waiting->setText(parts.join(QStringLiteral(" · ")));
            waiting->setVisible(!parts.isEmpty());
        });
        statusBar()->addPermanentWidget(waiting);
    }
    auto* lockButton = new QToolButton(this);
    lockButton->setObjectName(QStringLiteral("lockButton"));
    lockButton->setDefaultAction(m_lockAction);
    lockButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    lockButton->setAutoRaise(true);
    if (m_backupIndicator != nullptr) {
        statusBar()->addPermanentWidget(m_backupIndicator);
    }
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(lockButton);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::addPage(QWidget* page, const QString& railKey) {
    m_pages->addWidget(page);
    m_railOf.insert(page, railKey);
    if (!m_placePage.contains(railKey)) {
        m_placePage.insert(railKey, page);
    }
}

void MainWindow::showPage(QWidget* page, bool sub) {
    if (sub) {
        QWidget* current = m_pages->currentWidget();
        // Back returns to the page the user came from. From one settings section to another (AI settings,
        // then usage from the menu), it still returns to where the user was before the first.
        const bool settingsSection = m_railOf.value(current) == QLatin1String(kSettings) && current != m_settingsPage;
        if (current != nullptr && current != page && !settingsSection) {
            m_backStack.append(current);
        }
    } else {
        m_backStack.clear();
    }
    m_pages->setCurrentWidget(page);
    page->setFocus();
}

void MainWindow::showPlace(const QString& railKey) {
    if (QWidget* page = m_placePage.value(railKey)) {
        showPage(page);
    }
}

void MainWindow::goBack() {
    QWidget* back = m_backStack.isEmpty() ? nullptr : m_backStack.takeLast();
    if (back == nullptr || back == m_patients) {
        showPatients();
        return;
    }
    m_pages->setCurrentWidget(back);
    back->setFocus();
}

void MainWindow::onPageShown(int index) {
    QWidget* page = m_pages->widget(index);
    const QString place = m_railOf.value(page);
    m_rail->setCurrent(place);
    if (m_settings != nullptr && m_placePage.value(place) == page) {
        m_settings->setValue(QString::fromLatin1(kPlaceKey), place);
    }
}

void MainWindow::restoreGeometryAndPlace() {
    QString place = QString::fromLatin1(kPatients);
    if (m_settings != nullptr) {
        restoreGeometry(m_settings->value(QString::fromLatin1(kGeometryKey)).toByteArray());
        const QString stored = m_settings->value(QString::fromLatin1(kPlaceKey)).toString();
        if (m_placePage.contains(stored)) {
            place = stored;
        }
    }
    m_pages->setCurrentWidget(m_placePage.value(place));
    m_rail->setCurrent(place);
    m_pages->currentWidget()->setFocus();
}

bool MainWindow::showEncounter(const QString& patientId, const QString& patientName) {
    return showEncounterWith([&](EncounterPage& page) { return page.openPatient(patientId, patientName); });
}

bool MainWindow::showAppointmentEncounter(const QString& appointmentId, const QString& patientId,
                                          const QString& patientName) {
    return showEncounterWith(
        [&](EncounterPage& page) { return page.openAppointment(appointmentId, patientId, patientName); });
}

bool MainWindow::showStoredEncounter(const QString& encounterId, const QString& patientId, const QString& patientName) {
    return showEncounterWith(
        [&](EncounterPage& page) { return page.openEncounter(encounterId, patientId, patientName); });
}

bool MainWindow::showEncounterWith(const std::function<bool(EncounterPage&)>& open) {
    if (m_encounter == nullptr) {
        return false;
    }
    if (!open(*m_encounter)) {
        InfoBar* bar = m_pages->currentWidget() == m_today    ? m_today->infoBar()
                       : m_pages->currentWidget() == m_record ? m_record->infoBar()
                                                              : m_patients->infoBar();
        bar->showMessage(tr("A recording is running. Stop it before opening another patient."), InfoBar::Kind::Warning);
        m_pages->setCurrentWidget(m_encounter);
        return false;
    }
    if (m_pages->currentWidget() != m_encounter) {
        showPage(m_encounter, true);
    }
    m_encounter->setFocus();
    return true;
}

void MainWindow::showPatientRecord(const QString& patientId) {
    m_record->openPatient(patientId);
    if (m_pages->currentWidget() != m_record) {
        showPage(m_record, true);
    }
}

void MainWindow::showPatients() {
    showPage(m_patients);
}

void MainWindow::showStatus(const QString& text) {
    statusBar()->showMessage(text, 10000);
}

void MainWindow::installGeneralSettings(const User& user, SessionServices& services) {
    QString chosen;
    if (m_settings != nullptr) {
        chosen = m_settings->value(QString::fromLatin1(Translations::kLanguageKey)).toString();
    }
    auto* clinic = new ClinicProfilePage(services.clinic(), user.role == Role::Admin, m_pages);
    addPage(clinic, QString::fromLatin1(kSettings));
    m_settingsPage->addSection(QStringLiteral("clinic"), tr("Clinic"),
                               tr("Name, address, VAT number and logo on every PDF; the referral letter's text."),
                               clinic);
    connect(clinic, &ClinicProfilePage::backRequested, this, &MainWindow::goBack);

    auto* language = new LanguagePage(chosen, m_pages);
    addPage(language, QString::fromLatin1(kSettings));
    m_settingsPage->addSection(QStringLiteral("language"), tr("Language"),
                               tr("English, Swedish or Polish; dates and numbers follow it."), language);
    connect(language, &LanguagePage::languageChosen, this, &MainWindow::languageChosen);
    connect(language, &LanguagePage::backRequested, this, &MainWindow::goBack);

    auto* security = new SecurityPage(services.clinic(), user.role == Role::Admin, m_pages);
    addPage(security, QString::fromLatin1(kSettings));
    m_settingsPage->addSection(QStringLiteral("security"), tr("Sign-in and privacy"),
                               tr("Lock after idle minutes; which practitioners see a patient's notes."), security);
    connect(security, &SecurityPage::backRequested, this, &MainWindow::goBack);
}

UnsavedWork MainWindow::captureWork(const QString& userId) const {
    UnsavedWork work;
    work.userId = userId;
    work.place = m_railOf.value(m_pages->currentWidget());
    if (m_encounter != nullptr && !m_encounter->patientId().isEmpty() &&
        (m_pages->currentWidget() == m_encounter || m_encounter->unsavedNoteEdits())) {
        work.encounterPatientId = m_encounter->patientId();
        work.encounterPatientName = m_encounter->controller().patientName();
        if (auto edits = m_encounter->unsavedNoteEdits()) {
            work.noteId = edits->first;
            work.noteContent = edits->second;
        }
    }
    return work;
}

void MainWindow::restoreWork(const UnsavedWork& work) {
    if (m_placePage.contains(work.place)) {
        showPlace(work.place);
    }
    if (m_encounter == nullptr || work.encounterPatientId.isEmpty()) {
        return;
    }
    if (work.noteContent) {
        m_encounter->restoreNoteEdits(work.encounterPatientId, work.encounterPatientName, work.noteId,
                                      *work.noteContent);
        showPage(m_encounter, true);
    } else {
        showEncounter(work.encounterPatientId, work.encounterPatientName);
    }
}

void MainWindow::installAi(const User& user, JobsHost* jobs, AiSettingsService& ai) {
    m_aiSettings = new AiSettingsPage(ai, user, m_pages);
    m_usage = new UsagePage(ai, m_pages);
    m_egress = new EgressLogPage(ai, m_pages);
    for (QWidget* page :
         {static_cast<QWidget*>(m_aiSettings), static_cast<QWidget*>(m_usage), static_cast<QWidget*>(m_egress)}) {
        addPage(page, QString::fromLatin1(kSettings));
    }
    m_settingsPage->addSection(QStringLiteral("ai"), tr("AI providers"),
                               tr("Who transcribes and writes notes, with which keys and languages; note templates; "
                                  "prices and budgets."),
                               m_aiSettings);
    m_settingsPage->addSection(QStringLiteral("usage"), tr("Usage and cost"),
                               tr("What the AI was used for this month, per user and model, and its estimated cost."),
                               m_usage);
    m_settingsPage->addSection(QStringLiteral("egress"), tr("What left this computer"),
                               tr("Every request sent to an AI provider: when, by whom, where, how much. Never its "
                                  "content."),
                               m_egress);
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

    m_aiMenu = new QMenu(tr("&AI"), this);
    m_aiMenu->setObjectName(QStringLiteral("aiMenu"));
    m_aiMenu->addAction(settingsAction);
    m_aiMenu->addAction(usageAction);
    m_aiMenu->addAction(egressAction);
    if (auto* help = menuBar()->findChild<QMenu*>(QStringLiteral("helpMenu")); help != nullptr) {
        menuBar()->insertMenu(help->menuAction(), m_aiMenu);
    } else {
        menuBar()->addMenu(m_aiMenu);
    }
    if (jobs == nullptr) {
        return;
    }
    m_jobsPanel = new JobsPanel(*jobs, m_pages);
    addPage(m_jobsPanel, QString::fromLatin1(kJobs));
    connect(m_aiSettings, &AiSettingsPage::saved, jobs, &JobsHost::reloadSettings);
    auto* showJobs = new QAction(tr("AI &jobs"), this);
    showJobs->setObjectName(QStringLiteral("showJobsPanelAction"));
    connect(showJobs, &QAction::triggered, this, [this] { showPlace(QString::fromLatin1(kJobs)); });
    m_aiMenu->addSeparator();
    m_aiMenu->addAction(m_jobsPanel->workOfflineAction());
    m_aiMenu->addAction(showJobs);
    if (m_encounter != nullptr) {
        m_encounter->setJobsHost(jobs);
    }
}

void MainWindow::installAdmin(const User& user, SessionServices& services) {
    // Each page only for the role core lets do its work (today: administrators for all three).
    const bool mayBackUp = AccessPolicy::allows(user.role, Permission::Backup);
    m_backupIndicator = new BackupStatusIndicator(services.backups(), mayBackUp, this);
    if (AccessPolicy::allows(user.role, Permission::ManageUsers)) {
        m_usersPage = new UsersPage(services.users(), user, m_pages);
        addPage(m_usersPage, QString::fromLatin1(kSettings));
        m_settingsPage->addSection(QStringLiteral("users"), tr("Users and roles"),
                                   tr("Who may sign in and what each may see: add users, change roles, disable "
                                      "accounts, set a new password."),
                                   m_usersPage);
        connect(m_usersPage, &UsersPage::backRequested, this, &MainWindow::goBack);
    }
    if (mayBackUp) {
        m_backupsPage = new BackupsPage(services.backups(), m_settings, m_pages);
        addPage(m_backupsPage, QString::fromLatin1(kSettings));
        m_settingsPage->addSection(QStringLiteral("backups"), tr("Backups"),
                                   tr("Back up the vault now, verify a backup file, restore a backup into a new "
                                      "folder."),
                                   m_backupsPage);
        connect(m_backupsPage, &BackupsPage::backRequested, this, &MainWindow::goBack);
        connect(m_backupIndicator, &QToolButton::clicked, this, [this] { showPage(m_backupsPage, true); });
    }
    if (AccessPolicy::allows(user.role, Permission::ReadAudit)) {
        m_auditPage = new AuditPage(services.audit(), services.patients(), m_pages);
        addPage(m_auditPage, QString::fromLatin1(kSettings));
        m_settingsPage->addSection(QStringLiteral("audit"), tr("Audit log"),
                                   tr("Every sign-in, change and opened record: filter, export as CSV, verify the "
                                      "chain."),
                                   m_auditPage);
        connect(m_auditPage, &AuditPage::backRequested, this, &MainWindow::goBack);
    }
}

void MainWindow::showAiSettings() {
    m_aiSettings->reload();
    showPage(m_aiSettings, true);
}

void MainWindow::showUsage() {
    m_usage->reload();
    showPage(m_usage, true);
}

void MainWindow::showEgressLog() {
    m_egress->reload();
    showPage(m_egress, true);
}

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
