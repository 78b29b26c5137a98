// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace clinicdesk {

class InfoBar;
class UserAdminService;
class UserTableModel;

// Settings > Users and roles (objectName "usersPage", administrators): every user with name, role,
// profession, licence and whether they may sign in; add a user, edit their role, profession and
// licence, set a new password, disable or enable them. Disabling your own account or the last active
// administrator is not offered (and core refuses it); the hint under the table says why.
//
// Object names: usersBackButton, usersTable, addUserButton, editUserButton, setPasswordButton,
// toggleActiveButton, usersHintLabel, usersInfoBar, userCountLabel, confirmDisableBox,
// confirmDisableButton.
class UsersPage : public QWidget {
    Q_OBJECT
public:
    UsersPage(UserAdminService& service, const User& signedIn, QWidget* parent = nullptr);

    void reload();
    [[nodiscard]] UserTableModel* model() const { return m_model; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }

signals:
    void backRequested();
    // The list was read again (after reload()).
    void listed();

protected:
    void showEvent(QShowEvent* event) override;

private:
    [[nodiscard]] const User* selected() const;
    void updateButtons();
    void addUser();
    void editUser();
    void setPassword();
    void toggleActive();
    void applyActive(const User& user, bool active);
    void select(const QString& id);

    QPointer<UserAdminService> m_service;
    User m_self;
    UserTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_password;
    QPushButton* m_toggle;
    QLabel* m_hint;
    QLabel* m_count;
    InfoBar* m_infoBar;
    QString m_selectAfterReload;
};

} // namespace clinicdesk
