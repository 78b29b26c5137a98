// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Patient.h"
#include "repo/PatientRepository.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace clinicdesk {

class ErrorLabel;
class PatientService;

// Admins: merges a duplicate into the record shown (the kept one). The patients with the same national id
// are offered first; any other can be found by typing. Merging cannot be undone, so the admin ticks that
// both records are the same person before the Merge button works. Open it with open(), not exec().
class PatientMergeDialog : public QDialog {
    Q_OBJECT
public:
    PatientMergeDialog(PatientService& patients, const Patient& kept, QWidget* parent = nullptr);

signals:
    void merged(const clinicdesk::PatientMergeReport& report);

private:
    void search();
    void showCandidates(const std::vector<Patient>& patients);
    void updateButton();
    void merge();

    PatientService& m_patients;
    Patient m_kept;
    QTimer m_delay;
    QLineEdit* m_search;
    QListWidget* m_candidates;
    QCheckBox* m_confirm;
    ErrorLabel* m_error;
    QPushButton* m_merge;
    bool m_merging = false;
};

} // namespace clinicdesk
