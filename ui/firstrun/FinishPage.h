// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWizardPage>

class QCheckBox;

namespace clinicdesk {

// The end: optionally remember the administrator on this computer.
class FinishPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FinishPage(QWidget* parent = nullptr);

    [[nodiscard]] bool rememberOnThisComputer() const;

private:
    QCheckBox* m_remember;
};

} // namespace clinicdesk
