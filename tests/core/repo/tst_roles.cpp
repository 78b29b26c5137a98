// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Roles enforced in core against a real vault: what a receptionist and a
// practitioner can and cannot do through the repositories and the session,
// whatever a UI would show.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::readAll;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;

Footprint footprint(Database& db) {
    return Footprint::of(db, {{"patients", "SELECT count(*) FROM patients"},
                              {"users", "SELECT count(*) FROM users"},
                              {"deleted", "SELECT count(*) FROM patients WHERE deleted_at IS NOT NULL"}});
}

using clinicdesk::test::code;
using clinicdesk::test::patientDraft;

#define CHECK_DENIED(expr)                                                                                             \
    do {                                                                                                               \
        const auto& denied_ = (expr);                                                                                  \
        QVERIFY2(!denied_.has_value(), "expected PermissionDenied, got success: " #expr);                              \
        QCOMPARE(code(denied_.error().code), code(ErrorCode::PermissionDenied));                                       \
    } while (false)

const QString kNotes = QStringLiteral("Secret clinical note: suspected bruxism");

} // namespace

class TstRoles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void receptionistWorksWithDemographicsAndSchedule();
    void receptionistNeverSeesClinicalNotes();
    void receptionistCannotWriteClinicalNotes();
    void receptionistCannotManageUsersOrReadAudit();
    void receptionistCannotRemovePatients();
    void practitionerReadsAndWritesClinicalNotes();
    void practitionerCannotManageUsersOrReadAudit();
    void adminCanDoAll();

private:
    [[nodiscard]] Status loginAs(const char* name);

    std::unique_ptr<TestVault> m_vault;
    QString m_patientId;
    QString m_ritaId;
    QString m_piaId;
};

Status TstRoles::loginAs(const char* name) {
    const QString user = QString::fromLatin1(name);
    const QString password =
        user == QLatin1String("admin") ? QString::fromLatin1(TestVault::kAdminPassword) : TestVault::passwordFor(user);
    return m_vault->loginAs(user, password);
}

void TstRoles::initTestCase() {
    m_vault = std::make_unique<TestVault>();
    PatientDraft d = patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund"));
    d.clinicalNotes = kNotes;
    auto saved = m_vault->session().patients().add(d);
    CHECK_OK(saved);
    m_patientId = saved->patient.id;
    auto rita = m_vault->addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(rita);
    m_ritaId = rita->id;
    auto pia = m_vault->addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    m_piaId = pia->id;
}

void TstRoles::receptionistWorksWithDemographicsAndSchedule() {
    CHECK_OK(loginAs("rita"));
    QCOMPARE(m_vault->session().user().role, Role::Receptionist);
    PatientDraft d = patientDraft(QStringLiteral("Rune"), QStringLiteral("Receptionsson"));
    d.phone = QStringLiteral("070 111 22 33");
    auto added = m_vault->session().patients().add(d);
    CHECK_OK(added);
    QVERIFY(!added->patient.clinicalNotes.has_value());
    auto found = m_vault->session().patients().search(QStringLiteral("rune"));
    CHECK_OK(found);
    QCOMPARE(found->size(), std::size_t{1});
    d.lastName = QStringLiteral("Receptionist");
    CHECK_OK(m_vault->session().patients().update(added->patient.id, d));

    AppointmentDraft appointment;
    appointment.patientId = added->patient.id;
    appointment.practitionerId = m_piaId;
    appointment.start = QDateTime(QDate(2030, 3, 4), QTime(8, 30));
    appointment.durationMinutes = 30;
    auto booked = m_vault->session().appointments().add(appointment);
    CHECK_OK(booked);
    auto day = m_vault->session().appointments().listForDay(QDate(2030, 3, 4));
    CHECK_OK(day);
    QCOMPARE(day->size(), std::size_t{1});
    QCOMPARE(day->front().id, booked->id);
    // The user list (who to book with) is readable.
    auto users = m_vault->session().users().list();
    CHECK_OK(users);
    QCOMPARE(users->size(), std::size_t{3});
}

void TstRoles::receptionistNeverSeesClinicalNotes() {
    CHECK_OK(loginAs("rita"));
    auto got = m_vault->session().patients().get(m_patientId);
    CHECK_OK(got);
    QCOMPARE(got->firstName, QStringLiteral("Ada"));
    QVERIFY2(!got->clinicalNotes.has_value(), "a receptionist got clinical notes from get()");
    auto listed = m_vault->session().patients().list();
    CHECK_OK(listed);
    QVERIFY(!listed->empty());
    for (const Patient& p : *listed) {
        QVERIFY2(!p.clinicalNotes.has_value(), "a receptionist got clinical notes from list()");
    }
    auto searched = m_vault->session().patients().search(QStringLiteral("ada lund"));
    CHECK_OK(searched);
    QCOMPARE(searched->size(), std::size_t{1});
    QVERIFY2(!searched->front().clinicalNotes.has_value(), "a receptionist got clinical notes from search()");
    // Nor can they find a patient by words from the notes.
    auto byNotes = m_vault->session().patients().search(QStringLiteral("bruxism"));
    CHECK_OK(byNotes);
    QVERIFY(byNotes->empty());
    // The view is audited as a demographics view.
    auto last = AuditLog(m_vault->session().db()).list(5);
    CHECK_OK(last);
    bool sawView = false;
    for (const AuditEntry& e : *last) {
        if (e.action == QLatin1String("view") && e.entityId == m_patientId && e.userId == m_ritaId) {
            sawView = true;
            QCOMPARE(e.detail, QStringLiteral("demographics"));
        }
    }
    QVERIFY(sawView);
}

void TstRoles::receptionistCannotWriteClinicalNotes() {
    CHECK_OK(loginAs("rita"));
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    PatientDraft withNotes = patientDraft(QStringLiteral("Nora"), QStringLiteral("Notes"));
    withNotes.clinicalNotes = QStringLiteral("Receptionist diagnosis");
    CHECK_DENIED(m_vault->session().patients().add(withNotes));

    PatientDraft update = patientDraft(QStringLiteral("Ada"), QStringLiteral("Lund"));
    update.clinicalNotes = QStringLiteral("Overwritten by reception");
    CHECK_DENIED(m_vault->session().patients().update(m_patientId, update));
    update.clinicalNotes = QString(); // clearing notes is writing them too
    CHECK_DENIED(m_vault->session().patients().update(m_patientId, update));
    QCOMPARE(footprint(db), before);

    // A demographics update (notes left alone) works and keeps the notes.
    update.clinicalNotes = std::nullopt;
    update.phone = QStringLiteral("0705551234");
    auto updated = m_vault->session().patients().update(m_patientId, update);
    CHECK_OK(updated);
    QVERIFY(!updated->patient.clinicalNotes.has_value());
    auto stmt = db.prepare("SELECT clinical_notes, phone FROM patients WHERE id = ?");
    CHECK_OK(stmt);
    stmt->bind(1, m_patientId);
    auto row = stmt->step();
    CHECK_OK(row);
    QVERIFY(*row);
    QCOMPARE(stmt->text(0), kNotes);
    QCOMPARE(stmt->text(1), QStringLiteral("0705551234"));
    stmt->reset();
}

void TstRoles::receptionistCannotManageUsersOrReadAudit() {
    CHECK_OK(loginAs("rita"));
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    const QString keysPath = QDir(m_vault->dir()).filePath(QLatin1String(Vault::kKeysFile));
    const QByteArray keys = readAll(keysPath);

    NewUser user;
    user.name = QStringLiteral("eve");
    user.displayName = QStringLiteral("Eve");
    user.role = Role::Admin;
    CHECK_DENIED(m_vault->session().addUser(user, TestVault::secret(QStringLiteral("eve password"))));
    // Not through the repository directly either.
    User direct;
    direct.name = QStringLiteral("eve");
    direct.displayName = QStringLiteral("Eve");
    direct.role = Role::Admin;
    {
        auto tx = Transaction::begin(db);
        CHECK_OK(tx);
        CHECK_DENIED(m_vault->session().users().insert(direct));
    }
    CHECK_DENIED(
        m_vault->session().changePassword(QStringLiteral("admin"), TestVault::secret(QStringLiteral("taken over!"))));
    CHECK_DENIED(m_vault->session().verifyAudit());
    CHECK_DENIED(m_vault->session().auditEntries(10));
    QCOMPARE(footprint(db), before);
    QCOMPARE(readAll(keysPath), keys);
}

void TstRoles::receptionistCannotRemovePatients() {
    CHECK_OK(loginAs("rita"));
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    CHECK_DENIED(m_vault->session().patients().remove(m_patientId));
    QCOMPARE(footprint(db), before);
    CHECK_OK(m_vault->session().patients().get(m_patientId));
}

void TstRoles::practitionerReadsAndWritesClinicalNotes() {
    CHECK_OK(loginAs("pia"));
    QCOMPARE(m_vault->session().user().role, Role::Practitioner);
    auto got = m_vault->session().patients().get(m_patientId);
    CHECK_OK(got);
    QCOMPARE(got->clinicalNotes, std::optional<QString>(kNotes));
    auto listed = m_vault->session().patients().search(QStringLiteral("ada"));
    CHECK_OK(listed);
    QCOMPARE(listed->size(), std::size_t{1});
    QCOMPARE(listed->front().clinicalNotes, std::optional<QString>(kNotes));

    PatientDraft update = patientDraft(got->firstName, got->lastName);
    update.phone = got->phone.value_or(QString());
    update.clinicalNotes = kNotes + QStringLiteral(" Night guard fitted.");
    auto updated = m_vault->session().patients().update(m_patientId, update);
    CHECK_OK(updated);
    QCOMPARE(updated->patient.clinicalNotes, update.clinicalNotes);
    auto again = m_vault->session().patients().get(m_patientId);
    CHECK_OK(again);
    QCOMPARE(again->clinicalNotes, update.clinicalNotes);
    // Restore for the other tests.
    update.clinicalNotes = kNotes;
    CHECK_OK(m_vault->session().patients().update(m_patientId, update));
}

void TstRoles::practitionerCannotManageUsersOrReadAudit() {
    CHECK_OK(loginAs("pia"));
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    NewUser user;
    user.name = QStringLiteral("trudy");
    user.displayName = QStringLiteral("Trudy");
    user.role = Role::Receptionist;
    CHECK_DENIED(m_vault->session().addUser(user, TestVault::secret(QStringLiteral("trudy password"))));
    CHECK_DENIED(
        m_vault->session().changePassword(QStringLiteral("rita"), TestVault::secret(QStringLiteral("reset by pia"))));
    CHECK_DENIED(m_vault->session().verifyAudit());
    CHECK_DENIED(m_vault->session().auditEntries(10));
    QCOMPARE(footprint(db), before);
}

void TstRoles::adminCanDoAll() {
    CHECK_OK(loginAs("admin"));
    auto got = m_vault->session().patients().get(m_patientId);
    CHECK_OK(got);
    QCOMPARE(got->clinicalNotes, std::optional<QString>(kNotes));
    auto report = m_vault->session().verifyAudit();
    CHECK_OK(report);
    QVERIFY2(report->ok, qPrintable(report->problem));
    auto entries = m_vault->session().auditEntries(1000);
    CHECK_OK(entries);
    // The receptionist's and practitioner's work is in the log under their ids.
    bool ritaCreated = false;
    bool piaUpdatedClinical = false;
    for (const AuditEntry& e : *entries) {
        ritaCreated = ritaCreated || (e.userId == m_ritaId && e.action == QLatin1String("create") &&
                                      e.entity == QLatin1String("patient"));
        piaUpdatedClinical = piaUpdatedClinical || (e.userId == m_piaId && e.action == QLatin1String("update") &&
                                                    e.detail == QLatin1String("clinical"));
    }
    QVERIFY(ritaCreated);
    QVERIFY(piaUpdatedClinical);
    auto added = m_vault->addUser(QStringLiteral("nils"), Role::Receptionist);
    CHECK_OK(added);
    CHECK_OK(m_vault->session().patients().remove(m_patientId));
}

QTEST_GUILESS_MAIN(TstRoles)

#include "tst_roles.moc"
