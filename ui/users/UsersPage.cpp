// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "users/UsersPage.h"

#include "services/UserAdminService.h"
#include "users/SetPasswordDialog.h"
#include "users/UserDialog.h"
#include "users/UserTableModel.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"
#include "widgets/RecordTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace clinicdesk {

UsersPage::UsersPage(UserAdminService& service, const User& signedIn, QWidget* parent)
    : QWidget(parent)
    , m_service(&service)
    , m_self(signedIn)
    , m_model(new UserTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add user…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_password(new QPushButton(tr("Set a new &password…"), this))
    , m_toggle(new QPushButton(tr("&Disable"), this))
    , m_hint(new QLabel(this))
    , m_count(new QLabel(this))
    , m_infoBar(new InfoBar(this)) {
    setObjectName(QStringLiteral("usersPage"));
    m_infoBar->setObjectName(QStringLiteral("usersInfoBar"));

    auto* back = new QPushButton(tr("← Back"), this);
    back->setObjectName(QStringLiteral("usersBackButton"));
    back->setToolTip(tr("Back to Settings"));
    connect(back, &QPushButton::clicked, this, &UsersPage::backRequested);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_add->setToolTip(tr("A new user with their own password and role"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_edit->setToolTip(tr("Name, role, profession and licence number of the selected user"));
    m_password->setObjectName(QStringLiteral("setPasswordButton"));
    m_password->setToolTip(tr("For a user who forgot their password"));
    m_toggle->setObjectName(QStringLiteral("toggleActiveButton"));

    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addStretch(1);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(new PageTitle(tr("Users and roles"), this), 1);
    titleRow->addWidget(m_add);
    auto* intro = new QLabel(tr("Who may sign in to this vault, and what each of them may see and do. A disabled "
                                "user can no longer sign in; what they wrote stays theirs."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_model);
    RecordTable::style(m_table, 14);
    m_table->setColumnWidth(UserTableModel::DisplayName, 220);
    m_table->setColumnWidth(UserTableModel::Name, 150);
    m_table->setColumnWidth(UserTableModel::RoleColumn, 150);
    m_table->setColumnWidth(UserTableModel::ProfessionColumn, 120);
    m_table->setColumnWidth(UserTableModel::Licence, 150);

    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    actions->addWidget(m_edit);
    actions->addWidget(m_password);
    actions->addWidget(m_toggle);
    actions->addStretch(1);
    actions->addWidget(m_count);
    m_count->setObjectName(QStringLiteral("userCountLabel"));
    m_count->setEnabled(false);
    m_hint->setObjectName(QStringLiteral("usersHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false);
    m_hint->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 16, 32, 24);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addLayout(titleRow);
    layout->addWidget(intro);
    layout->addSpacing(4);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_hint);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_password, &QPushButton::clicked, this, &UsersPage::setPassword);
    connect(m_toggle, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    setFocusProxy(m_table);
    updateButtons();
}

void UsersPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    reload();
}

void UsersPage::reload() {
    if (!m_service) {
        return;
    }
    if (const User* user = selected(); user != nullptr && m_selectAfterReload.isEmpty()) {
        m_selectAfterReload = user->id;
    }
    m_service->list(this, [this](Result<std::vector<User>> users) {
        if (!users) {
            m_infoBar->showMessage(users.error().message, InfoBar::Kind::Error);
            return;
        }
        m_model->setUsers(std::move(*users));
        m_count->setText(tr("%n user(s), %1 active", nullptr, m_model->rowCount()).arg(m_model->activeUsers()));
        select(m_selectAfterReload.isEmpty() ? m_self.id : m_selectAfterReload);
        m_selectAfterReload.clear();
        emit listed();
    });
}

void UsersPage::select(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_table->selectRow(row);
    }
    updateButtons();
}

const User* UsersPage::selected() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->userAt(rows.first().row());
}

void UsersPage::updateButtons() {
    const User* user = selected();
    m_edit->setEnabled(user != nullptr);
    m_password->setEnabled(user != nullptr && user->id != m_self.id);
    m_password->setToolTip(user != nullptr && user->id == m_self.id
                               ? tr("Change your own password from the sign-in screen or clinicdesk-cli user passwd")
                               : tr("For a user who forgot their password"));
    QString hint;
    bool mayToggle = user != nullptr;
    if (user != nullptr) {
        m_toggle->setText(user->active ? tr("&Disable") : tr("En&able"));
        m_toggle->setToolTip(user->active ? tr("%1 will no longer be able to sign in").arg(user->displayName)
                                          : tr("%1 may sign in again").arg(user->displayName));
        const bool lastAdmin = user->active && user->role == Role::Admin && m_model->activeAdmins() <= 1;
        if (lastAdmin) {
            hint = tr("%1 is the only active administrator: the account cannot be disabled or lose the administrator "
                      "role. Make another user an administrator first.")
                       .arg(user->displayName);
            mayToggle = false;
        } else if (user->id == m_self.id) {
            hint = tr("This is your own account: another administrator can disable it or change its role.");
            mayToggle = false;
        }
    }
    m_toggle->setEnabled(mayToggle);
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void UsersPage::addUser() {
    if (!m_service) {
        return;
    }
    auto* dialog = new UserDialog(*m_service, nullptr, m_self.id, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this](const User& user) {
        m_infoBar->showMessage(tr("%1 was added as %2 and can sign in as “%3”.")
                                   .arg(user.displayName, RoleNames::displayName(user.role).toLower(), user.name));
        m_selectAfterReload = user.id;
        reload();
    });
    dialog->open();
}

void UsersPage::editUser() {
    const User* user = selected();
    if (user == nullptr || !m_service) {
        return;
    }
    const bool lastAdmin = user->active && user->role == Role::Admin && m_model->activeAdmins() <= 1;
    auto* dialog = new UserDialog(*m_service, user, m_self.id, lastAdmin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::saved, this, [this](const User& saved) {
        m_infoBar->showMessage(tr("%1 was saved.").arg(saved.displayName));
        m_selectAfterReload = saved.id;
        reload();
    });
    dialog->open();
}

void UsersPage::setPassword() {
    const User* user = selected();
    if (user == nullptr || !m_service || user->id == m_self.id) {
        return;
    }
    auto* dialog = new SetPasswordDialog(*m_service, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = user->displayName;
    connect(dialog, &SetPasswordDialog::passwordSet, this,
            [this, name] { m_infoBar->showMessage(tr("%1 has a new password.").arg(name)); });
    dialog->open();
}

void UsersPage::toggleActive() {
    const User* user = selected();
    if (user == nullptr || !m_service) {
        return;
    }
    if (!user->active) {
        applyActive(*user, true);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Disable %1?").arg(user->displayName),
                                tr("%1 will no longer be able to sign in. Everything %1 wrote stays in the vault "
                                   "under their name. You can enable the account again at any time.")
                                    .arg(user->displayName),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDisableBox"));
    box->setTextFormat(Qt::PlainText);
    QPushButton* confirm = box->addButton(tr("Disable"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmDisableButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const User target = *user;
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, target](QAbstractButton* button) {
        if (button == confirm) {
            applyActive(target, false);
        }
    });
    box->open();
}

void UsersPage::applyActive(const User& user, bool active) {
    m_toggle->setEnabled(false);
    m_service->setActive(this, user.id, active, [this, active](Result<User> changed) {
        if (!changed) {
            m_infoBar->showMessage(changed.error().message, InfoBar::Kind::Error);
            updateButtons();
            return;
        }
        m_infoBar->showMessage(active ? tr("%1 can sign in again.").arg(changed->displayName)
                                      : tr("%1 is disabled and can no longer sign in.").arg(changed->displayName));
        m_selectAfterReload = changed->id;
        reload();
    });
}

} // namespace clinicdesk
