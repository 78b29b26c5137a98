// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/UserRepository.h"

#include "domain/AccessPolicy.h"
#include "repo/Journal.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace clinicdesk {

namespace {
constexpr std::string_view kColumns =
    "SELECT id, name, display_name, role, profession, licence_number, active, created_at, updated_at FROM users ";

std::optional<QString> trimmedLicence(const std::optional<QString>& licence) {
    if (!licence || licence->trimmed().isEmpty()) {
        return std::nullopt;
    }
    return licence->trimmed();
}

// What changed besides the role, for the audit detail (names of fields, never their values).
QStringList changedFields(const User& before, const User& after) {
    QStringList fields;
    if (before.displayName != after.displayName) {
        fields << QStringLiteral("display_name");
    }
    if (before.profession != after.profession) {
        fields << QStringLiteral("profession=%1")
                      .arg(after.profession ? RoleNames::key(*after.profession) : QStringLiteral("none"));
    }
    if (before.licenceNumber != after.licenceNumber) {
        fields << QStringLiteral("licence");
    }
    return fields;
}
} // namespace

Status UserRepository::validate(const User& user) {
    static const QRegularExpression namePattern(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    if (!namePattern.match(user.name).hasMatch()) {
        return fail(ErrorCode::InvalidInput,
                    tr("A user name must be 1 to 64 letters, digits, dots, dashes, underscores or @, without spaces."),
                    QStringLiteral("bad user name"));
    }
    if (user.displayName.trimmed().isEmpty() || user.displayName.size() > 200) {
        return fail(ErrorCode::InvalidInput, tr("A user needs a display name of at most 200 characters."),
                    QStringLiteral("bad display name"));
    }
    if (user.licenceNumber && user.licenceNumber->size() > 64) {
        return fail(ErrorCode::InvalidInput, tr("A licence number can have at most 64 characters."),
                    QStringLiteral("licence too long"));
    }
    if (user.role == Role::Receptionist && (user.profession || user.licenceNumber)) {
        return fail(ErrorCode::InvalidInput, tr("A receptionist has no clinical profession or licence number."),
                    QStringLiteral("receptionist with profession"));
    }
    return {};
}

Result<User> UserRepository::insert(User draft) {
    // The very first user (the vault's creator) is inserted before anyone is signed in.
    if (!m_session.user.id.isEmpty() || m_session.user.role != Role::Admin) {
        if (auto s = AccessPolicy::require(m_session.user, Permission::ManageUsers); !s) {
            return std::unexpected(s.error());
        }
    }
    draft.name = draft.name.trimmed();
    if (draft.displayName.trimmed().isEmpty()) {
        draft.displayName = draft.name;
    }
    if (auto s = validate(draft); !s) {
        return std::unexpected(s.error());
    }
    const auto existing = findByName(draft.name);
    if (existing) {
        return fail(ErrorCode::AlreadyExists, tr("There is already a user called %1.").arg(draft.name),
                    QStringLiteral("duplicate user name"));
    }
    if (existing.error().code != ErrorCode::NotFound) {
        return std::unexpected(existing.error());
    }
    if (draft.id.isEmpty()) {
        draft.id = Clock::newId();
    }
    draft.createdAt = draft.updatedAt = Clock::nowMs();
    const QString actor = m_session.user.id.isEmpty() ? draft.id : m_session.user.id;
    auto stmt = m_db.prepare("INSERT INTO users (id, name, display_name, role, profession, licence_number, active, "
                             "created_at, updated_at, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(draft.id, draft.name, draft.displayName, RoleNames::key(draft.role),
                  draft.profession ? std::optional<QString>(RoleNames::key(*draft.profession)) : std::nullopt,
                  draft.licenceNumber, draft.active ? 1 : 0, draft.createdAt, draft.updatedAt, actor, actor);
    if (auto s = stmt->run(); !s) {
        return std::unexpected(s.error());
    }
    Session actorSession = m_session;
    actorSession.user.id = actor;
    Journal journal(m_db, actorSession);
    if (auto s = journal.recordWrite(QStringLiteral("users"), QStringLiteral("user"), draft.id, ChangeFeed::Op::Insert,
                                     QStringLiteral("role=%1").arg(RoleNames::key(draft.role)));
        !s) {
        return std::unexpected(s.error());
    }
    return draft;
}

Result<std::vector<User>> UserRepository::query(std::string_view where, const QString& arg) {
    auto stmt = m_db.prepare(std::string(kColumns) + std::string(where));
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    if (!arg.isNull()) {
        stmt->bind(1, arg);
    }
    return stmt->collect([&] {
        User user;
        user.id = stmt->text(0);
        user.name = stmt->text(1);
        user.displayName = stmt->text(2);
        user.role = RoleNames::roleFromKey(stmt->text(3)).value_or(Role::Receptionist);
        if (auto profession = stmt->optionalText(4)) {
            user.profession = RoleNames::professionFromKey(*profession);
        }
        user.licenceNumber = stmt->optionalText(5);
        user.active = stmt->int64(6) != 0;
        user.createdAt = stmt->int64(7);
        user.updatedAt = stmt->int64(8);
        return user;
    });
}

Result<User> UserRepository::get(const QString& id) {
    auto users = query("WHERE id = ? AND deleted_at IS NULL", id);
    if (!users) {
        return std::unexpected(users.error());
    }
    if (users->empty()) {
        return fail(ErrorCode::NotFound, tr("The user does not exist."), QStringLiteral("user id not found"));
    }
    return users->front();
}

Result<User> UserRepository::findByName(const QString& name) {
    auto users = query("WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL", name.trimmed());
    if (!users) {
        return std::unexpected(users.error());
    }
    if (users->empty()) {
        return fail(ErrorCode::NotFound, tr("There is no user called %1.").arg(name.trimmed()),
                    QStringLiteral("user name not found"));
    }
    return users->front();
}

Result<std::vector<User>> UserRepository::list() {
    return query("WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE", QString());
}

Result<int> UserRepository::countAdmins() {
    auto count = m_db.scalar("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND deleted_at IS NULL");
    if (!count) {
        return std::unexpected(count.error());
    }
    return static_cast<int>(*count);
}

Result<User> UserRepository::target(const QString& id) {
    if (auto s = AccessPolicy::require(m_session.user, Permission::ManageUsers); !s) {
        return std::unexpected(s.error());
    }
    // The session's copy of its user is from sign-in: an administrator disabled or demoted since (from
    // another computer, or the CLI) manages nobody.
    auto actor = get(m_session.user.id);
    if (!actor) {
        return std::unexpected(actor.error());
    }
    if (auto s = AccessPolicy::require(*actor, Permission::ManageUsers); !s) {
        return std::unexpected(s.error());
    }
    return get(id);
}

Status UserRepository::write(const User& before, const User& after, const QString& action, const QString& detail) {
    auto stmt = m_db.prepare("UPDATE users SET display_name = ?, role = ?, profession = ?, licence_number = ?, "
                             "active = ?, updated_at = ?, updated_by = ? WHERE id = ? AND deleted_at IS NULL");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(after.displayName, RoleNames::key(after.role),
                  after.profession ? std::optional<QString>(RoleNames::key(*after.profession)) : std::nullopt,
                  after.licenceNumber, after.active ? 1 : 0, after.updatedAt, m_session.user.id, before.id);
    if (auto s = stmt->run(); !s) {
        return s;
    }
    return Journal(m_db, m_session)
        .recordWrite(action, QStringLiteral("users"), QStringLiteral("user"), before.id, ChangeFeed::Op::Update,
                     detail);
}

Result<User> UserRepository::setActive(const QString& id, bool active) {
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto before = target(id);
    if (!before) {
        return before;
    }
    if (before->active == active) {
        return before;
    }
    if (!active && before->role == Role::Admin) {
        auto admins = countAdmins();
        if (!admins) {
            return std::unexpected(admins.error());
        }
        if (*admins <= 1) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1 is the last active administrator and cannot be disabled. Make another user an "
                           "administrator first.")
                            .arg(before->displayName),
                        QStringLiteral("disable last admin refused"));
        }
    }
    if (!active && before->id == m_session.user.id) {
        return fail(ErrorCode::InvalidInput,
                    tr("You cannot disable your own account. Another administrator can do it."),
                    QStringLiteral("disable self refused"));
    }
    User after = *before;
    after.active = active;
    after.updatedAt = Clock::nowMs();
    if (auto s = write(*before, after, active ? QStringLiteral("enable") : QStringLiteral("disable"), {}); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return after;
}

Result<User> UserRepository::changeRole(const QString& id, Role role, std::optional<Profession> profession,
                                        const std::optional<QString>& licenceNumber) {
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto before = target(id);
    if (!before) {
        return before;
    }
    User after = *before;
    after.role = role;
    after.profession = profession;
    after.licenceNumber = trimmedLicence(licenceNumber);
    if (auto s = validate(after); !s) {
        return std::unexpected(s.error());
    }
    if (before->role != role) {
        if (before->role == Role::Admin && before->active) {
            auto admins = countAdmins();
            if (!admins) {
                return std::unexpected(admins.error());
            }
            if (*admins <= 1) {
                return fail(ErrorCode::InvalidInput,
                            tr("%1 is the last active administrator and must stay one. Make another user an "
                               "administrator first.")
                                .arg(before->displayName),
                            QStringLiteral("demote last admin refused"));
            }
        }
        if (before->id == m_session.user.id) {
            return fail(ErrorCode::InvalidInput,
                        tr("You cannot change your own role. Another administrator can do it."),
                        QStringLiteral("own role change refused"));
        }
    }
    const QStringList fields = changedFields(*before, after);
    if (before->role == role && fields.isEmpty()) {
        return before;
    }
    after.updatedAt = Clock::nowMs();
    QStringList detail;
    if (before->role != role) {
        detail << QStringLiteral("role=%1->%2").arg(RoleNames::key(before->role), RoleNames::key(role));
    }
    detail << fields;
    if (auto s = write(*before, after, before->role != role ? QStringLiteral("role") : QStringLiteral("update"),
                       detail.join(QLatin1Char(' ')));
        !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return after;
}

Result<User> UserRepository::updateProfile(const QString& id, const QString& displayName,
                                           std::optional<Profession> profession,
                                           const std::optional<QString>& licenceNumber) {
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    auto before = target(id);
    if (!before) {
        return before;
    }
    User after = *before;
    after.displayName = displayName.trimmed();
    after.profession = profession;
    after.licenceNumber = trimmedLicence(licenceNumber);
    if (auto s = validate(after); !s) {
        return std::unexpected(s.error());
    }
    const QStringList fields = changedFields(*before, after);
    if (fields.isEmpty()) {
        return before;
    }
    after.updatedAt = Clock::nowMs();
    if (auto s = write(*before, after, QStringLiteral("update"), fields.join(QLatin1Char(' '))); !s) {
        return std::unexpected(s.error());
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return after;
}

} // namespace clinicdesk
