// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/UserAdminService.h"

#include "async/VaultWorker.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"
#include "storage/Transaction.h"

#include <QPointer>

namespace clinicdesk {

namespace {

Error sessionGone() {
    return Error{ErrorCode::Locked, UserAdminService::tr("The vault is locked."), QStringLiteral("session gone")};
}

} // namespace

UserAdminService::UserAdminService(VaultWorker& worker, std::weak_ptr<VaultSession> session, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_session(std::move(session)) {}

void UserAdminService::list(QObject* context, std::function<void(Result<std::vector<User>>)> done) {
    m_worker.post(
        context,
        [](VaultScope& vault) { return logFailure(UserRepository(vault.db, vault.session).list(), "listing users"); },
        std::move(done));
}

void UserAdminService::add(QObject* context, const NewUser& user, std::shared_ptr<SecureBytes> password,
                           std::function<void(Result<User>)> done) {
    m_worker.post(
        context,
        [session = m_session, user, password](VaultScope&) -> Result<User> {
            const auto signedIn = session.lock();
            if (!signedIn) {
                return std::unexpected(sessionGone());
            }
            return logFailure(signedIn->addUser(user, *password), "adding a user");
        },
        [this, guard = QPointer<UserAdminService>(this), done = std::move(done)](Result<User> added) {
            const bool changed = added.has_value();
            done(std::move(added));
            if (changed && guard) {
                emit usersChanged();
            }
        });
}

void UserAdminService::setActive(QObject* context, const QString& id, bool active,
                                 std::function<void(Result<User>)> done) {
    m_worker.post(
        context,
        [id, active](VaultScope& vault) {
            return logFailure(UserRepository(vault.db, vault.session).setActive(id, active), "enabling a user");
        },
        [this, guard = QPointer<UserAdminService>(this), done = std::move(done)](Result<User> changed) {
            const bool ok = changed.has_value();
            done(std::move(changed));
            if (ok && guard) {
                emit usersChanged();
            }
        });
}

void UserAdminService::save(QObject* context, const QString& id, const Change& change,
                            std::function<void(Result<User>)> done) {
    m_worker.post(
        context,
        [id, change](VaultScope& vault) -> Result<User> {
            auto tx = Transaction::begin(vault.db);
            if (!tx) {
                return std::unexpected(tx.error());
            }
            UserRepository users(vault.db, vault.session);
            auto role = users.changeRole(id, change.role, change.profession, change.licenceNumber);
            if (!role) {
                return logFailure(std::move(role), "changing a role");
            }
            auto profile = users.updateProfile(id, change.displayName, change.profession, change.licenceNumber);
            if (!profile) {
                return logFailure(std::move(profile), "changing a user");
            }
            if (auto s = tx->commit(); !s) {
                return std::unexpected(s.error());
            }
            return profile;
        },
        [this, guard = QPointer<UserAdminService>(this), done = std::move(done)](Result<User> saved) {
            const bool ok = saved.has_value();
            done(std::move(saved));
            if (ok && guard) {
                emit usersChanged();
            }
        });
}

void UserAdminService::setPassword(QObject* context, const QString& userName, std::shared_ptr<SecureBytes> password,
                                   std::function<void(Status)> done) {
    m_worker.post(
        context,
        [session = m_session, userName, password](VaultScope&) -> Status {
            const auto signedIn = session.lock();
            if (!signedIn) {
                return std::unexpected(sessionGone());
            }
            return logFailure(signedIn->changePassword(userName, *password), "setting a password");
        },
        std::move(done));
}

} // namespace clinicdesk
