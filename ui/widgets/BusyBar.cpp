// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/BusyBar.h"

namespace clinicdesk {

BusyBar::BusyBar(const QString& accessibleName, QWidget* parent)
    : QProgressBar(parent) {
    setRange(0, 0); // indeterminate
    setTextVisible(false);
    setMaximumHeight(6);
    setAccessibleName(accessibleName);
    hide();
}

} // namespace clinicdesk
