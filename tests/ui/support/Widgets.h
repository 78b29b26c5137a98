// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

// Finding the application's widgets the way the GUI tests do: by object name.

#include <QApplication>
#include <QObject>
#include <QString>
#include <QWidget>

namespace clinicdesk::test {

// The child of `parent` with this object name, or nullptr.
template <typename T>
[[nodiscard]] T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// The visible top-level window with this object name, or nullptr.
template <typename T = QWidget>
[[nodiscard]] T* topLevel(const char* name) {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->objectName() == QLatin1String(name) && w->isVisible()) {
            return qobject_cast<T*>(w);
        }
    }
    return nullptr;
}

} // namespace clinicdesk::test
