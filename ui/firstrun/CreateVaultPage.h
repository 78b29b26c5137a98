// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace clinicdesk {

// Shown while the vault is being created (FirstRunWizard runs the work on a
// worker thread); complete once it succeeded.
class CreateVaultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit CreateVaultPage(QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override { return m_created; }

    void showWorking();
    void showCreated();
    void showFailed(const QString& message);

private:
    bool m_created = false;
    QLabel* m_status;
    QProgressBar* m_busy;
    QLabel* m_error;
};

} // namespace clinicdesk
