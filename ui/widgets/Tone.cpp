// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/Tone.h"

#include <QPalette>
#include <QWidget>

namespace clinicdesk::Tone {

namespace {

struct Colours {
    const char* background;
    const char* border;
    const char* text;
};

Colours colours(Kind kind, bool dark) {
    switch (kind) {
    case Kind::Good:
        return dark ? Colours{"#173a24", "#2f7a4b", "#9be2b4"} : Colours{"#e7f4ec", "#8cc7a1", "#1d5c34"};
    case Kind::Warning:
        return dark ? Colours{"#3d2e0a", "#a87a12", "#ffd27a"} : Colours{"#fff3d6", "#e0b048", "#6b4400"};
    case Kind::Error:
        return dark ? Colours{"#451c1c", "#b55252", "#ffb4ab"} : Colours{"#fbe9e7", "#dc8c8c", "#8c1d18"};
    }
    return {};
}

} // namespace

bool isDark(const QWidget* widget) {
    const QPalette palette = widget != nullptr ? widget->palette() : QPalette();
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor text(Kind kind, const QWidget* widget) {
    return QColor(QString::fromLatin1(colours(kind, isDark(widget)).text));
}

QString panelStyle(Kind kind, const QWidget* widget, const QString& selector) {
    const Colours c = colours(kind, isDark(widget));
    return QStringLiteral("%1 { background: %2; border: 1px solid %3; border-radius: 6px; color: %4; }")
        .arg(selector, QString::fromLatin1(c.background), QString::fromLatin1(c.border), QString::fromLatin1(c.text));
}

} // namespace clinicdesk::Tone
