// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"
#include "services/PatientRecordService.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace clinicdesk {

class InfoBar;
class PatientAppointmentsTab;
class PatientDocumentsTab;
class PatientEditor;
class PatientEncountersTab;
class PatientOverviewTab;
class PatientRecordingsTab;
class PatientService;

// One patient's record, a sub-page of Patients with Back: the name, date of birth and national id, the
// alerts (clinical roles) always in view, and tabs: Overview, Encounters and notes, Recordings,
// Appointments, Payments (arrives with the money issue) and Documents. Receptionists see Overview (without
// the clinical parts), Appointments and Payments. Reading it is one request to the vault worker, audited
// as a view of the record. A record that was merged into another says so and offers to open that one.
class PatientRecordPage : public QWidget {
    Q_OBJECT
public:
    PatientRecordPage(PatientRecordService& records, PatientService& patients, const User& user,
                      QWidget* parent = nullptr);

    // Shows the record of `patientId` (read off the UI thread; recordShown() follows).
    void openPatient(const QString& patientId);
    [[nodiscard]] QString patientId() const { return m_patientId; }
    [[nodiscard]] const std::optional<PatientRecord>& record() const { return m_record; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    [[nodiscard]] PatientEditor* editor() const { return m_editor; }
    [[nodiscard]] PatientDocumentsTab* documentsTab() const { return m_documents; }

public slots:
    // Reads the record again.
    void reload();

signals:
    void backRequested();
    // "Open encounter": the patient's open encounter (a new one if there is none).
    void newEncounterRequested(const QString& patientId, const QString& patientName);
    // An encounter from the lists.
    void encounterRequested(const QString& encounterId, const QString& patientId, const QString& patientName);
    // The record (or where a merged one went) is on screen.
    void recordShown();
    // The patient was edited, merged or the like: lists elsewhere may be stale.
    void patientChanged(const QString& patientId);

private:
    void showRecord(const PatientRecord& record);
    void showMerged(const PatientRecord& record);
    void openEncounter(const QString& encounterId);
    void editPatient();
    void mergeDuplicate();
    [[nodiscard]] QString displayName() const;

    PatientRecordService& m_records;
    PatientService& m_patients;
    User m_user;
    bool m_clinical;
    QString m_patientId;
    std::optional<PatientRecord> m_record;
    PatientEditor* m_editor;
    QPushButton* m_back;
    QLabel* m_name;
    QLabel* m_subtitle;
    QLabel* m_alertBadge;
    QPushButton* m_edit;
    QPushButton* m_encounter = nullptr;
    QPushButton* m_merge = nullptr;
    InfoBar* m_infoBar;
    QFrame* m_merged;
    QLabel* m_mergedText;
    QPushButton* m_openMerged;
    QTabWidget* m_tabs;
    PatientOverviewTab* m_overview;
    PatientEncountersTab* m_encounters = nullptr;
    PatientRecordingsTab* m_recordings = nullptr;
    PatientAppointmentsTab* m_appointments;
    PatientDocumentsTab* m_documents = nullptr;
};

} // namespace clinicdesk
