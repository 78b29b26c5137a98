// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QGroupBox>

class QLabel;
class QTableView;

namespace clinicdesk {

class EncounterController;

// The selected recording's transcript: one line per timed segment; clicking a line plays the recording
// from there. A note's evidence selects the segments it cites.
class TranscriptPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit TranscriptPanel(EncounterController& controller, QWidget* parent = nullptr);

private:
    void selectRows(const QList<int>& rows);
    void updateNotice();

    EncounterController& m_controller;
    QTableView* m_view;
    QLabel* m_notice;
};

} // namespace clinicdesk
