// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWidget>

namespace clinicdesk {

// A place on the rail whose screen is not in this version yet: its title and a sentence saying what will
// be there and where to do it meanwhile.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& objectName, const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace clinicdesk
