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

    [[nodiscard]] static Status validate(const User& user);

private:
    [[nodiscard]] Result<std::vector<User>> query(std::string_view where, const QString& arg);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
