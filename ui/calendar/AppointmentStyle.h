// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QTime>

namespace clinicdesk {

// How a status looks in the calendar. Colour is never alone: every status has its word (and a mark for
// done), cancelled bookings are hatched and struck through, no-shows have a dashed outline.
struct AppointmentStyle {
    QColor fill;
    QColor accent; // the stripe on the left and the outline
    QColor text;
    QString label; // "Arrived"
    QString mark;  // a glyph of the status, also where the word does not fit: ● ▶ ✓ ⊘ ✗ (none for booked),
                   // the shapes of AppointmentStatusLook
    bool hatched = false;
    bool dashed = false;
    bool struck = false;

    // The colours come from `palette` (a light or dark Base), mixed with a hue per status.
    [[nodiscard]] static AppointmentStyle of(const QString& status, const QPalette& palette);
    [[nodiscard]] static QColor mix(const QColor& a, const QColor& b, double amountOfB);
    [[nodiscard]] static bool isDark(const QPalette& palette);
    // 09:30: clinics in Sweden, Poland and South Africa read the 24-hour clock.
    [[nodiscard]] static QString timeText(const QTime& time);
};

} // namespace clinicdesk
