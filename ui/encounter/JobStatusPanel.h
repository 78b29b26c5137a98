// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace clinicdesk {

class EncounterController;

// The encounter's newest AI job in one line: its progress, its state in plain words, and Retry or Cancel
// where they apply. It keeps its height when there is no job, so the page does not jump when one appears.
class JobStatusPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobStatusPanel(EncounterController& controller, QWidget* parent = nullptr);

private:
    void updateControls();

    EncounterController& m_controller;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_retry;
    QPushButton* m_cancel;
};

} // namespace clinicdesk
