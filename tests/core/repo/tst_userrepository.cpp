// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Managing users in core against a real vault: disabling and enabling (a disabled user's sign-in is
// refused with a clear message and audited, their entries stay attributed), changing role,
// profession and licence, and the refusals that keep a vault manageable (one's own account, the
// last active administrator), each leaving the vault as it was.
#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"

#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;
using clinicdesk::test::TestVault;
using clinicdesk::test::textOf;

namespace {

Footprint footprint(Database& db) {
    return Footprint::of(db, {{"active", "SELECT count(*) FROM users WHERE active = 1"},
                              {"admins", "SELECT count(*) FROM users WHERE role = 'admin'"},
                              {"updated", "SELECT coalesce(max(updated_at), 0) FROM users"}});
}

QString lastAudit(Database& db, const char* what) {
    return textOf(db, std::string("SELECT ") + what + " FROM audit_log ORDER BY seq DESC LIMIT 1");
}

} // namespace

class TstUserRepository : public QObject {
    Q_OBJECT

private slots:
    void disabledUserCannotSignInAndTheAttemptIsAudited();
    void enabledUserSignsInAgain();
    void ownAccountAndLastAdminAreKept();
    void roleProfessionAndLicenceChange();
    void roleChangeRefusals();
    void onlyAdministratorsManageUsers();
    void adminMarkerFollowsTheRoleAtTheNextSignIn();
    void passwordSetByAnAdministrator();
};

void TstUserRepository::disabledUserCannotSignInAndTheAttemptIsAudited() {
    TestVault tv;
    auto rita = tv.addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(rita);
    // Rita writes something while she may.
    CHECK_OK(tv.loginAs(QStringLiteral("rita"), TestVault::passwordFor(QStringLiteral("rita"))));
    auto patient = tv.session().patients().add(test::patientDraft(QStringLiteral("Ada"), QStringLiteral("Lovelace")));
    CHECK_OK(patient);
    CHECK_OK(tv.loginAs(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword)));

    auto disabled = tv.session().users().setActive(rita->id, false);
    CHECK_OK(disabled);
    QVERIFY(!disabled->active);
    Database& db = tv.session().db();
    QCOMPARE(lastAudit(db, "action"), QStringLiteral("disable"));
    QCOMPARE(lastAudit(db, "entity_id"), rita->id);
    QCOMPARE(scalarOf(db, "SELECT count(*) FROM changes WHERE tbl = 'users' AND op = 'update'"), std::int64_t{1});
    // Disabling again changes nothing.
    const auto before = footprint(db);
    CHECK_OK(tv.session().users().setActive(rita->id, false));
    QCOMPARE(footprint(db), before);
    tv.logout();

    auto refused = VaultSession::login(tv.dir(), QStringLiteral("rita"),
                                       TestVault::secret(TestVault::passwordFor(QStringLiteral("rita"))));
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::Locked));
    QCOMPARE(refused.error().message,
             QStringLiteral("This user account is disabled. Ask an administrator to enable it."));
    // The wrong password still gets the usual answer (and is not audited: nothing opened).
    auto wrong = VaultSession::login(tv.dir(), QStringLiteral("rita"), TestVault::secret(QStringLiteral("nope nope")));
    QVERIFY(!wrong);
    QCOMPARE(code(wrong.error().code), code(ErrorCode::WrongPassword));

    CHECK_OK(tv.loginAs(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword)));
    Database& after = tv.session().db();
    QCOMPARE(scalarOf(after, "SELECT count(*) FROM audit_log WHERE action = 'login_refused'"), std::int64_t{1});
    QCOMPARE(scalarOf(after,
                      "SELECT count(*) FROM audit_log WHERE action = 'login_refused' AND user_id = ?1 AND "
                      "entity_id = ?1 AND detail = 'disabled'",
                      rita->id),
             std::int64_t{1});
    // Her patient is still hers.
    QCOMPARE(scalarOf(after, "SELECT count(*) FROM patients WHERE created_by = ?", rita->id), std::int64_t{1});
    auto chain = tv.session().verifyAudit();
    CHECK_OK(chain);
    QVERIFY2(chain->ok, qPrintable(chain->problem));
}

void TstUserRepository::enabledUserSignsInAgain() {
    TestVault tv;
    auto pia = tv.addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    CHECK_OK(tv.session().users().setActive(pia->id, false));
    auto enabled = tv.session().users().setActive(pia->id, true);
    CHECK_OK(enabled);
    QVERIFY(enabled->active);
    QCOMPARE(lastAudit(tv.session().db(), "action"), QStringLiteral("enable"));
    CHECK_OK(tv.loginAs(QStringLiteral("pia"), TestVault::passwordFor(QStringLiteral("pia"))));
    QCOMPARE(tv.session().user().id, pia->id);
}

void TstUserRepository::ownAccountAndLastAdminAreKept() {
    TestVault tv;
    const QString adminId = tv.session().user().id;
    Database& db = tv.session().db();
    const auto before = footprint(db);
    // The only administrator: she cannot disable or demote herself.
    auto disableLast = tv.session().users().setActive(adminId, false);
    QVERIFY(!disableLast);
    QCOMPARE(code(disableLast.error().code), code(ErrorCode::InvalidInput));
    QCOMPARE(disableLast.error().message, QStringLiteral("Dr Admin is the last active administrator and cannot be "
                                                         "disabled. Make another user an administrator first."));
    auto demoteLast = tv.session().users().changeRole(adminId, Role::Practitioner, Profession::Dentist, std::nullopt);
    QVERIFY(!demoteLast);
    QCOMPARE(demoteLast.error().message, QStringLiteral("Dr Admin is the last active administrator and must stay one. "
                                                        "Make another user an administrator first."));
    QCOMPARE(footprint(db), before);

    // With a second administrator she still cannot disable her own account or change her own role.
    auto bo = tv.addUser(QStringLiteral("bo"), Role::Admin);
    CHECK_OK(bo);
    const auto withBo = footprint(db);
    auto self = tv.session().users().setActive(adminId, false);
    QVERIFY(!self);
    QCOMPARE(self.error().message,
             QStringLiteral("You cannot disable your own account. Another administrator can do it."));
    auto ownRole = tv.session().users().changeRole(adminId, Role::Practitioner, std::nullopt, std::nullopt);
    QVERIFY(!ownRole);
    QCOMPARE(ownRole.error().message,
             QStringLiteral("You cannot change your own role. Another administrator can do it."));
    QCOMPARE(footprint(db), withBo);

    // Bo, signed in elsewhere, demotes her; her session (still open, admin since sign-in) can then
    // manage nobody, so it cannot take the administrator role from Bo, now the last one.
    auto boSession = VaultSession::login(tv.dir(), QStringLiteral("bo"),
                                         TestVault::secret(TestVault::passwordFor(QStringLiteral("bo"))));
    CHECK_OK(boSession);
    CHECK_OK((*boSession)->users().changeRole(adminId, Role::Practitioner, Profession::Dentist, std::nullopt));
    const auto demoted = footprint(db);
    auto stale = tv.session().users().changeRole(bo->id, Role::Practitioner, std::nullopt, std::nullopt);
    QVERIFY(!stale);
    QCOMPARE(code(stale.error().code), code(ErrorCode::PermissionDenied));
    auto staleDisable = tv.session().users().setActive(bo->id, false);
    QVERIFY(!staleDisable);
    QCOMPARE(footprint(db), demoted);
    boSession->reset();
}

void TstUserRepository::roleProfessionAndLicenceChange() {
    TestVault tv;
    auto pia = tv.addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    Database& db = tv.session().db();
    auto changed = tv.session().users().changeRole(pia->id, Role::Practitioner, Profession::Dentist,
                                                   QStringLiteral("  SE-12345 "));
    CHECK_OK(changed);
    QCOMPARE(changed->profession, std::optional<Profession>(Profession::Dentist));
    QCOMPARE(changed->licenceNumber, std::optional<QString>(QStringLiteral("SE-12345")));
    QCOMPARE(lastAudit(db, "action"), QStringLiteral("update"));
    QCOMPARE(lastAudit(db, "detail"), QStringLiteral("profession=dentist licence"));

    auto receptionist = tv.session().users().changeRole(pia->id, Role::Receptionist, std::nullopt, std::nullopt);
    CHECK_OK(receptionist);
    QCOMPARE(lastAudit(db, "action"), QStringLiteral("role"));
    QCOMPARE(lastAudit(db, "detail"), QStringLiteral("role=practitioner->receptionist profession=none licence"));
    QCOMPARE(textOf(db, "SELECT role FROM users WHERE name = 'pia'"), QStringLiteral("receptionist"));
    QCOMPARE(textOf(db, "SELECT licence_number FROM users WHERE name = 'pia'"), QStringLiteral("NULL"));

    auto profile = tv.session().users().updateProfile(pia->id, QStringLiteral("Pia Lind"), std::nullopt, std::nullopt);
    CHECK_OK(profile);
    QCOMPARE(profile->displayName, QStringLiteral("Pia Lind"));
    QCOMPARE(lastAudit(db, "detail"), QStringLiteral("display_name"));
    // The same values again: nothing is written.
    const auto before = footprint(db);
    CHECK_OK(tv.session().users().updateProfile(pia->id, QStringLiteral("Pia Lind"), std::nullopt, std::nullopt));
    QCOMPARE(footprint(db), before);

    auto admin = tv.session().users().changeRole(pia->id, Role::Admin, std::nullopt, std::nullopt);
    CHECK_OK(admin);
    QCOMPARE(tv.session().users().countAdmins().value_or(0), 2);
}

void TstUserRepository::roleChangeRefusals() {
    TestVault tv;
    auto pia = tv.addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    Database& db = tv.session().db();
    const auto before = footprint(db);
    auto receptionistWithLicence =
        tv.session().users().changeRole(pia->id, Role::Receptionist, std::nullopt, QStringLiteral("L-1"));
    QVERIFY(!receptionistWithLicence);
    QCOMPARE(receptionistWithLicence.error().message,
             QStringLiteral("A receptionist has no clinical profession or licence number."));
    auto noName = tv.session().users().updateProfile(pia->id, QStringLiteral("  "), std::nullopt, std::nullopt);
    QVERIFY(!noName);
    QCOMPARE(code(noName.error().code), code(ErrorCode::InvalidInput));
    auto unknown = tv.session().users().setActive(QStringLiteral("no-such-id"), false);
    QVERIFY(!unknown);
    QCOMPARE(code(unknown.error().code), code(ErrorCode::NotFound));
    QCOMPARE(footprint(db), before);
}

void TstUserRepository::onlyAdministratorsManageUsers() {
    TestVault tv;
    auto pia = tv.addUser(QStringLiteral("pia"), Role::Practitioner);
    auto rita = tv.addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(pia);
    CHECK_OK(rita);
    CHECK_OK(tv.loginAs(QStringLiteral("pia"), TestVault::passwordFor(QStringLiteral("pia"))));
    Database& db = tv.session().db();
    const auto before = footprint(db);
    for (const auto& result :
         {tv.session().users().setActive(rita->id, false),
          tv.session().users().changeRole(rita->id, Role::Admin, std::nullopt, std::nullopt),
          tv.session().users().updateProfile(pia->id, QStringLiteral("Pia"), Profession::Dentist, std::nullopt)}) {
        QVERIFY(!result);
        QCOMPARE(code(result.error().code), code(ErrorCode::PermissionDenied));
    }
    QCOMPARE(footprint(db), before);
}

void TstUserRepository::adminMarkerFollowsTheRoleAtTheNextSignIn() {
    TestVault tv;
    auto bo = tv.addUser(QStringLiteral("bo"), Role::Practitioner);
    CHECK_OK(bo);
    CHECK_OK(tv.session().users().changeRole(bo->id, Role::Admin, Profession::Therapist, std::nullopt));
    const QString adminId = tv.session().user().id;
    CHECK_OK(tv.loginAs(QStringLiteral("bo"), TestVault::passwordFor(QStringLiteral("bo"))));
    const KeyEnvelope* envelope = tv.session().vault().keys().findForUserId(KeyEnvelope::Kind::Password, bo->id);
    QVERIFY(envelope != nullptr);
    QVERIFY(envelope->adminHint); // renewed with bo's password at this sign-in
    CHECK_OK(tv.session().users().changeRole(adminId, Role::Practitioner, Profession::Dentist, std::nullopt));
    tv.logout();
    // "The only administrator" (no name): the first admin's envelope still says admin until she signs
    // in, and bo's says admin now: two markers, so a name is asked for.
    auto unnamed =
        VaultSession::login(tv.dir(), QString(), TestVault::secret(TestVault::passwordFor(QStringLiteral("bo"))));
    QVERIFY(!unnamed);
    QCOMPARE(code(unnamed.error().code), code(ErrorCode::Usage));
    // She signs in by name: her marker is renewed; then bo is the only administrator.
    CHECK_OK(tv.loginAs(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword)));
    tv.logout();
    auto only =
        VaultSession::login(tv.dir(), QString(), TestVault::secret(TestVault::passwordFor(QStringLiteral("bo"))));
    CHECK_OK(only);
    QCOMPARE((*only)->user().id, bo->id);
}

void TstUserRepository::passwordSetByAnAdministrator() {
    TestVault tv;
    auto pia = tv.addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    CHECK_OK(tv.loginAs(QStringLiteral("pia"), TestVault::passwordFor(QStringLiteral("pia"))));
    CHECK_OK(tv.session().rememberOnThisComputer());
    QVERIFY(tv.session().vault().hasKeychainEnvelope(pia->id));
    CHECK_OK(tv.loginAs(QString::fromLatin1(TestVault::kAdminName), QString::fromLatin1(TestVault::kAdminPassword)));
    CHECK_OK(tv.session().changePassword(QStringLiteral("pia"), TestVault::secret(QStringLiteral("a new password 1"))));
    QVERIFY(!tv.session().vault().hasKeychainEnvelope(pia->id));
    QCOMPARE(lastAudit(tv.session().db(), "detail"), QStringLiteral("set by an administrator"));
    tv.logout();
    auto old = VaultSession::login(tv.dir(), QStringLiteral("pia"),
                                   TestVault::secret(TestVault::passwordFor(QStringLiteral("pia"))));
    QVERIFY(!old);
    CHECK_OK(tv.loginAs(QStringLiteral("pia"), QStringLiteral("a new password 1")));
}

QTEST_GUILESS_MAIN(TstUserRepository)
#include "tst_userrepository.moc"
