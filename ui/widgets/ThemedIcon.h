// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QIcon>
#include <QString>

class QWidget;

// The line icons in resources/ui/icons are drawn with `currentColor`. ThemedIcon draws them in the colours
// of the palette (the text colour, and the highlighted text colour for a selected or checked button), at
// whatever size and device pixel ratio a button asks for, so they follow a light or dark system palette
// and stay crisp at 200 %.
namespace clinicdesk::ThemedIcon {

// `name` without folder or extension ("calendar"); the colours come from `widget`'s palette.
[[nodiscard]] QIcon make(const QString& name, const QWidget* widget);

} // namespace clinicdesk::ThemedIcon
