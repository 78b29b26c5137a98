// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "services/PatientRecordService.h"

#include <QWidget>

class QFormLayout;
class QFrame;
class QLabel;
class QTreeWidget;

namespace clinicdesk {

// The record's first tab: demographics and contact; for clinical roles also the alerts (allergies and
// what the team must know), the patient's clinical notes and the consents given in each encounter (which
// consent, who took it and when).
class PatientOverviewTab : public QWidget {
    Q_OBJECT
public:
    PatientOverviewTab(bool clinical, QWidget* parent = nullptr);

    void setRecord(const PatientRecord& record);
    [[nodiscard]] QTreeWidget* consents() const { return m_consents; }

private:
    QLabel* value(const char* objectName);

    bool m_clinical;
    QFormLayout* m_form;
    QLabel* m_name;
    QLabel* m_dateOfBirth;
    QLabel* m_nationalId;
    QLabel* m_phone;
    QLabel* m_email;
    QLabel* m_address;
    QFrame* m_alertsBox = nullptr;
    QLabel* m_alerts = nullptr;
    QLabel* m_notes = nullptr;
    QTreeWidget* m_consents = nullptr;
    QLabel* m_noConsents = nullptr;
};

} // namespace clinicdesk
