// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QLabel>

namespace clinicdesk {

// The heading at the top of a main-window page: larger and bold, objectName "pageTitle", read as a
// heading by screen readers.
class PageTitle : public QLabel {
    Q_OBJECT
public:
    explicit PageTitle(const QString& text, QWidget* parent = nullptr);
};

} // namespace clinicdesk
