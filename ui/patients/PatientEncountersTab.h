// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "patients/EncounterListTab.h"
#include "services/PatientRecordService.h"

namespace clinicdesk {

// The record's encounters, newest first, each with its notes under it: signed (by whom, when) or draft,
// and addenda marked as such. Opening one (Enter, a double click or the button) asks for its encounter page.
class PatientEncountersTab : public EncounterListTab {
    Q_OBJECT
public:
    static constexpr int NoteIdRole = Qt::UserRole + 2;

    explicit PatientEncountersTab(QWidget* parent = nullptr);

    void setRecord(const PatientRecord& record);
};

} // namespace clinicdesk
