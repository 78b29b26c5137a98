#include "repo/UserRepository.h"

#include "domain/AccessPolicy.h"
#include "repo/Journal.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace clinicdesk {

namespace {
constexpr std::string_view kColumns =
    "SELECT id, name, display_name, role, profession, licence_number, active, created_at, updated_at FROM users ";
}

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

} // namespace clinicdesk
