// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Patient.h"
#include "domain/Role.h"
#include "repo/PatientRepository.h"

#include <QDialog>
#include <QHash>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clinicdesk {

// Add or edit one patient. The dialog checks the fields with the rules the repository applies and says
// what is wrong under the field itself (the national id rule that failed, a date of birth in the future,
// an e-mail that is not one): as the user types in a field or leaves it, and for every field when Save is
// pressed (the focus then goes to the first wrong one). A valid national id that another patient has
// shows a warning with a link to that record (openPatientRequested()). Whoever opened the dialog answers
// duplicateCheckRequested() with showDuplicates(), runs the save off the UI thread on saveRequested() and
// answers with saveSucceeded() or saveFailed(). Open it with open(), not exec().
class PatientDialog : public QDialog {
    Q_OBJECT
public:
    explicit PatientDialog(Role role, QWidget* parent = nullptr);

    // Switches to editing `patient` (fields filled from it).
    void setPatient(const Patient& patient);
    [[nodiscard]] std::optional<QString> patientId() const { return m_patientId; }
    [[nodiscard]] PatientDraft draft() const;
    // The message shown under `field` (empty when none).
    [[nodiscard]] QString problemShown(PatientField field) const;

    // The caller's answers to saveRequested().
    void saveSucceeded();
    void saveFailed(const QString& message);
    // The caller's answer to duplicateCheckRequested(): the other patients with that national id.
    void showDuplicates(const QString& nationalId, const std::vector<Patient>& others);

signals:
    void saveRequested(const clinicdesk::PatientDraft& draft, const std::optional<QString>& id);
    // A valid national id was typed: who else has it?
    void duplicateCheckRequested(const QString& nationalId, const QString& exceptId);
    // The link of the duplicate warning: show that record.
    void openPatientRequested(const QString& patientId);

private:
    struct Field {
        QWidget* edit = nullptr;
        QLabel* problem = nullptr;
        bool touched = false;
    };
    void addField(PatientField field, const QString& label, QWidget* edit, QWidget* row = nullptr);
    void validate();
    void requestSave();
    void setSaving(bool saving);
    void checkDuplicates();

    bool m_showsClinical;
    bool m_saving = false;
    bool m_saveTried = false;
    std::optional<QString> m_patientId;
    QString m_loadedNotes;
    QString m_loadedAlerts;
    QString m_checkedNationalId;
    QHash<int, Field> m_fields; // PatientField -> its widgets
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_dateOfBirth;
    QLineEdit* m_nationalId;
    QLabel* m_nationalIdKind;
    QLabel* m_duplicate;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QPlainTextEdit* m_alerts;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace clinicdesk
