// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QWizardPage>

class QLineEdit;

namespace clinicdesk {

// The restore wizard's second page (objectName "restorePasswordPage"): the sign-in name and password
// of an administrator in the backup (the file is sealed with its vault's key, which only its users'
// passwords open; restoring needs an administrator of that vault). Object names: restoreUserEdit,
// restorePasswordEdit.
class RestorePasswordPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RestorePasswordPage(QWidget* parent = nullptr);

    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

private:
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace clinicdesk
