// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/WheelGuard.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

namespace clinicdesk {

namespace {

bool isGuarded(QObject* object) {
    return qobject_cast<QComboBox*>(object) != nullptr || qobject_cast<QAbstractSpinBox*>(object) != nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent) {}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Polish && isGuarded(watched)) {
        // Qt's default for both is WheelFocus: the wheel would take the focus, then the value.
        auto* widget = static_cast<QWidget*>(watched);
        if (widget->focusPolicy() == Qt::WheelFocus) {
            widget->setFocusPolicy(Qt::StrongFocus);
        }
    } else if (event->type() == QEvent::Wheel && isGuarded(watched)) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!widget->hasFocus()) {
            // The page around it scrolls instead (QApplication passes an ignored wheel event on up).
            if (QWidget* parent = widget->parentWidget()) {
                QCoreApplication::sendEvent(parent, event);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clinicdesk
