// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/AppointmentStyle.h"

#include "domain/AppointmentStatus.h"
#include "widgets/AppointmentStatusLook.h"

#include <algorithm>

namespace clinicdesk {

QColor AppointmentStyle::mix(const QColor& a, const QColor& b, double amountOfB) {
    const double k = std::clamp(amountOfB, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() * (1 - k) + b.redF() * k), float(a.greenF() * (1 - k) + b.greenF() * k),
                            float(a.blueF() * (1 - k) + b.blueF() * k));
}

bool AppointmentStyle::isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QString AppointmentStyle::timeText(const QTime& time) {
    return time.toString(QStringLiteral("HH:mm"));
}

AppointmentStyle AppointmentStyle::of(const QString& status, const QPalette& palette) {
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // Hues that read on a light and on a dark base; brighter on dark.
    const auto hue = [dark](const char* light, const char* onDark) { return QColor(dark ? onDark : light); };
    QColor accent;
    double amount = dark ? 0.30 : 0.16;
    AppointmentStyle style;
    style.label = AppointmentStatusLook::text(status);
    style.text = text;
    if (status == AppointmentStatus::Arrived) {
        accent = hue("#1e8e4f", "#4cc38a");
        style.mark = QStringLiteral("●");
    } else if (status == AppointmentStatus::InProgress) {
        accent = hue("#c27400", "#f0a53a");
        style.mark = QStringLiteral("▶");
    } else if (status == AppointmentStatus::Done) {
        accent = mix(base, text, 0.45);
        amount = dark ? 0.12 : 0.07;
        style.mark = QStringLiteral("✓");
    } else if (status == AppointmentStatus::NoShow) {
        accent = hue("#c0392b", "#ef6b5e");
        amount = dark ? 0.18 : 0.09;
        style.dashed = true;
        style.mark = QStringLiteral("⊘");
    } else if (status == AppointmentStatus::Cancelled) {
        accent = mix(base, text, 0.35);
        amount = 0.0;
        style.hatched = true;
        style.mark = QStringLiteral("✗");
        style.struck = true;
        style.text = mix(base, text, 0.6);
    } else {
        accent = palette.color(QPalette::Highlight);
        if (dark) {
            accent = accent.lighter(125);
        }
    }
    style.accent = accent;
    style.fill = mix(base, accent, amount);
    return style;
}

} // namespace clinicdesk
