// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace clinicdesk {

// Auto-lock: watches the application's keyboard, mouse, wheel and touch input and emits idle() when
// there has been none for the configured time (ClinicSettings::autoLockMinutes; 0: never). Installed on
// the application by AppController while someone is signed in. A recording in progress is not idle time
// the user must fill: setHeld(true) pauses the watch while the page records.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    // Starts watching with `ms` of quiet before idle() (0: stops).
    void start(int ms);
    void stop();
    [[nodiscard]] bool isWatching() const { return m_timer.isActive() || m_held; }
    [[nodiscard]] int intervalMs() const { return m_timer.interval(); }
    // While held (a recording runs), the user is never idle.
    void setHeld(bool held);

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void idle();

private:
    QTimer m_timer;
    bool m_held = false;
    bool m_watching = false;
};

} // namespace clinicdesk
