// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QObject>

namespace clinicdesk {

// Combo boxes and spin boxes take the mouse wheel only when they have the focus: scrolling a long
// page (AI settings, a note) with the wheel scrolls the page, even when the pointer passes over one,
// and never changes a setting by accident. Installed once on the application by the composition root.
class WheelGuard : public QObject {
    Q_OBJECT
public:
    explicit WheelGuard(QObject* parent = nullptr);

    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace clinicdesk
