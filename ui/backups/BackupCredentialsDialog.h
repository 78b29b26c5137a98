// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QDialog>

class QLineEdit;

namespace clinicdesk {

// The name and password of a user in a backup of another vault (objectName
// "backupCredentialsDialog"), to check it: such a file is sealed with that vault's key, which only
// its users' passwords open.
//
// Object names: backupUserEdit, backupPasswordEdit, backupCredentialsAcceptButton.
class BackupCredentialsDialog : public QDialog {
    Q_OBJECT
public:
    explicit BackupCredentialsDialog(const QString& fileName, QWidget* parent = nullptr);

    [[nodiscard]] QString userName() const;
    // Read once, then cleared from the field.
    [[nodiscard]] QString takePassword();

private:
    QLineEdit* m_user;
    QLineEdit* m_password;
};

} // namespace clinicdesk
