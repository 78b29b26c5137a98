// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "session/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace clinicdesk {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::start(int ms) {
    stop();
    if (ms <= 0) {
        return;
    }
    m_watching = true;
    m_timer.setInterval(ms);
    QCoreApplication::instance()->installEventFilter(this);
    if (!m_held) {
        m_timer.start();
    }
}

void IdleWatcher::stop() {
    if (m_watching) {
        QCoreApplication::instance()->removeEventFilter(this);
    }
    m_watching = false;
    m_timer.stop();
}

void IdleWatcher::setHeld(bool held) {
    m_held = held;
    if (held) {
        m_timer.stop();
    } else if (m_watching) {
        m_timer.start();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        if (m_watching && !m_held) {
            m_timer.start(); // restarts the quiet period
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace clinicdesk
