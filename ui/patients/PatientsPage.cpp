// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientsPage.h"

#include "domain/AccessPolicy.h"
#include "patients/PatientEditor.h"
#include "patients/PatientTableModel.h"
#include "services/PatientService.h"
#include "util/Logging.h"
#include "widgets/InfoBar.h"
#include "widgets/RecordTable.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

PatientsPage::PatientsPage(PatientService& patients, Role role, QWidget* parent)
    : QWidget(parent)
    , m_patients(patients)
    , m_role(role)
    , m_search(new QLineEdit(this))
    , m_open(new QPushButton(tr("&Open record"), this))
    , m_add(new QPushButton(tr("&Add patient…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_encounter(new QPushButton(tr("Open e&ncounter"), this))
    , m_encounterAction(new QAction(tr("Open e&ncounter"), this))
    , m_editAction(new QAction(tr("&Edit…"), this))
    , m_openAction(new QAction(tr("&Open record"), this))
    , m_infoBar(new InfoBar(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_count(new QLabel(this))
    , m_model(new PatientTableModel(this))
    , m_editor(new PatientEditor(patients, role, this)) {
    setObjectName(QStringLiteral("patientsPage"));
    m_infoBar->setObjectName(QStringLiteral("patientsInfoBar"));

    auto* title = new QLabel(tr("Patients"), this);
    title->setObjectName(QStringLiteral("patientsTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("patientSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name, national ID, phone or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setMinimumWidth(320);
    m_open->setObjectName(QStringLiteral("openRecordButton"));
    m_open->setToolTip(tr("The selected patient's record: overview, encounters, recordings, appointments, "
                          "documents (Enter or a double click)"));
    m_openAction->setObjectName(QStringLiteral("openRecordAction"));
    m_add->setObjectName(QStringLiteral("addPatientButton"));
    m_add->setEnabled(AccessPolicy::allows(role, Permission::WriteDemographics));
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_encounter->setObjectName(QStringLiteral("openEncounterButton"));
    m_encounter->setToolTip(tr("Consent, recording and recordings for the selected patient"));
    m_encounter->setVisible(AccessPolicy::allows(role, Permission::WriteClinical));
    m_encounterAction->setObjectName(QStringLiteral("openEncounterAction"));
    m_editAction->setObjectName(QStringLiteral("editPatientAction"));

    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setAccessibleName(tr("Patients found"));
    m_table->setModel(m_model);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_openAction);
    if (AccessPolicy::allows(role, Permission::WriteClinical)) {
        m_table->addAction(m_encounterAction);
    }
    m_table->addAction(m_editAction);
    RecordTable::style(m_table, 10);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(PatientTableModel::Name, 240);
    m_table->setColumnWidth(PatientTableModel::DateOfBirth, 120);
    m_table->setColumnWidth(PatientTableModel::NationalId, 150);
    m_table->setColumnWidth(PatientTableModel::Phone, 170);

    m_empty->setObjectName(QStringLiteral("patientListEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_count->setObjectName(QStringLiteral("patientCountLabel"));
    m_count->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_encounter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(&m_searchDelay, &QTimer::timeout, this, &PatientsPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &PatientsPage::addPatient);
    connect(m_edit, &QPushButton::clicked, this, &PatientsPage::editSelectedPatient);
    connect(m_table, &QTableView::activated, this, &PatientsPage::openSelectedRecord);
    connect(m_open, &QPushButton::clicked, this, &PatientsPage::openSelectedRecord);
    connect(m_openAction, &QAction::triggered, this, &PatientsPage::openSelectedRecord);
    connect(m_editor, &PatientEditor::saved, this, &PatientsPage::onSaved);
    connect(m_editor, &PatientEditor::failed, this,
            [this](const QString& message) { m_infoBar->showMessage(message, InfoBar::Kind::Error); });
    connect(m_editor, &PatientEditor::openPatientRequested, this, &PatientsPage::recordRequested);
    // Enter in the search field opens the first match: type, Enter, there.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0 && !m_searchDelay.isActive()) {
            if (!m_table->selectionModel()->hasSelection()) {
                m_table->selectRow(0);
            }
            openSelectedRecord();
        }
    });
    connect(m_encounter, &QPushButton::clicked, this, &PatientsPage::openEncounterForSelectedPatient);
    connect(m_encounterAction, &QAction::triggered, this, &PatientsPage::openEncounterForSelectedPatient);
    connect(m_editAction, &QAction::triggered, this, &PatientsPage::editSelectedPatient);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientsPage::updateButtons);

    setFocusProxy(m_search);
    updateButtons();
    refresh();
}

void PatientsPage::refresh() {
    m_searchDelay.stop();
    const QString text = m_search->text();
    m_patients.search(this, text, [this](Result<std::vector<Patient>> found) {
        if (!found) {
            m_infoBar->showMessage(found.error().message, InfoBar::Kind::Error);
            return;
        }
        showResults(*found);
    });
    emit searchRequested(text);
}

void PatientsPage::showResults(const std::vector<Patient>& patients) {
    QString keep = m_selectAfterSearch;
    if (keep.isEmpty()) {
        const QModelIndex current = m_table->selectionModel()->currentIndex();
        keep = current.isValid() ? current.data(PatientTableModel::IdRole).toString() : QString();
    }
    m_selectAfterSearch.clear();
    m_model->setPatients(patients);
    if (const int row = m_model->rowOf(keep); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_stack->setCurrentWidget(patients.empty() ? static_cast<QWidget*>(m_empty) : m_table);
    if (patients.empty()) {
        m_empty->setText(m_search->text().trimmed().isEmpty()
                             ? tr("No patients yet. Click “Add patient” to add the first one.")
                             : tr("No patient matches “%1”.").arg(m_search->text().trimmed()));
    }
    updateCount();
    emit resultsShown(m_model->rowCount());
}

void PatientsPage::updateCount() {
    const int rows = m_model->rowCount();
    m_count->setText(m_search->text().trimmed().isEmpty() ? tr("%n patient(s)", nullptr, rows)
                                                          : tr("%n match(es)", nullptr, rows));
}

void PatientsPage::updateButtons() {
    const bool selected = m_table->selectionModel()->hasSelection();
    m_open->setEnabled(selected);
    m_openAction->setEnabled(selected);
    m_edit->setEnabled(selected && AccessPolicy::allows(m_role, Permission::WriteDemographics));
    m_editAction->setEnabled(m_edit->isEnabled());
    m_encounter->setEnabled(selected && AccessPolicy::allows(m_role, Permission::WriteClinical));
    m_encounterAction->setEnabled(m_encounter->isEnabled());
}

void PatientsPage::addPatient() {
    m_editor->add();
}

void PatientsPage::openSelectedRecord() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        emit recordRequested(rows.first().data(PatientTableModel::IdRole).toString());
    }
}

void PatientsPage::editSelectedPatient() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !AccessPolicy::allows(m_role, Permission::WriteDemographics)) {
        return;
    }
    // Opening a record is read (and audited) on the vault worker; the
    // dialog opens when it arrives.
    m_patients.load(this, rows.first().data(PatientTableModel::IdRole).toString(), [this](Result<Patient> patient) {
        if (!patient) {
            m_infoBar->showMessage(patient.error().message, InfoBar::Kind::Error);
            return;
        }
        m_editor->edit(*patient);
    });
}

void PatientsPage::openEncounterForSelectedPatient() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || !AccessPolicy::allows(m_role, Permission::WriteClinical)) {
        return;
    }
    const Patient* patient = m_model->patientAt(rows.first().row());
    if (patient != nullptr) {
        emit encounterRequested(patient->id, PatientTableModel::displayName(*patient));
    }
}

void PatientsPage::onSaved(const PatientSaved& result) {
    if (!result.sameNationalId.isEmpty()) {
        m_infoBar->showMessage(tr("Another patient has the same national ID. Check that this is not the same "
                                  "person entered twice."),
                               InfoBar::Kind::Warning);
    } else if (m_infoBar->kind() != InfoBar::Kind::Information) {
        m_infoBar->dismiss();
    }
    m_selectAfterSearch = result.patient.id;
    refresh();
}

} // namespace clinicdesk
