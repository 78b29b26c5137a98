// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Session.h"
#include "storage/Database.h"

namespace clinicdesk {

// Where core refuses a clinical read (or opening an encounter), the refusal itself is audited: the
// role must allow `permission`; when it does not, an audit entry (action "denied", the entity and id
// that were asked for, the permission as detail, never a patient value) is written in a transaction of
// its own, so it is kept although the refused work writes nothing; then the refusal is returned.
// Called inside a caller's transaction it joins that one (a savepoint), so call it before beginning one.
[[nodiscard]] Status requireOrAuditDenial(Database& db, const User& user, Permission permission, const QString& entity,
                                          const QString& id);

// Reading a note (or an encounter's notes): requireOrAuditDenial(ReadClinical), then, for a practitioner
// when the clinic's ClinicSettings::notesVisibility is OwnPatients, the note's patient must be one they
// have seen (an encounter of theirs) or booked (an appointment with them). A refusal is audited the same
// way (detail "read_clinical not_own_patient"). `entity` is "note" or "encounter", `id` its id; an id that
// does not exist passes (the read itself then answers "not found"). Admins always pass.
[[nodiscard]] Status requireNoteAccess(Database& db, const Session& session, const QString& entity, const QString& id);

} // namespace clinicdesk
