// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QWidget>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace clinicdesk {

// The main window's navigation rail: one button per place (Today, Calendar, Patients, Money, AI jobs,
// Settings), an icon over a short label, the current one highlighted. Each has a shortcut, shown in its
// tooltip and accessible description. Drawn in the palette's colours, so it follows a light or dark
// system palette.
class NavigationRail : public QWidget {
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);

    // `key` names the place ("calendar"); the button's object name is "rail_<key>".
    void addItem(const QString& key, const QString& iconName, const QString& text, const QKeySequence& shortcut);
    // Items added after this sit at the bottom (Settings).
    void addStretch();
    void setCurrent(const QString& key);
    [[nodiscard]] QString current() const { return m_current; }
    [[nodiscard]] QToolButton* button(const QString& key) const { return m_buttons.value(key); }

signals:
    void chosen(const QString& key);

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyle();

    QVBoxLayout* m_layout;
    QButtonGroup* m_group;
    QHash<QString, QToolButton*> m_buttons;
    QHash<QString, QString> m_icons;
    QString m_current;
    bool m_restyling = false;
};

} // namespace clinicdesk
