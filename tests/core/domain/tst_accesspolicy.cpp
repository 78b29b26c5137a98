// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// AccessPolicy: the full role x permission matrix, and require()'s errors.

#include "domain/AccessPolicy.h"

#include <QTest>

using namespace clinicdesk;

Q_DECLARE_METATYPE(clinicdesk::Role)
Q_DECLARE_METATYPE(clinicdesk::Permission)

namespace {

const Permission kAll[] = {Permission::ReadDemographics, Permission::WriteDemographics, Permission::ReadSchedule,
                           Permission::WriteSchedule,    Permission::ReadClinical,      Permission::WriteClinical,
                           Permission::ManageUsers,      Permission::ReadAudit,         Permission::Backup,
                           Permission::MergePatients,    Permission::ConfigureAi};

const char* permissionName(Permission p) {
    switch (p) {
    case Permission::ReadDemographics:
        return "ReadDemographics";
    case Permission::WriteDemographics:
        return "WriteDemographics";
    case Permission::ReadSchedule:
        return "ReadSchedule";
    case Permission::WriteSchedule:
        return "WriteSchedule";
    case Permission::ReadClinical:
        return "ReadClinical";
    case Permission::WriteClinical:
        return "WriteClinical";
    case Permission::ManageUsers:
        return "ManageUsers";
    case Permission::ReadAudit:
        return "ReadAudit";
    case Permission::Backup:
        return "Backup";
    case Permission::MergePatients:
        return "MergePatients";
    case Permission::ConfigureAi:
        return "ConfigureAi";
    }
    return "?";
}

// The intended matrix, written out independently of the implementation.
bool expected(Role role, Permission p) {
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Practitioner:
        return p == Permission::ReadDemographics || p == Permission::WriteDemographics ||
               p == Permission::ReadSchedule || p == Permission::WriteSchedule || p == Permission::ReadClinical ||
               p == Permission::WriteClinical;
    case Role::Receptionist:
        return p == Permission::ReadDemographics || p == Permission::WriteDemographics ||
               p == Permission::ReadSchedule || p == Permission::WriteSchedule;
    }
    return false;
}

User userWith(Role role, bool active = true) {
    User user;
    user.id = QStringLiteral("u");
    user.name = QStringLiteral("u");
    user.displayName = QStringLiteral("U");
    user.role = role;
    user.active = active;
    return user;
}

} // namespace

class TstAccessPolicy : public QObject {
    Q_OBJECT

private slots:
    void matrix_data();
    void matrix();
    void receptionistSeesNothingClinical();
    void deniedErrorsAreClear();
    void inactiveUserIsDeniedEverything();
    void roleKeysRoundTrip();
};

void TstAccessPolicy::matrix_data() {
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (Role role : {Role::Admin, Role::Practitioner, Role::Receptionist}) {
        for (Permission p : kAll) {
            const QByteArray name = RoleNames::key(role).toLatin1() + ' ' + permissionName(p);
            QTest::newRow(name.constData()) << role << p << expected(role, p);
        }
    }
}

void TstAccessPolicy::matrix() {
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(AccessPolicy::allows(role, permission), allowed);
    auto required = AccessPolicy::require(userWith(role), permission);
    QCOMPARE(required.has_value(), allowed);
    if (!allowed) {
        QCOMPARE(QString::fromLatin1(errorCodeName(required.error().code)),
                 QString::fromLatin1(errorCodeName(ErrorCode::PermissionDenied)));
    }
}

void TstAccessPolicy::receptionistSeesNothingClinical() {
    int allowedCount = 0;
    for (Permission p : kAll) {
        allowedCount += AccessPolicy::allows(Role::Receptionist, p) ? 1 : 0;
    }
    QCOMPARE(allowedCount, 4);
    QVERIFY(!AccessPolicy::allows(Role::Receptionist, Permission::ReadClinical));
    QVERIFY(!AccessPolicy::allows(Role::Receptionist, Permission::WriteClinical));
}

void TstAccessPolicy::deniedErrorsAreClear() {
    auto clinical = AccessPolicy::require(userWith(Role::Receptionist), Permission::ReadClinical);
    QVERIFY(!clinical);
    QVERIFY2(clinical.error().message.contains(QLatin1String("clinical")), qPrintable(clinical.error().message));
    QVERIFY2(clinical.error().message.contains(QLatin1String("receptionist")), qPrintable(clinical.error().message));
    auto users = AccessPolicy::require(userWith(Role::Practitioner), Permission::ManageUsers);
    QVERIFY(!users);
    QVERIFY2(users.error().message.contains(QLatin1String("administrator")), qPrintable(users.error().message));
    auto audit = AccessPolicy::require(userWith(Role::Practitioner), Permission::ReadAudit);
    QVERIFY(!audit);
    QVERIFY2(audit.error().message.contains(QLatin1String("audit")), qPrintable(audit.error().message));
    auto backup = AccessPolicy::require(userWith(Role::Receptionist), Permission::Backup);
    QVERIFY(!backup);
    QVERIFY2(backup.error().message.contains(QLatin1String("backup")), qPrintable(backup.error().message));
    // The detail names role and permission for the log.
    QVERIFY(users.error().detail.contains(QLatin1String("practitioner")));
}

void TstAccessPolicy::inactiveUserIsDeniedEverything() {
    for (Role role : {Role::Admin, Role::Practitioner, Role::Receptionist}) {
        for (Permission p : kAll) {
            auto required = AccessPolicy::require(userWith(role, false), p);
            QVERIFY2(!required, permissionName(p));
            QCOMPARE(QString::fromLatin1(errorCodeName(required.error().code)),
                     QString::fromLatin1(errorCodeName(ErrorCode::PermissionDenied)));
        }
    }
}

void TstAccessPolicy::roleKeysRoundTrip() {
    for (Role role : {Role::Admin, Role::Practitioner, Role::Receptionist}) {
        QCOMPARE(RoleNames::roleFromKey(RoleNames::key(role)), std::optional<Role>(role));
        QVERIFY(!RoleNames::displayName(role).isEmpty());
    }
    QCOMPARE(RoleNames::key(Role::Receptionist), QStringLiteral("receptionist"));
    QCOMPARE(RoleNames::roleFromKey(QStringLiteral(" ADMIN ")), std::optional<Role>(Role::Admin));
    QVERIFY(!RoleNames::roleFromKey(QStringLiteral("superuser")));
}

QTEST_GUILESS_MAIN(TstAccessPolicy)

#include "tst_accesspolicy.moc"
