// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/InfoBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace clinicdesk {

InfoBar::InfoBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_closeButton(new QToolButton(this)) {
    setObjectName(QStringLiteral("infoBar"));
    m_label->setObjectName(QStringLiteral("infoBarLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(QStringLiteral("infoBarCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close this message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &InfoBar::dismiss);
    hide();
}

void InfoBar::showMessage(const QString& text, Kind kind) {
    m_kind = kind;
    // Light tints that keep the platform's text colour readable.
    QString colours;
    switch (kind) {
    case Kind::Information:
        colours = QStringLiteral("background: #e8f1fb; border: 1px solid #9cc0e8;");
        break;
    case Kind::Warning:
        colours = QStringLiteral("background: #fff4d6; border: 1px solid #e0b84a;");
        break;
    case Kind::Error:
        colours = QStringLiteral("background: #fbe6e6; border: 1px solid #dc8c8c;");
        break;
    }
    setStyleSheet(
        QStringLiteral("clinicdesk--InfoBar { %1 border-radius: 4px; } QLabel { color: #1f1f1f; }").arg(colours));
    m_label->setText(text);
    show();
}

void InfoBar::dismiss() {
    m_label->clear();
    hide();
}

QString InfoBar::text() const {
    return m_label->text();
}

} // namespace clinicdesk
