#pragma once

#include "domain/AccessPolicy.h"
#include "storage/Database.h"

namespace clinicdesk {

// Where core refuses a clinical read (or opening an encounter), the refusal itself is audited: the
// role must allow `permission`; when it does not, an audit entry (action "denied", the entity and id
// that were asked for, the permission as detail, never a patient value) is written in a transaction of
// its own, so it is kept although the refused work writes nothing; then the refusal is returned.
// Called inside a caller's transaction it joins that one (a savepoint), so call it before beginning one.
[[nodiscard]] Status requireOrAuditDenial(Database& db, const User& user, Permission permission, const QString& entity,
                                          const QString& id);

} // namespace clinicdesk
