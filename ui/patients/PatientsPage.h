#pragma once

#include "domain/Patient.h"
#include "domain/Role.h"
#include "repo/PatientRepository.h"
#include "util/Error.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace clinicdesk {

class InfoBar;
class PatientBackend;
class PatientDialog;
class PatientTableModel;

// The patient list: search-as-you-type, add and edit. Every query and write
// goes to the PatientBackend's thread; this page only sends requests with a
// token and shows the answer to its newest request.
class PatientsPage : public QWidget {
    Q_OBJECT
public:
    PatientsPage(PatientBackend& backend, Role role, QWidget* parent = nullptr);

    [[nodiscard]] PatientTableModel* model() const { return m_model; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    // Runs the current search now (without the typing delay).
    void refresh();

    static constexpr int kSearchDelayMs = 150;

public slots:
    void addPatient();
    void editSelectedPatient();
    // Asks for the encounter screen of the selected patient (encounterRequested).
    void openEncounterForSelectedPatient();

signals:
    // To the backend (queued: it lives on its own thread).
    void searchRequested(const QString& text, quint64 token);
    void saveRequested(const clinicdesk::PatientDraft& draft, const std::optional<QString>& id, quint64 token);
    void loadRequested(const QString& id, quint64 token);
    // "Open encounter" for a patient (MainWindow shows the encounter page).
    void encounterRequested(const QString& patientId, const QString& patientName);
    // The table shows the answer to the newest search.
    void resultsShown(int rows);

private:
    void onSearchDone(quint64 token, const std::vector<Patient>& patients);
    void onSaved(quint64 token, const PatientSaved& result);
    void onLoaded(quint64 token, const Patient& patient);
    void onFailed(quint64 token, const Error& error);
    void openDialog(const Patient* patient);
    void updateButtons();
    void updateCount();

    Role m_role;
    quint64 m_lastToken = 0;
    quint64 m_searchToken = 0;
    quint64 m_saveToken = 0;
    quint64 m_loadToken = 0;
    QString m_selectAfterSearch;
    QTimer m_searchDelay;
    QLineEdit* m_search;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_encounter;
    QAction* m_encounterAction;
    QAction* m_editAction;
    InfoBar* m_infoBar;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    PatientTableModel* m_model;
    QPointer<PatientDialog> m_dialog;
};

} // namespace clinicdesk
