// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "main/SettingsPage.h"

#include "widgets/PageTitle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace clinicdesk {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout) {
    setObjectName(QStringLiteral("settingsPage"));
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(new PageTitle(tr("Settings"), this));
    layout->addSpacing(12);
    layout->addLayout(m_grid);
    layout->addStretch(1);
}

void SettingsPage::addSection(const QString& key, const QString& title, const QString& description, QWidget* page) {
    auto* button = new QPushButton(title, this);
    button->setObjectName(QStringLiteral("settingsSection_") + key);
    button->setMinimumWidth(220);
    button->setAccessibleDescription(description);
    button->setToolTip(description);
    auto* text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setBuddy(button);
    m_grid->addWidget(button, m_count, 0, Qt::AlignTop);
    m_grid->addWidget(text, m_count, 1);
    m_grid->setColumnStretch(1, 1);
    ++m_count;
    connect(button, &QPushButton::clicked, this, [this, page] { emit sectionChosen(page); });
}

} // namespace clinicdesk
