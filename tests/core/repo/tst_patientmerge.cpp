// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Merging a duplicate patient record into the kept one (PatientRepository::merge): admins only, refusals
// audited; everything of the duplicate moves (appointments, encounters, notes, documents), its alerts are
// kept, it becomes a tombstone pointing to the kept record and leaves the search; both ids are audited.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "domain/NoteValidation.h"
#include "repo/DocumentRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;
using clinicdesk::test::patientDraft;
using clinicdesk::test::scalarOf;
using clinicdesk::test::TestVault;

class TstPatientMerge : public QObject {
    Q_OBJECT

private slots:
    void init();
    void everythingMovesAndTheDuplicateBecomesATombstone();
    void nonAdminsAreRefusedAndAudited();
    void badMergesChangeNothing();

private:
    [[nodiscard]] Database& db() { return m_vault->session().db(); }
    [[nodiscard]] Status loginAs(const QString& name);

    std::unique_ptr<TestVault> m_vault;
    QString m_keepId;
    QString m_duplicateId;
};

Status TstPatientMerge::loginAs(const QString& name) {
    const QString password = name == QLatin1String(TestVault::kAdminName)
                                 ? QString::fromLatin1(TestVault::kAdminPassword)
                                 : TestVault::passwordFor(name);
    return m_vault->loginAs(name, password);
}

// A fresh vault per test: Åsa entered twice, once with an allergy, once with a booking, an encounter with a
// note and a document.
void TstPatientMerge::init() {
    m_vault = std::make_unique<TestVault>();
    PatientDraft keep = patientDraft(QStringLiteral("Åsa"), QStringLiteral("Öberg"), QStringLiteral("19121212-1212"));
    keep.alerts = QStringLiteral("Latex allergy");
    auto kept = m_vault->session().patients().add(keep);
    CHECK_OK(kept);
    m_keepId = kept->patient.id;
    PatientDraft again = patientDraft(QStringLiteral("Asa"), QStringLiteral("Oberg"), QStringLiteral("19121212-1212"));
    again.alerts = QStringLiteral("Penicillin allergy");
    auto duplicate = m_vault->session().patients().add(again);
    CHECK_OK(duplicate);
    m_duplicateId = duplicate->patient.id;
    // The second entry is recognised as the same person.
    QCOMPARE(duplicate->sameNationalId, QStringList{m_keepId});

    AppointmentDraft booking;
    booking.patientId = m_duplicateId;
    booking.start = QDateTime(QDate(2030, 3, 4), QTime(9, 0));
    booking.durationMinutes = 30;
    CHECK_OK(m_vault->session().appointments().add(booking));
    auto encounter = m_vault->session().encounters().open(m_duplicateId, Consent::Verbal);
    CHECK_OK(encounter);
    NewNote n;
    n.encounterId = encounter->id;
    n.templateId = NoteTemplateRepository::builtinId(QStringLiteral("dental-exam"));
    n.content = QJsonObject{{QStringLiteral("chief_complaint"), QStringLiteral("Pain")},
                            {QStringLiteral("findings"), QJsonArray{}},
                            {QStringLiteral("plan"), QStringLiteral("Review")}};
    n.language = QStringLiteral("sv");
    // No problems, as a stored note would carry them (this also links ai/NoteValidation, which core's
    // NoteRepository uses on this branch, after core).
    n.problems = NoteValidation::fromJson(QJsonArray{});
    CHECK_OK(NoteRepository(db(), m_vault->session().session()).createDraft(n));
    CHECK_OK(DocumentRepository(db(), m_vault->session().session())
                 .add(NewDocument{m_duplicateId, QStringLiteral("referral.pdf"), QStringLiteral("application/pdf"),
                                  QByteArray("%PDF-1.4 test")}));
}

void TstPatientMerge::everythingMovesAndTheDuplicateBecomesATombstone() {
    const std::int64_t changesBefore = scalarOf(db(), "SELECT count(*) FROM changes");
    auto report = m_vault->session().patients().merge(m_keepId, m_duplicateId);
    CHECK_OK(report);
    QCOMPARE(report->keptId, m_keepId);
    auto movedOf = [&](const char* table) {
        for (const auto& [name, rows] : report->moved) {
            if (name == QLatin1String(table)) {
                return rows;
            }
        }
        return -1;
    };
    QCOMPARE(movedOf("appointments"), 1);
    QCOMPARE(movedOf("encounters"), 1);
    QCOMPARE(movedOf("notes"), 1);
    QCOMPARE(movedOf("documents"), 1);
    for (const char* table : {"appointments", "encounters", "notes", "documents"}) {
        QCOMPARE(scalarOf(db(), std::string("SELECT count(*) FROM ") + table + " WHERE patient_id = ?", m_duplicateId),
                 0);
        QCOMPARE(scalarOf(db(), std::string("SELECT count(*) FROM ") + table + " WHERE patient_id = ?", m_keepId), 1);
    }
    // The kept record keeps its name and has both allergies.
    auto kept = m_vault->session().patients().get(m_keepId);
    CHECK_OK(kept);
    QCOMPARE(kept->firstName, QStringLiteral("Åsa"));
    QVERIFY(kept->alerts->contains(QStringLiteral("Latex allergy")));
    QVERIFY(kept->alerts->contains(QStringLiteral("Penicillin allergy")));
    // The duplicate is a tombstone pointing to the kept record: opening it says where to go.
    QCOMPARE(scalarOf(db(),
                      "SELECT count(*) FROM patients WHERE id = ? AND deleted_at IS NOT NULL AND merged_into IS "
                      "NOT NULL",
                      m_duplicateId),
             1);
    auto merged = m_vault->session().patients().mergedInto(m_duplicateId);
    CHECK_OK(merged);
    QCOMPARE(*merged, std::optional<QString>(m_keepId));
    auto gone = m_vault->session().patients().get(m_duplicateId);
    QVERIFY(!gone);
    QCOMPARE(code(gone.error().code), code(ErrorCode::NotFound));
    QVERIFY2(gone.error().message.contains(m_keepId), qPrintable(gone.error().message));
    // The search finds one Åsa now.
    auto found = m_vault->session().patients().search(QStringLiteral("19121212"));
    CHECK_OK(found);
    QCOMPARE(found->size(), std::size_t{1});
    QCOMPARE(found->front().id, m_keepId);
    // Audited for both ids, in the change feed.
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log WHERE action = 'merge' AND entity_id = ?", m_keepId), 1);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log WHERE action = 'merge' AND entity_id = ?", m_duplicateId),
             1);
    QVERIFY(scalarOf(db(), "SELECT count(*) FROM changes") >= changesBefore + 6);
    // A second merge of the tombstone is refused.
    auto again = m_vault->session().patients().merge(m_keepId, m_duplicateId);
    QVERIFY(!again);
    QCOMPARE(code(again.error().code), code(ErrorCode::NotFound));
}

void TstPatientMerge::nonAdminsAreRefusedAndAudited() {
    auto pia = m_vault->addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(pia);
    auto rita = m_vault->addUser(QStringLiteral("rita"), Role::Receptionist);
    CHECK_OK(rita);
    for (const User& user : {*pia, *rita}) {
        CHECK_OK(loginAs(user.name));
        auto refused = m_vault->session().patients().merge(m_keepId, m_duplicateId);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::PermissionDenied));
        QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log WHERE action = 'denied' AND user_id = ?", user.id), 1);
    }
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM patients WHERE merged_into IS NOT NULL"), 0);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM appointments WHERE patient_id = ?", m_duplicateId), 1);
}

void TstPatientMerge::badMergesChangeNothing() {
    const std::int64_t auditBefore = scalarOf(db(), "SELECT count(*) FROM audit_log");
    auto itself = m_vault->session().patients().merge(m_keepId, m_keepId);
    QVERIFY(!itself);
    QCOMPARE(code(itself.error().code), code(ErrorCode::InvalidInput));
    auto unknown = m_vault->session().patients().merge(m_keepId, QStringLiteral("no-such-patient"));
    QVERIFY(!unknown);
    QCOMPARE(code(unknown.error().code), code(ErrorCode::NotFound));
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM audit_log"), auditBefore);
    QCOMPARE(scalarOf(db(), "SELECT count(*) FROM appointments WHERE patient_id = ?", m_duplicateId), 1);
}

QTEST_GUILESS_MAIN(TstPatientMerge)
#include "tst_patientmerge.moc"
