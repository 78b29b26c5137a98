// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "main/PlaceholderPage.h"

#include "widgets/PageTitle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace clinicdesk {

PlaceholderPage::PlaceholderPage(const QString& objectName, const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent) {
    setObjectName(objectName);
    auto* body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("placeholderText"));
    body->setWordWrap(true);
    body->setMaximumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(new PageTitle(title, this));
    layout->addSpacing(8);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace clinicdesk
