// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace clinicdesk {

// Welcome, and where the vault goes: a new or empty folder.
class VaultFolderPage : public QWizardPage {
    Q_OBJECT
public:
    explicit VaultFolderPage(const QString& defaultFolder, QWidget* parent = nullptr);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] QString folder() const;

private:
    void browse();
    void check();
    // Empty when `dir` can take a new vault; otherwise why not.
    [[nodiscard]] static QString problemWith(const QString& dir);

    QLineEdit* m_folder;
    QLabel* m_problem;
};

} // namespace clinicdesk
