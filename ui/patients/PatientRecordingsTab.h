// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "patients/EncounterListTab.h"
#include "services/PatientRecordService.h"

namespace clinicdesk {

// The record's recordings, newest first: when, how long, from the microphone or imported, and whether it
// has a transcript. Opening one (Enter, a double click or the button) asks for its encounter page, where
// it is played, transcribed and noted.
class PatientRecordingsTab : public EncounterListTab {
    Q_OBJECT
public:
    static constexpr int RecordingIdRole = Qt::UserRole + 2;

    explicit PatientRecordingsTab(QWidget* parent = nullptr);

    void setRecord(const PatientRecord& record);
};

} // namespace clinicdesk
