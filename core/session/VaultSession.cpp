// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "session/VaultSession.h"

#include "domain/AccessPolicy.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDir>

namespace clinicdesk {

VaultSession::VaultSession(std::unique_ptr<Vault> vault, Session session)
    : m_vault(std::move(vault))
    , m_session(std::move(session)) {}

VaultSession::~VaultSession() {
    logout();
}

Status VaultSession::audit(const QString& action, const QString& entity, const QString& id, const QString& detail) {
    auto tx = Transaction::begin(m_vault->db());
    if (!tx) {
        return std::unexpected(tx.error());
    }
    Journal journal(m_vault->db(), m_session);
    if (auto s = journal.audit(action, entity, id, detail); !s) {
        return s;
    }
    return tx->commit();
}

Result<VaultSession::Created> VaultSession::createVault(const QString& dir, const NewUser& admin,
                                                        const SecureBytes& password, const KdfParams& kdf) {
    User user;
    user.id = Clock::newId();
    user.name = admin.name.trimmed();
    user.displayName = admin.displayName.trimmed().isEmpty() ? user.name : admin.displayName.trimmed();
    user.role = Role::Admin;
    user.profession = admin.profession;
    user.licenceNumber = admin.licenceNumber;
    if (auto s = UserRepository::validate(user); !s) {
        return std::unexpected(s.error());
    }
    if (password.size() < 8) {
        return fail(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."),
                    QStringLiteral("short password"));
    }
    auto created = Vault::create(dir, user.id, user.name, password, kdf);
    if (!created) {
        return std::unexpected(created.error());
    }
    // The creator is inserted by a bootstrap session: admin role, no id yet.
    Session bootstrap;
    bootstrap.user.role = Role::Admin;
    bootstrap.deviceId = created->vault->deviceId();
    Database& db = created->vault->db();
    {
        auto tx = Transaction::begin(db);
        if (!tx) {
            return std::unexpected(tx.error());
        }
        auto inserted = UserRepository(db, bootstrap).insert(user);
        if (!inserted) {
            return std::unexpected(inserted.error());
        }
        Session creator{*inserted, created->vault->deviceId()};
        Journal journal(db, creator);
        if (auto s = journal.audit(QStringLiteral("create"), QStringLiteral("vault"), created->vault->vaultId()); !s) {
            return std::unexpected(s.error());
        }
        if (auto s = tx->commit(); !s) {
            return std::unexpected(s.error());
        }
    }
    auto session = start(std::move(created->vault), user.id, QStringLiteral("create"));
    if (!session) {
        return std::unexpected(session.error());
    }
    return Created{std::move(*session), created->recoveryCode};
}

Result<std::unique_ptr<VaultSession>> VaultSession::start(std::unique_ptr<Vault> vault, const QString& userId,
                                                          const QString& how) {
    Session nobody;
    nobody.deviceId = vault->deviceId();
    auto user = UserRepository(vault->db(), nobody).get(userId);
    if (!user) {
        vault->lock();
        return fail(ErrorCode::WrongPassword, tr("The user name or password is not correct."),
                    QStringLiteral("envelope user missing from users table"));
    }
    if (!user->active) {
        // The envelope opened, so the attempt is the user's own: audited before the key is wiped.
        Session refused{*user, nobody.deviceId};
        if (auto tx = Transaction::begin(vault->db()); tx) {
            if (auto s = Journal(vault->db(), refused)
                             .audit(QStringLiteral("login_refused"), QStringLiteral("user"), user->id,
                                    QStringLiteral("disabled"));
                !s || !tx->commit()) {
                qCWarning(lcVault) << "could not audit a refused sign-in";
            }
        }
        vault->lock();
        qCInfo(lcVault) << "sign-in refused: account disabled";
        return fail(ErrorCode::Locked, tr("This user account is disabled. Ask an administrator to enable it."),
                    QStringLiteral("inactive user"));
    }
    std::unique_ptr<VaultSession> session(new VaultSession(std::move(vault), Session{*user, nobody.deviceId}));
    if (auto s = session->audit(QStringLiteral("login"), QStringLiteral("user"), user->id, how); !s) {
        return std::unexpected(s.error());
    }
    qCInfo(lcVault) << "signed in"
                    << "role" << RoleNames::key(user->role);
    return session;
}

Result<std::unique_ptr<VaultSession>> VaultSession::login(const QString& dir, const QString& userName,
                                                          const SecureBytes& password) {
    auto unlocked = Vault::unlockWithPassword(dir, userName, password);
    if (!unlocked) {
        return std::unexpected(unlocked.error());
    }
    auto session = start(std::move(unlocked->vault), unlocked->userId, QStringLiteral("password"));
    if (!session) {
        return session;
    }
    // An envelope's admin marker is sealed with the password, so a role changed since the envelope was
    // made can only be brought up to date now, while the password is at hand. The marker picks "the only
    // administrator" when no name is given.
    const User& user = (*session)->user();
    const bool isAdmin = user.role == Role::Admin;
    const KeyEnvelope* envelope = (*session)->vault().keys().findForUserId(KeyEnvelope::Kind::Password, user.id);
    if (envelope != nullptr && envelope->adminHint != isAdmin) {
        if (auto s = (*session)->vault().setPasswordEnvelope(user.id, user.name, isAdmin, password); !s) {
            qCWarning(lcVault) << "could not renew the admin marker of an envelope:" << s.error().detail;
        }
    }
    if (userName.trimmed().isEmpty() && !isAdmin) {
        (*session)->logout();
        return fail(ErrorCode::Usage, tr("This vault's administrators have changed: say which user you are."),
                    QStringLiteral("admin marker stale"));
    }
    return session;
}

Result<std::unique_ptr<VaultSession>> VaultSession::loginWithKeychainKey(const QString& dir, const QString& userName,
                                                                         const SecureBytes& wrappingKey) {
    auto unlocked = Vault::unlockWithKeychainKey(dir, userName, wrappingKey);
    if (!unlocked) {
        return std::unexpected(unlocked.error());
    }
    return start(std::move(unlocked->vault), unlocked->userId, QStringLiteral("keychain"));
}

Result<std::unique_ptr<VaultSession>> VaultSession::recover(const QString& dir, const QString& recoveryCode,
                                                            const QString& userName, const SecureBytes& newPassword) {
    if (newPassword.size() < 8) {
        return fail(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."),
                    QStringLiteral("short password"));
    }
    auto vault = Vault::unlockWithRecoveryCode(dir, recoveryCode);
    if (!vault) {
        return std::unexpected(vault.error());
    }
    Session nobody;
    nobody.deviceId = (*vault)->deviceId();
    auto user = UserRepository((*vault)->db(), nobody).findByName(userName);
    if (!user) {
        return std::unexpected(user.error());
    }
    if (auto s = (*vault)->setPasswordEnvelope(user->id, user->name, user->role == Role::Admin, newPassword); !s) {
        return std::unexpected(s.error());
    }
    auto session = start(std::move(*vault), user->id, QStringLiteral("recovery"));
    if (!session) {
        return std::unexpected(session.error());
    }
    if (auto s = (*session)->audit(QStringLiteral("password_reset"), QStringLiteral("user"), user->id,
                                   QStringLiteral("recovery code"));
        !s) {
        return std::unexpected(s.error());
    }
    return session;
}

Result<User> VaultSession::addUser(const NewUser& newUser, const SecureBytes& password) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ManageUsers); !s) {
        return std::unexpected(s.error());
    }
    if (password.size() < 8) {
        return fail(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."),
                    QStringLiteral("short password"));
    }
    User draft;
    draft.name = newUser.name.trimmed();
    draft.displayName = newUser.displayName;
    draft.role = newUser.role;
    draft.profession = newUser.profession;
    draft.licenceNumber = newUser.licenceNumber;
    auto tx = Transaction::begin(m_vault->db());
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto user = users().insert(draft);
    if (!user) {
        return std::unexpected(user.error());
    }
    // keys.json is written before the commit: if the commit then fails, the
    // orphan envelope opens nothing (its user row does not exist).
    if (auto s = m_vault->setPasswordEnvelope(user->id, user->name, user->role == Role::Admin, password); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        (void)m_vault->removeUserEnvelopes(user->id);
        return std::unexpected(s.error());
    }
    return user;
}

Status VaultSession::changePassword(const QString& userName, const SecureBytes& newPassword) {
    auto target = users().findByName(userName);
    if (!target) {
        return std::unexpected(target.error());
    }
    if (target->id != m_session.user.id) {
        if (auto s = AccessPolicy::require(m_session.user, Permission::ManageUsers); !s) {
            return s;
        }
    }
    if (newPassword.size() < 8) {
        return fail(ErrorCode::InvalidInput, tr("The password must have at least 8 characters."),
                    QStringLiteral("short password"));
    }
    if (auto s = m_vault->setPasswordEnvelope(target->id, target->name, target->role == Role::Admin, newPassword); !s) {
        return s;
    }
    if (target->id == m_session.user.id) {
        return audit(QStringLiteral("password_change"), QStringLiteral("user"), target->id);
    }
    // Set by an administrator: a computer that remembered the user no longer signs them in without the
    // new password.
    if (auto s = m_vault->removeKeychainEnvelope(target->id); !s) {
        qCWarning(lcVault) << "could not remove a remembered sign-in:" << s.error().detail;
    }
    return audit(QStringLiteral("password_change"), QStringLiteral("user"), target->id,
                 QStringLiteral("set by an administrator"));
}

Result<SecureBytes> VaultSession::rememberOnThisComputer() {
    auto key =
        m_vault->createKeychainEnvelope(m_session.user.id, m_session.user.name, m_session.user.role == Role::Admin);
    if (!key) {
        return key;
    }
    if (auto s = audit(QStringLiteral("remember_device"), QStringLiteral("user"), m_session.user.id); !s) {
        return std::unexpected(s.error());
    }
    return key;
}

Status VaultSession::forgetOnThisComputer() {
    if (auto s = m_vault->removeKeychainEnvelope(m_session.user.id); !s) {
        return s;
    }
    return audit(QStringLiteral("forget_device"), QStringLiteral("user"), m_session.user.id);
}

Result<AuditVerifyReport> VaultSession::verifyAudit() {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadAudit); !s) {
        return std::unexpected(s.error());
    }
    return m_vault->verifyAudit();
}

Result<std::vector<AuditEntry>> VaultSession::auditEntries(std::int64_t limit) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ReadAudit); !s) {
        return std::unexpected(s.error());
    }
    return AuditLog(m_vault->db()).list(limit);
}

void VaultSession::logout() {
    if (!m_vault || m_vault->isLocked()) {
        return;
    }
    if (auto s = audit(QStringLiteral("logout"), QStringLiteral("user"), m_session.user.id); !s) {
        qCWarning(lcVault) << "could not audit the logout:" << s.error().detail;
    }
    m_vault->lock();
}

} // namespace clinicdesk
