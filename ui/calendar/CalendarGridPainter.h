// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QRect>

class QPainter;

namespace clinicdesk {

class CalendarGrid;

// Paints a CalendarGrid: the columns with their working hours, the hour lines, the bookings, what is being
// dragged, the now-line, and on top the fixed header and time axis. Vector drawing at the device's pixel
// ratio: nothing is cached, so it is as sharp at 200 % as at 100 %.
class CalendarGridPainter {
public:
    static void paint(QPainter& painter, const CalendarGrid& grid, const QRect& exposed, bool focused);
};

} // namespace clinicdesk
