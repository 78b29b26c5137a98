// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace clinicdesk {

class PatientService;

// Choosing one patient by typing (objectName "auditPatientPicker"): search as you type over every
// patient (PatientService, the newest search only), the matches in a list under the field; choosing
// one shows their name and emits patientChosen(id). Clearing the field means "any patient".
//
// Object names: auditPatientEdit (the field); its completer's popup lists the matches.
class PatientPicker : public QWidget {
    Q_OBJECT
public:
    explicit PatientPicker(PatientService& patients, QWidget* parent = nullptr);

    [[nodiscard]] QString patientId() const { return m_patientId; }
    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] QCompleter* completer() const { return m_completer; }
    void clear();

signals:
    void patientChosen(const QString& patientId);

private:
    void search();
    void choose(const QModelIndex& index);

    PatientService& m_patients;
    QLineEdit* m_edit;
    QStandardItemModel* m_matches;
    QCompleter* m_completer;
    QTimer m_delay;
    QString m_patientId;
    QString m_chosenText; // what the field shows for the chosen patient
};

} // namespace clinicdesk
