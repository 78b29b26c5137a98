// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "domain/User.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// The only code that writes SQL for `users`. Managing users needs the admin
// role; reading the list is open to every signed-in user.
class UserRepository {
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    UserRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // Validates and inserts; call inside a transaction (UserAccounts does).
    [[nodiscard]] Result<User> insert(User draft);
    [[nodiscard]] Result<User> get(const QString& id);
    [[nodiscard]] Result<User> findByName(const QString& name);
    [[nodiscard]] Result<std::vector<User>> list();
    [[nodiscard]] Result<int> countAdmins();

    // Administrators only; each change is audited and in the change feed, in one transaction, and a
    // refusal writes nothing.
    //
    // Disables or enables an account. A disabled user can no longer sign in (VaultSession refuses and
    // audits the attempt); what they wrote stays attributed to them. Refused for one's own account and
    // for the last active administrator.
    [[nodiscard]] Result<User> setActive(const QString& id, bool active);
    // A new role with its profession and licence number (a receptionist has neither). Refused for
    // one's own role, and when it would leave no active administrator.
    [[nodiscard]] Result<User> changeRole(const QString& id, Role role, std::optional<Profession> profession,
                                          const std::optional<QString>& licenceNumber);
    // The display name, profession and licence number; the role stays.
    [[nodiscard]] Result<User> updateProfile(const QString& id, const QString& displayName,
                                             std::optional<Profession> profession,
                                             const std::optional<QString>& licenceNumber);

    [[nodiscard]] static Status validate(const User& user);

private:
    // The user `id` for a change by an administrator, with the change's refusals checked first.
    [[nodiscard]] Result<User> target(const QString& id);
    [[nodiscard]] Status write(const User& before, const User& after, const QString& action, const QString& detail);
    [[nodiscard]] Result<std::vector<User>> query(std::string_view where, const QString& arg);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
