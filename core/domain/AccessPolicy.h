// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace clinicdesk {

enum class Permission {
    ReadDemographics, // patient names, contact, national id
    WriteDemographics,
    ReadSchedule, // appointments
    WriteSchedule,
    ReadClinical, // clinical notes, encounters, recordings, transcripts
    WriteClinical,
    ManageUsers,
    ReadAudit,
    Backup,
    MergePatients, // merging a duplicate record into another: admins only
    ConfigureAi,   // the AI providers and their API keys: admins only
};

// Roles are enforced here, in core, whatever the UI shows:
//   admin: everything; practitioner: all patient work, no user management or
//   backups; receptionist: demographics and the schedule, nothing clinical.
class AccessPolicy {
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    [[nodiscard]] static bool allows(Role role, Permission permission);
    [[nodiscard]] static Status require(const User& user, Permission permission);
    // A stable name for audit details ("read_clinical").
    [[nodiscard]] static QString key(Permission permission);
};

} // namespace clinicdesk
