#pragma once

#include "domain/User.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QSettings;
class QStackedWidget;

namespace clinicdesk {

class AiSettingsService;
class AiSettingsPage;
class EgressLogPage;
class EncounterPage;
class JobsHost;
class JobsPanel;
class PatientsPage;
class SessionServices;
class UsagePage;

// The signed-in window. It shows data and sends requests; it does not own the
// session: AppController does, and locks it when lockRequested() arrives.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // For a role without clinical access (no encounter service, recorder or job queue) there is
    // no encounter page and no jobs panel. `settings` keeps machine preferences such as the
    // chosen microphone.
    MainWindow(const User& user, SessionServices& services, QSettings* settings = nullptr, QWidget* parent = nullptr);

    [[nodiscard]] PatientsPage* patientsPage() const { return m_patients; }
    // Null when there is no encounter page (see the constructor).
    [[nodiscard]] EncounterPage* encounterPage() const { return m_encounter; }
    // Shows the encounter page for a patient (false while another patient's recording runs).
    bool showEncounter(const QString& patientId, const QString& patientName);
    void showPatients();
    [[nodiscard]] QAction* lockAction() const { return m_lockAction; }
    // A short note in the status bar (never patient data).
    void showStatus(const QString& text);

    // --- AI pipeline: jobs panel, online indicator, AI settings, usage, egress log ---
    // The AI menu (aiMenu: aiSettingsAction, usageAction, egressLogAction, and with `jobs`
    // workOfflineAction and showJobsPanelAction), the pages, and with `jobs` (roles with clinical
    // access) the jobs panel and the status bar's onlineIndicator.
    [[nodiscard]] JobsPanel* jobsPanel() const { return m_jobsPanel; }
    [[nodiscard]] AiSettingsPage* aiSettingsPage() const { return m_aiSettings; }
    [[nodiscard]] UsagePage* usagePage() const { return m_usage; }
    [[nodiscard]] EgressLogPage* egressLogPage() const { return m_egress; }
    void showAiSettings();
    void showUsage();
    void showEgressLog();
    // --- end AI pipeline ---

signals:
    void lockRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void installAi(const User& user, JobsHost* jobs, AiSettingsService& ai);
    void showAbout();
    // Shows a page reached from a menu; its Back returns to the page shown before.
    void showFromMenu(QWidget* page);
    void goBack();

    QStackedWidget* m_pages;
    PatientsPage* m_patients;
    EncounterPage* m_encounter = nullptr;
    QAction* m_lockAction;
    QLabel* m_userLabel;
    QWidget* m_backTo = nullptr; // where the menu pages' Back goes

    // --- AI pipeline (installAi) ---
    JobsPanel* m_jobsPanel = nullptr;
    AiSettingsPage* m_aiSettings = nullptr;
    UsagePage* m_usage = nullptr;
    EgressLogPage* m_egress = nullptr;
    // --- end AI pipeline ---
};

} // namespace clinicdesk
