// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "domain/AccessPolicy.h"

namespace clinicdesk {

bool AccessPolicy::allows(Role role, Permission permission) {
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Practitioner:
        return permission != Permission::ManageUsers && permission != Permission::Backup &&
               permission != Permission::ReadAudit && permission != Permission::MergePatients &&
               permission != Permission::ConfigureAi;
    case Role::Receptionist:
        return permission == Permission::ReadDemographics || permission == Permission::WriteDemographics ||
               permission == Permission::ReadSchedule || permission == Permission::WriteSchedule;
    }
    return false;
}

Status AccessPolicy::require(const User& user, Permission permission) {
    if (!user.active) {
        return fail(ErrorCode::PermissionDenied, tr("This user account is disabled."), QStringLiteral("inactive user"));
    }
    if (allows(user.role, permission)) {
        return {};
    }
    QString what;
    switch (permission) {
    case Permission::ReadClinical:
    case Permission::WriteClinical:
        what = tr("A %1 may not see or change clinical data.").arg(RoleNames::displayName(user.role).toLower());
        break;
    case Permission::ManageUsers:
        what = tr("Only an administrator may manage users.");
        break;
    case Permission::Backup:
        what = tr("Only an administrator may create or restore backups.");
        break;
    case Permission::ReadAudit:
        what = tr("Only an administrator may read the audit log.");
        break;
    case Permission::MergePatients:
        what = tr("Only an administrator may merge patient records.");
        break;
    case Permission::ConfigureAi:
        what = tr("Only an administrator may change the AI providers or their API keys.");
        break;
    default:
        what = tr("Your role does not allow this.");
        break;
    }
    return fail(ErrorCode::PermissionDenied, what,
                QStringLiteral("role %1 lacks permission %2").arg(RoleNames::key(user.role)).arg(int(permission)));
}

QString AccessPolicy::key(Permission permission) {
    switch (permission) {
    case Permission::ReadDemographics:
        return QStringLiteral("read_demographics");
    case Permission::WriteDemographics:
        return QStringLiteral("write_demographics");
    case Permission::ReadSchedule:
        return QStringLiteral("read_schedule");
    case Permission::WriteSchedule:
        return QStringLiteral("write_schedule");
    case Permission::ReadClinical:
        return QStringLiteral("read_clinical");
    case Permission::WriteClinical:
        return QStringLiteral("write_clinical");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ReadAudit:
        return QStringLiteral("read_audit");
    case Permission::Backup:
        return QStringLiteral("backup");
    case Permission::MergePatients:
        return QStringLiteral("merge_patients");
    case Permission::ConfigureAi:
        return QStringLiteral("configure_ai");
    }
    return QStringLiteral("unknown");
}

} // namespace clinicdesk
