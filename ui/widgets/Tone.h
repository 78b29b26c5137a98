// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QColor>
#include <QString>

class QWidget;

// Colours for states (a warning, an error, all is well) that read well on a light and on a dark
// palette. They always come with words or an icon: colour is never the only sign.
namespace clinicdesk::Tone {

enum class Kind { Good, Warning, Error };

// The widget's window colour is dark (a dark system palette).
[[nodiscard]] bool isDark(const QWidget* widget);
[[nodiscard]] QColor text(Kind kind, const QWidget* widget);
// A style sheet for a rounded badge or panel in that tone: background, border, text.
[[nodiscard]] QString panelStyle(Kind kind, const QWidget* widget, const QString& selector);

} // namespace clinicdesk::Tone
