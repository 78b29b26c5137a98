// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/User.h"
#include "session/VaultSession.h"
#include "util/Error.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// The Users page asks here: thin asynchronous calls over UserRepository and the session's user
// calls on the session's vault worker. Adding a user and setting a password seal a key envelope with
// Argon2id (a few tenths of a second), so they run there too and never on the UI thread; they are
// session-level calls (the envelope goes into keys.json of the open vault), made through the session
// itself, which only the vault worker uses while the services run. Core enforces who may do what.
//
// Every answer arrives on `context`'s thread and is dropped if the context is gone by then.
class UserAdminService : public QObject {
    Q_OBJECT
public:
    // A user's editable fields as the page sends them.
    struct Change {
        QString displayName;
        Role role = Role::Practitioner;
        std::optional<Profession> profession;
        std::optional<QString> licenceNumber;
    };

    UserAdminService(VaultWorker& worker, std::weak_ptr<VaultSession> session, QObject* parent = nullptr);

    void list(QObject* context, std::function<void(Result<std::vector<User>>)> done);
    // VaultSession::addUser: the user row and their password envelope.
    void add(QObject* context, const NewUser& user, std::shared_ptr<SecureBytes> password,
             std::function<void(Result<User>)> done);
    void setActive(QObject* context, const QString& id, bool active, std::function<void(Result<User>)> done);
    // The role (with profession and licence) and the display name, in one transaction.
    void save(QObject* context, const QString& id, const Change& change, std::function<void(Result<User>)> done);
    // VaultSession::changePassword for another user: an administrator sets a new password (see
    // docs/DESKTOP.md, "Users and roles", for why this, and not the recovery code, is the way from
    // inside the vault).
    void setPassword(QObject* context, const QString& userName, std::shared_ptr<SecureBytes> password,
                     std::function<void(Status)> done);

    // Emitted (on the UI thread) after a change was saved, so the pages that show users reload.
    Q_SIGNAL void usersChanged();

private:
    VaultWorker& m_worker;
    std::weak_ptr<VaultSession> m_session;
};

} // namespace clinicdesk
