// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "users/UserTableModel.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace clinicdesk {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const {
    const User* user = index.isValid() ? userAt(index.row()) : nullptr;
    if (user == nullptr) {
        return {};
    }
    if (role == IdRole) {
        return user->id;
    }
    if (role == Qt::ForegroundRole && !user->active) {
        // Greyed as well as saying "Disabled" in its own column.
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::FontRole && index.column() == DisplayName) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    const QString none = role == Qt::AccessibleTextRole ? tr("none") : QStringLiteral("—");
    switch (index.column()) {
    case DisplayName:
        return user->displayName;
    case Name:
        return user->name;
    case RoleColumn:
        return RoleNames::displayName(user->role);
    case ProfessionColumn:
        return user->profession ? RoleNames::displayName(*user->profession) : none;
    case Licence:
        return user->licenceNumber.value_or(none);
    case Status:
        return user->active ? tr("Active") : tr("Disabled");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DisplayName:
        return tr("Name");
    case Name:
        return tr("Sign-in name");
    case RoleColumn:
        return tr("Role");
    case ProfessionColumn:
        return tr("Profession");
    case Licence:
        return tr("Licence number");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

void UserTableModel::setUsers(std::vector<User> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

const User* UserTableModel::userAt(int row) const {
    return row >= 0 && row < int(m_users.size()) ? &m_users[std::size_t(row)] : nullptr;
}

int UserTableModel::rowOf(const QString& id) const {
    for (int row = 0; row < int(m_users.size()); ++row) {
        if (m_users[std::size_t(row)].id == id) {
            return row;
        }
    }
    return -1;
}

int UserTableModel::activeAdmins() const {
    return int(
        std::count_if(m_users.begin(), m_users.end(), [](const User& u) { return u.active && u.role == Role::Admin; }));
}

int UserTableModel::activeUsers() const {
    return int(std::count_if(m_users.begin(), m_users.end(), [](const User& u) { return u.active; }));
}

} // namespace clinicdesk
