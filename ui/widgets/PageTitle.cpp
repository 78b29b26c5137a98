// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/PageTitle.h"

namespace clinicdesk {

PageTitle::PageTitle(const QString& text, QWidget* parent)
    : QLabel(text, parent) {
    setObjectName(QStringLiteral("pageTitle"));
    setAccessibleName(text);
    QFont heading = font();
    heading.setPointSizeF(heading.pointSizeF() * 1.45);
    heading.setWeight(QFont::DemiBold);
    setFont(heading);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

} // namespace clinicdesk
