// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "main/NavigationRail.h"

#include "widgets/ThemedIcon.h"

#include <QButtonGroup>
#include <QEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace clinicdesk {

NavigationRail::NavigationRail(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_group(new QButtonGroup(this)) {
    setObjectName(QStringLiteral("navigationRail"));
    setAccessibleName(tr("Navigation"));
    setAutoFillBackground(true);
    m_layout->setContentsMargins(6, 10, 6, 10);
    m_layout->setSpacing(4);
    m_group->setExclusive(true);
    restyle();
}

void NavigationRail::addItem(const QString& key, const QString& iconName, const QString& text,
                             const QKeySequence& shortcut) {
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("rail_") + key);
    button->setText(text);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    button->setIconSize(QSize(24, 24));
    button->setMinimumWidth(78);
    button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    button->setFocusPolicy(Qt::TabFocus);
    button->setShortcut(shortcut);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    button->setToolTip(tr("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), keys));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(tr("Shortcut: %1").arg(keys));
    m_icons.insert(key, iconName);
    button->setIcon(ThemedIcon::make(iconName, this));
    m_group->addButton(button);
    m_buttons.insert(key, button);
    m_layout->addWidget(button);
    connect(button, &QToolButton::clicked, this, [this, key] {
        m_current = key;
        emit chosen(key);
    });
}

void NavigationRail::addStretch() {
    m_layout->addStretch(1);
}

void NavigationRail::setCurrent(const QString& key) {
    m_current = key;
    if (QToolButton* button = m_buttons.value(key)) {
        button->setChecked(true);
    }
}

void NavigationRail::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        restyle();
        for (auto it = m_buttons.begin(); it != m_buttons.end(); ++it) {
            it.value()->setIcon(ThemedIcon::make(m_icons.value(it.key()), this));
        }
    }
    QWidget::changeEvent(event);
}

void NavigationRail::restyle() {
    // The rail one step darker (lighter in a dark palette) than the window; the current place as a soft
    // pill of the highlight colour, its label in the highlight colour and bold enough to tell without
    // colour.
    m_restyling = true;
    const QPalette p = palette();
    const QColor window = p.color(QPalette::Window);
    const QColor rail = window.lightness() > 128 ? window.darker(104) : window.lighter(125);
    QColor pill = p.color(QPalette::Highlight);
    pill.setAlpha(45);
    QColor hover = p.color(QPalette::Highlight);
    hover.setAlpha(22);
    const QString rgba = QStringLiteral("rgba(%1,%2,%3,%4)");
    setStyleSheet(QStringLiteral("#navigationRail { background: %1; }"
                                 "#navigationRail QToolButton { border: none; border-radius: 10px; padding: 6px 4px; "
                                 "color: %2; }"
                                 "#navigationRail QToolButton:hover { background: %3; }"
                                 "#navigationRail QToolButton:checked { background: %4; color: %5; font-weight: 600; }"
                                 "#navigationRail QToolButton:focus { border: 1px solid %5; }")
                      .arg(rail.name(), p.color(QPalette::WindowText).name(),
                           rgba.arg(hover.red()).arg(hover.green()).arg(hover.blue()).arg(hover.alphaF()),
                           rgba.arg(pill.red()).arg(pill.green()).arg(pill.blue()).arg(pill.alphaF()),
                           p.color(QPalette::Highlight).name()));
    m_restyling = false;
}

} // namespace clinicdesk
