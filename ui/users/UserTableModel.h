// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"

#include <QAbstractTableModel>

#include <vector>

namespace clinicdesk {

// The rows of the Users page: every user of the vault, active or disabled.
class UserTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DisplayName, Name, RoleColumn, ProfessionColumn, Licence, Status, ColumnCount };
    // The user's id, for every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit UserTableModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void setUsers(std::vector<User> users);
    [[nodiscard]] const User* userAt(int row) const;
    // -1 when the id is not among the rows.
    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] int activeAdmins() const;
    [[nodiscard]] int activeUsers() const;

private:
    std::vector<User> m_users;
};

} // namespace clinicdesk
