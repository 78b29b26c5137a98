// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Patient.h"
#include "domain/Role.h"
#include "repo/PatientRepository.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace clinicdesk {

class PatientDialog;
class PatientService;

// Opens the patient dialog (add or edit) over a page and runs what it asks for through the PatientService:
// the duplicate check while a national id is typed and the save. One dialog at a time per editor.
class PatientEditor : public QObject {
    Q_OBJECT
public:
    PatientEditor(PatientService& patients, Role role, QWidget* dialogParent);

    void add();
    void edit(const Patient& patient);
    // The dialog open now (null when none).
    [[nodiscard]] PatientDialog* dialog() const;

signals:
    void saved(const clinicdesk::PatientSaved& result);
    // The user followed the duplicate warning's link: the dialog is closed, show that record.
    void openPatientRequested(const QString& patientId);
    // A save failed after the dialog was gone (the message is for the page's info bar).
    void failed(const QString& message);

private:
    void open(const Patient* patient);

    PatientService& m_patients;
    Role m_role;
    QWidget* m_parent;
    QPointer<PatientDialog> m_dialog;
};

} // namespace clinicdesk
