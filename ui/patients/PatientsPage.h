// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
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
class PatientEditor;
class PatientService;
class PatientTableModel;

// The patient list: search-as-you-type, open a record, add and edit. Every query and write
// goes through the PatientService to the vault worker; the page shows the
// answer to its newest search (older ones are skipped or dropped there).
class PatientsPage : public QWidget {
    Q_OBJECT
public:
    PatientsPage(PatientService& patients, Role role, QWidget* parent = nullptr);

    [[nodiscard]] PatientTableModel* model() const { return m_model; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    [[nodiscard]] PatientEditor* editor() const { return m_editor; }
    // Runs the current search now (without the typing delay).
    void refresh();

    // Keystrokes typed in one pass of the event loop run one search; the worker drops a search a
    // newer one has overtaken (VaultWorker::postLatest), so no typing delay is needed.
    static constexpr int kSearchDelayMs = 0;

public slots:
    void addPatient();
    void editSelectedPatient();
    // Asks for the encounter screen of the selected patient (encounterRequested).
    void openEncounterForSelectedPatient();
    // Asks for the selected patient's record (recordRequested): a double click or Enter on a row too.
    void openSelectedRecord();

signals:
    // A search was sent to the vault worker (tests count them: typing is debounced).
    void searchRequested(const QString& text);
    // "Open encounter" for a patient (MainWindow shows the encounter page).
    void encounterRequested(const QString& patientId, const QString& patientName);
    // The table shows the answer to the newest search.
    void resultsShown(int rows);
    // "Open record" for a patient (MainWindow shows the record page).
    void recordRequested(const QString& patientId);

private:
    void showResults(const std::vector<Patient>& patients);
    void onSaved(const PatientSaved& result);
    void updateButtons();
    void updateCount();

    PatientService& m_patients;
    Role m_role;
    QString m_selectAfterSearch;
    QTimer m_searchDelay;
    QLineEdit* m_search;
    QPushButton* m_open;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_encounter;
    QAction* m_encounterAction;
    QAction* m_editAction;
    QAction* m_openAction;
    InfoBar* m_infoBar;
    QStackedWidget* m_stack;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    PatientTableModel* m_model;
    PatientEditor* m_editor;
};

} // namespace clinicdesk
