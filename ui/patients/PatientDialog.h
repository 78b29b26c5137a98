#pragma once

#include "domain/Patient.h"
#include "domain/Role.h"
#include "repo/PatientRepository.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clinicdesk {

// Add or edit one patient. The dialog validates as the user types (the same
// rules the repository applies) and asks for the save with saveRequested();
// whoever opened it runs the save off the UI thread and answers with
// saveSucceeded() or saveFailed(). Open it with open(), not exec().
class PatientDialog : public QDialog {
    Q_OBJECT
public:
    explicit PatientDialog(Role role, QWidget* parent = nullptr);

    // Switches to editing `patient` (fields filled from it).
    void setPatient(const Patient& patient);
    [[nodiscard]] std::optional<QString> patientId() const { return m_patientId; }
    [[nodiscard]] PatientDraft draft() const;

    // The caller's answers to saveRequested().
    void saveSucceeded();
    void saveFailed(const QString& message);

signals:
    void saveRequested(const clinicdesk::PatientDraft& draft, const std::optional<QString>& id);

private:
    void validate();
    void requestSave();
    void setSaving(bool saving);

    bool m_showsClinical;
    bool m_touched = false;
    bool m_saving = false;
    std::optional<QString> m_patientId;
    QString m_loadedNotes;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QLineEdit* m_dateOfBirth;
    QLineEdit* m_nationalId;
    QLabel* m_nationalIdKind;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_address;
    QLabel* m_notesLabel;
    QPlainTextEdit* m_notes;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace clinicdesk
