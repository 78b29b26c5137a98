// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ScheduledAppointment.h"
#include "domain/User.h"
#include "repo/AppointmentRepository.h"

#include <QDateTime>
#include <QDialog>
#include <QTimer>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace clinicdesk {

class PatientService;

// A new booking (the patient found by search as you type, the practitioner, the time, how long, and why
// they come) or the time of an existing one. Warnings (the past, outside working hours, a known overlap)
// show beside the time as it is chosen. The dialog asks with bookRequested() / moveRequested(); whoever
// opened it saves off the UI thread and answers with saveSucceeded(), saveFailed() or chooseAnotherTime().
// Open it with open(), not exec().
class BookingDialog : public QDialog {
    Q_OBJECT
public:
    // What a time runs into, in sentences (empty: nothing).
    using Warnings = std::function<QStringList(const std::optional<QString>& practitionerId, const QDateTime& start,
                                               int minutes, const QString& exceptId)>;

    BookingDialog(PatientService& patients, std::vector<User> practitioners, QWidget* parent = nullptr);

    // A new booking of `practitionerId` (empty: none) from `start` for `minutes`.
    void setSlot(const QString& practitionerId, const QDateTime& start, int minutes);
    // Changes the time of `appointment` instead (the patient, practitioner and reason stay).
    void setAppointment(const ScheduledAppointment& s);
    void setWarnings(Warnings warnings);

    [[nodiscard]] AppointmentDraft draft() const;
    [[nodiscard]] QString appointmentId() const { return m_appointmentId; }
    [[nodiscard]] QDateTime start() const;
    [[nodiscard]] int minutes() const;

    void saveSucceeded();
    void saveFailed(const QString& message);
    // The user chose not to double-book: back to the time, nothing written.
    void chooseAnotherTime();

signals:
    void bookRequested(const clinicdesk::AppointmentDraft& draft);
    void moveRequested(const QString& id, const QDateTime& start, int minutes);

private:
    void search();
    void choosePatient();
    void updateState();
    void requestSave();
    void setSaving(bool saving);
    [[nodiscard]] std::optional<QString> practitionerId() const;

    PatientService& m_patients;
    std::vector<User> m_practitioners;
    Warnings m_warnings;
    QString m_appointmentId;
    QString m_patientId;
    bool m_saving = false;
    QTimer m_searchDelay;

    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_patientLabel;
    QComboBox* m_practitioner;
    QDateEdit* m_date;
    QTimeEdit* m_time;
    QSpinBox* m_minutes;
    QLineEdit* m_reason;
    QLabel* m_warningLabel;
    QLabel* m_error;
    QPushButton* m_save;
    QPushButton* m_cancel;
};

} // namespace clinicdesk
