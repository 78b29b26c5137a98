// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/JobsHost.h"

#include <QLabel>

namespace clinicdesk {

// The status bar's word on the AI queue (objectName "onlineIndicator"): "Online",
// "Offline — jobs wait and run by themselves" or "Working offline". Offline is a normal
// state, so none of them is shown as an error.
class OnlineIndicator : public QLabel {
    Q_OBJECT
public:
    explicit OnlineIndicator(JobsHost& jobs, QWidget* parent = nullptr);

    [[nodiscard]] static QString textFor(JobsHost::Connectivity connectivity);

private:
    void display(JobsHost::Connectivity connectivity);
};

} // namespace clinicdesk
