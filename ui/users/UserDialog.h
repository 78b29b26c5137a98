// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace clinicdesk {

class BusyBar;
class ErrorLabel;
class UserAdminService;

// Adds a user (objectName "addUserDialog": name, sign-in name, role, profession and licence for the
// clinical roles, the first password twice) or edits one ("editUserDialog": the same without the
// sign-in name and password). Saving runs through the service off the UI thread (adding seals the
// new user's key envelope with Argon2id); the dialog stays open, busy, until core answers, shows a
// refusal beside the buttons, and closes with saved() when it is done.
//
// Object names: userDisplayNameEdit, userNameEdit, userRoleCombo, userRoleHint, userProfessionCombo,
// userLicenceEdit, userPasswordEdit, userPasswordRepeatEdit, userDialogError, userDialogBusy,
// userDialogAcceptButton.
class UserDialog : public QDialog {
    Q_OBJECT
public:
    // `existing` null: a new user. `self`: the signed-in user's id (their own role cannot change);
    // `lastAdmin`: the user edited is the only active administrator (the role stays).
    UserDialog(UserAdminService& service, const User* existing, const QString& self, bool lastAdmin,
               QWidget* parent = nullptr);

signals:
    void saved(const clinicdesk::User& user);

private:
    void updateRoleFields();
    void submit();
    void setBusy(bool busy);
    void showError(const QString& message);
    [[nodiscard]] Role chosenRole() const;

    QPointer<UserAdminService> m_service;
    QString m_id; // empty when adding
    QLineEdit* m_displayName;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_roleHint;
    QComboBox* m_profession;
    QLineEdit* m_licence;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    ErrorLabel* m_error;
    BusyBar* m_busy;
    QPushButton* m_accept;
    QString m_roleLock; // why the role cannot change, if it cannot
};

} // namespace clinicdesk
