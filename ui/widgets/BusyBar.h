// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QProgressBar>

namespace clinicdesk {

// A thin moving bar for work of unknown length (a key derivation, a save off the UI thread): hidden
// until the work starts, named for screen readers by what is happening.
class BusyBar : public QProgressBar {
    Q_OBJECT
public:
    explicit BusyBar(const QString& accessibleName, QWidget* parent = nullptr);
};

} // namespace clinicdesk
