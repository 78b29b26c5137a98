// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/PatientEditor.h"

#include "patients/PatientDialog.h"
#include "services/PatientService.h"

#include <QWidget>

namespace clinicdesk {

PatientEditor::PatientEditor(PatientService& patients, Role role, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_patients(patients)
    , m_role(role)
    , m_parent(dialogParent) {}

PatientDialog* PatientEditor::dialog() const {
    return m_dialog;
}

void PatientEditor::add() {
    open(nullptr);
}

void PatientEditor::edit(const Patient& patient) {
    open(&patient);
}

void PatientEditor::open(const Patient* patient) {
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new PatientDialog(m_role, m_parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (patient != nullptr) {
        m_dialog->setPatient(*patient);
    }
    connect(m_dialog, &PatientDialog::duplicateCheckRequested, this,
            [this](const QString& nationalId, const QString& exceptId) {
                m_patients.sameNationalId(m_dialog, nationalId, exceptId,
                                          [this, nationalId](Result<std::vector<Patient>> others) {
                                              if (m_dialog && others) {
                                                  m_dialog->showDuplicates(nationalId, *others);
                                              }
                                          });
            });
    connect(m_dialog, &PatientDialog::openPatientRequested, this, [this](const QString& patientId) {
        if (m_dialog) {
            m_dialog->reject();
        }
        emit openPatientRequested(patientId);
    });
    connect(m_dialog, &PatientDialog::saveRequested, this,
            [this](const PatientDraft& draft, const std::optional<QString>& id) {
                m_patients.save(this, draft, id, [this](Result<PatientSaved> result) {
                    if (!result) {
                        if (m_dialog) {
                            m_dialog->saveFailed(result.error().message);
                        } else {
                            emit failed(result.error().message);
                        }
                        return;
                    }
                    if (m_dialog) {
                        m_dialog->saveSucceeded();
                    }
                    emit saved(*result);
                });
            });
    m_dialog->open();
}

} // namespace clinicdesk
