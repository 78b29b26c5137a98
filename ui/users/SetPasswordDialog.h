// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

class BusyBar;
class ErrorLabel;
class UserAdminService;

// "Set a new password…" for another user (objectName "setPasswordDialog"): an administrator types
// the new password twice; one key envelope is re-sealed off the UI thread and a computer that
// remembered the user forgets them. Why not the recovery code: docs/DESKTOP.md, "Users and roles".
//
// Object names: newPasswordEdit, newPasswordRepeatEdit, setPasswordError, setPasswordBusy,
// setPasswordAcceptButton.
class SetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    SetPasswordDialog(UserAdminService& service, const User& user, QWidget* parent = nullptr);

signals:
    void passwordSet(const QString& userName);

private:
    void submit();
    void setBusy(bool busy);

    QPointer<UserAdminService> m_service;
    User m_user;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    ErrorLabel* m_error;
    BusyBar* m_busy;
    QPushButton* m_accept;
};

} // namespace clinicdesk
