// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;

namespace clinicdesk {

class AiSettingsPage;
class AiSettingsService;
class AuditPage;
class BackupStatusIndicator;
class BackupsPage;
class CalendarPage;
class CalendarSettingsPage;
class EgressLogPage;
class EncounterPage;
class JobsHost;
class JobsPanel;
class NavigationRail;
class PatientRecordPage;
class PatientsPage;
class SessionServices;
class SettingsPage;
class TodayPage;
class UsagePage;
struct UnsavedWork;
class UsersPage;

// The signed-in window: the navigation rail (Today, Calendar, Patients, Money, AI jobs, Settings), the
// page stack ("mainPages") and the status bar (who is signed in, online or offline, AI jobs waiting,
// Lock). It shows data and sends requests; it does not own the session: AppController does, and locks
// it when lockRequested() arrives. The window's geometry and the last place are remembered in QSettings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The places on the rail.
    static constexpr const char* kToday = "today";
    static constexpr const char* kCalendar = "calendar";
    static constexpr const char* kPatients = "patients";
    static constexpr const char* kMoney = "money";
    static constexpr const char* kJobs = "jobs";
    static constexpr const char* kSettings = "settings";
    static constexpr const char* kGeometryKey = "mainWindow/geometry";
    static constexpr const char* kPlaceKey = "mainWindow/place";

    // For a role without clinical access (no encounter service, recorder or job queue) there is
    // no encounter page and no jobs page. `settings` keeps machine preferences such as the
    // chosen microphone, the window's geometry and the last place.
    MainWindow(const User& user, SessionServices& services, QSettings* settings = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a page to the stack, shown with `railKey` highlighted. A page reached from another page (a
    // settings section, the encounter) gets Back to where the user came from through goBack().
    void addPage(QWidget* page, const QString& railKey);
    // Shows a page of the stack; `sub`: a page opened from another one (Back returns there).
    void showPage(QWidget* page, bool sub = false);
    // Shows the main page of a place on the rail.
    void showPlace(const QString& railKey);
    // Back from a page opened from another one.
    void goBack();
    [[nodiscard]] NavigationRail* rail() const { return m_rail; }
    [[nodiscard]] SettingsPage* settingsPage() const { return m_settingsPage; }

    [[nodiscard]] PatientsPage* patientsPage() const { return m_patients; }
    [[nodiscard]] CalendarPage* calendarPage() const { return m_calendar; }
    [[nodiscard]] CalendarSettingsPage* calendarSettingsPage() const { return m_calendarSettings; }
    [[nodiscard]] TodayPage* todayPage() const { return m_today; }
    [[nodiscard]] PatientRecordPage* recordPage() const { return m_record; }
    // Shows a patient's record, a sub-page of Patients (Back returns where the user came from).
    void showPatientRecord(const QString& patientId);
    // Shows the encounter of an appointment (Today), or one stored encounter (the record); false while
    // another patient's recording runs (or without an encounter page).
    bool showAppointmentEncounter(const QString& appointmentId, const QString& patientId, const QString& patientName);
    bool showStoredEncounter(const QString& encounterId, const QString& patientId, const QString& patientName);
    // Null when there is no encounter page (see the constructor).
    [[nodiscard]] EncounterPage* encounterPage() const { return m_encounter; }
    // Shows the encounter page for a patient (false while another patient's recording runs).
    bool showEncounter(const QString& patientId, const QString& patientName);
    void showPatients();
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    // A short note in the status bar (never patient data).
    void showStatus(const QString& text);

    // --- AI: the jobs page, AI settings, usage, egress log (menu aiMenu: aiSettingsAction,
    // usageAction, egressLogAction, and with the job queue workOfflineAction and showJobsPanelAction).
    [[nodiscard]] JobsPanel* jobsPanel() const { return m_jobsPanel; }
    [[nodiscard]] AiSettingsPage* aiSettingsPage() const { return m_aiSettings; }
    [[nodiscard]] UsagePage* usagePage() const { return m_usage; }
    [[nodiscard]] EgressLogPage* egressLogPage() const { return m_egress; }
    void showAiSettings();
    void showUsage();
    void showEgressLog();

    // What `userId` has open and not saved (the place, the encounter, a note's edits), and back.
    [[nodiscard]] UnsavedWork captureWork(const QString& userId) const;
    void restoreWork(const UnsavedWork& work);
    // --- administration: Settings sections for users, backups and the audit log (administrators
    // only; null otherwise), and the status bar's last backup (everyone).
    [[nodiscard]] UsersPage* usersPage() const { return m_usersPage; }
    [[nodiscard]] BackupsPage* backupsPage() const { return m_backupsPage; }
    [[nodiscard]] AuditPage* auditPage() const { return m_auditPage; }
    [[nodiscard]] BackupStatusIndicator* backupIndicator() const { return m_backupIndicator; }

signals:
    void lockRequested();
    // File > Switch user: lock and let someone else sign in.
    void switchUserRequested();
    // Settings > Language.
    void languageChosen(const QString& code);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    // Remembers the geometry (also when the window goes because the vault locks).
    void hideEvent(QHideEvent* event) override;

private:
    void buildMenus();
    void buildStatusBar(const User& user, JobsHost* jobs);
    void installAi(const User& user, JobsHost* jobs, AiSettingsService& ai);
    void installGeneralSettings(const User& user, SessionServices& services);
    void installAdmin(const User& user, SessionServices& services);
    void showAbout();
    void onPageShown(int index);
    void restoreGeometryAndPlace();
    // Runs `open` on the encounter page and shows it (see showEncounter()).
    bool showEncounterWith(const std::function<bool(EncounterPage&)>& open);

    QSettings* m_settings;
    NavigationRail* m_rail;
    QStackedWidget* m_pages;
    QHash<QWidget*, QString> m_railOf;    // page -> its place on the rail
    QHash<QString, QWidget*> m_placePage; // place -> its main page
    QList<QWidget*> m_backStack;          // where sub-pages' Back goes, the last first
    PatientsPage* m_patients;
    CalendarPage* m_calendar = nullptr;
    CalendarSettingsPage* m_calendarSettings = nullptr;
    TodayPage* m_today = nullptr;
    PatientRecordPage* m_record = nullptr;
    EncounterPage* m_encounter = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    QAction* m_lockAction;
    QLabel* m_userLabel;
    QMenu* m_aiMenu = nullptr;

    JobsPanel* m_jobsPanel = nullptr;
    AiSettingsPage* m_aiSettings = nullptr;
    UsagePage* m_usage = nullptr;
    EgressLogPage* m_egress = nullptr;

    UsersPage* m_usersPage = nullptr;
    BackupsPage* m_backupsPage = nullptr;
    AuditPage* m_auditPage = nullptr;
    BackupStatusIndicator* m_backupIndicator = nullptr;
};

} // namespace clinicdesk
