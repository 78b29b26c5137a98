// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "patients/EncounterListTab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clinicdesk {

EncounterListTab::EncounterListTab(const Names& names, const QString& emptyText, const QString& buttonToolTip,
                                   QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_empty(new QLabel(emptyText, this))
    , m_open(new QPushButton(tr("&Open encounter"), this)) {
    setObjectName(QString::fromLatin1(names.tab));
    m_view->setObjectName(QString::fromLatin1(names.view));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_empty->setObjectName(QString::fromLatin1(names.empty));
    m_empty->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_open->setObjectName(QString::fromLatin1(names.button));
    m_open->setToolTip(buttonToolTip);
    m_open->setEnabled(false);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTreeWidget::itemActivated, this, [this] { openCurrent(); });
    connect(m_open, &QPushButton::clicked, this, &EncounterListTab::openCurrent);
    connect(m_view, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current) { m_open->setEnabled(current != nullptr); });
}

void EncounterListTab::listFilled() {
    const bool none = m_view->topLevelItemCount() == 0;
    m_view->setVisible(!none);
    m_empty->setVisible(none);
    m_open->setEnabled(m_view->currentItem() != nullptr);
}

void EncounterListTab::openCurrent() {
    if (QTreeWidgetItem* item = m_view->currentItem()) {
        emit encounterOpened(item->data(0, EncounterIdRole).toString());
    }
}

} // namespace clinicdesk
