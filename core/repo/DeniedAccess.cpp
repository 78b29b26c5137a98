#include "repo/DeniedAccess.h"

#include "audit/AuditLog.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

namespace clinicdesk {

Status requireOrAuditDenial(Database& db, const User& user, Permission permission, const QString& entity,
                            const QString& id) {
    auto allowed = AccessPolicy::require(user, permission);
    if (allowed) {
        return allowed;
    }
    // The refusal stands whether or not its audit entry could be written; a failure is logged (codes
    // and ids only).
    auto tx = Transaction::begin(db);
    if (!tx) {
        qCWarning(lcRepo) << "could not audit a denied access:" << tx.error().detail;
        return allowed;
    }
    if (auto s = AuditLog(db).append(user.id, QStringLiteral("denied"), entity, id, AccessPolicy::key(permission));
        !s) {
        qCWarning(lcRepo) << "could not audit a denied access:" << s.error().detail;
        return allowed;
    }
    if (auto s = tx->commit(); !s) {
        qCWarning(lcRepo) << "could not audit a denied access:" << s.error().detail;
    }
    return allowed;
}

} // namespace clinicdesk
