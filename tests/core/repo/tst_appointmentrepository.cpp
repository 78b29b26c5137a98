// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// AppointmentRepository against a real vault: add, listing by local day
// (including daylight-saving days), and validation that writes nothing.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace clinicdesk;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;

Footprint footprint(Database& db) {
    return Footprint::of(db, {{"appointments", "SELECT count(*) FROM appointments"}});
}

// Local day boundaries only mean something away from UTC: run in Stockholm
// (CET/CEST), set before QCoreApplication exists.
const bool kTimeZoneSet = [] {
    qputenv("TZ", "Europe/Stockholm");
    tzset();
    return true;
}();

using clinicdesk::test::code;

// Books `minutes` at `start` for the patient; the new id, or empty on failure.
QString book(TestVault& tv, const QString& patientId, const QDateTime& start, int minutes) {
    AppointmentDraft d;
    d.patientId = patientId;
    d.start = start;
    d.durationMinutes = minutes;
    auto added = tv.session().appointments().add(d);
    return added ? added->id : QString();
}

// The ids listForDay() returns for `day`, in its order; {"error"} if it failed.
QStringList idsForDay(TestVault& tv, QDate day) {
    QStringList ids;
    auto listed = tv.session().appointments().listForDay(day);
    if (!listed) {
        return {QStringLiteral("error")};
    }
    for (const Appointment& a : *listed) {
        ids << a.id;
    }
    return ids;
}

QDateTime local(int y, int m, int d, int h, int min) {
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

} // namespace

class TstAppointmentRepository : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addStoresTheAppointment();
    void listForDayUsesLocalDayBoundaries();
    void listForDayOnDaylightSavingDays();
    void unknownPatientIsNotFound();
    void durationIsBounded_data();
    void durationIsBounded();
    void otherInvalidInput();
    void practitionerMustExistAndBeClinical();

private:
    std::unique_ptr<TestVault> m_vault;
    QString m_patientId;
};

void TstAppointmentRepository::initTestCase() {
    QVERIFY(kTimeZoneSet);
    // The process really runs in Stockholm time, or the day-boundary tests prove nothing.
    QCOMPARE(local(2024, 1, 15, 12, 0).offsetFromUtc(), 3600);
    QCOMPARE(local(2024, 7, 15, 12, 0).offsetFromUtc(), 7200);
    m_vault = std::make_unique<TestVault>();
    PatientDraft draft;
    draft.firstName = QStringLiteral("Ada");
    draft.lastName = QStringLiteral("Lund");
    auto saved = m_vault->session().patients().add(draft);
    CHECK_OK(saved);
    m_patientId = saved->patient.id;
}

void TstAppointmentRepository::addStoresTheAppointment() {
    TestVault tv;
    PatientDraft p;
    p.firstName = QStringLiteral("Bo");
    p.lastName = QStringLiteral("Ek");
    auto patient = tv.session().patients().add(p);
    CHECK_OK(patient);
    AppointmentDraft draft;
    draft.patientId = patient->patient.id;
    draft.practitionerId = tv.session().user().id;
    draft.start = local(2030, 6, 3, 14, 15);
    draft.durationMinutes = 50;
    draft.reason = QStringLiteral("Check-up");
    auto added = tv.session().appointments().add(draft);
    CHECK_OK(added);
    QVERIFY(!added->id.isEmpty());
    QCOMPARE(added->patientId, patient->patient.id);
    QCOMPARE(added->practitionerId, std::optional<QString>(tv.session().user().id));
    QCOMPARE(added->startsAt, draft.start.toMSecsSinceEpoch());
    QCOMPARE(added->durationMinutes, 50);
    QCOMPARE(added->status, QStringLiteral("booked"));
    QCOMPARE(added->reason, std::optional<QString>(QStringLiteral("Check-up")));
    QVERIFY(added->createdAt > 0);

    auto listed = tv.session().appointments().listForDay(QDate(2030, 6, 3));
    CHECK_OK(listed);
    QCOMPARE(listed->size(), std::size_t{1});
    const Appointment& a = listed->front();
    QCOMPARE(a.id, added->id);
    QCOMPARE(a.patientId, added->patientId);
    QCOMPARE(a.practitionerId, added->practitionerId);
    QCOMPARE(a.startsAt, added->startsAt);
    QCOMPARE(a.durationMinutes, 50);
    QCOMPARE(a.status, QStringLiteral("booked"));
    QCOMPARE(a.reason, added->reason);
    QCOMPARE(a.createdAt, added->createdAt);
    // Stored as UTC milliseconds.
    QCOMPARE(scalarOf(tv.session().db(), "SELECT starts_at FROM appointments"),
             QDateTime(QDate(2030, 6, 3), QTime(12, 15), QTimeZone::utc()).toMSecsSinceEpoch());
}

void TstAppointmentRepository::listForDayUsesLocalDayBoundaries() {
    TestVault tv;
    PatientDraft p;
    p.firstName = QStringLiteral("Bo");
    p.lastName = QStringLiteral("Ek");
    auto patient = tv.session().patients().add(p);
    CHECK_OK(patient);
    const auto book = [&](const QDateTime& start) { return ::book(tv, patient->patient.id, start, 30); };
    // 2030-01-10 in Stockholm is 2030-01-09T23:00Z .. 2030-01-10T23:00Z.
    const QString dayBefore = book(local(2030, 1, 9, 23, 59));
    const QString midnight = book(local(2030, 1, 10, 0, 0));      // 23:00Z the day before
    const QString lateEvening = book(local(2030, 1, 10, 23, 30)); // 22:30Z the same day
    const QString noon = book(local(2030, 1, 10, 12, 0));
    const QString nextMidnight = book(local(2030, 1, 11, 0, 0));
    // Given in UTC: 23:30Z on the 10th is 00:30 on the 11th in Stockholm.
    const QString utcLate = book(QDateTime(QDate(2030, 1, 10), QTime(23, 30), QTimeZone::utc()));
    for (const QString& id : {dayBefore, midnight, lateEvening, noon, nextMidnight, utcLate}) {
        QVERIFY(!id.isEmpty());
    }

    const auto idsFor = [&](QDate day) { return idsForDay(tv, day); };
    // In start order.
    QCOMPARE(idsFor(QDate(2030, 1, 10)), (QStringList{midnight, noon, lateEvening}));
    QCOMPARE(idsFor(QDate(2030, 1, 9)), QStringList{dayBefore});
    QCOMPARE(idsFor(QDate(2030, 1, 11)), (QStringList{nextMidnight, utcLate}));
    QCOMPARE(idsFor(QDate(2030, 1, 12)), QStringList());
}

void TstAppointmentRepository::listForDayOnDaylightSavingDays() {
    TestVault tv;
    PatientDraft p;
    p.firstName = QStringLiteral("Bo");
    p.lastName = QStringLiteral("Ek");
    auto patient = tv.session().patients().add(p);
    CHECK_OK(patient);
    const auto book = [&](const QDateTime& start) { return ::book(tv, patient->patient.id, start, 15); };
    // 2030-03-31: clocks go forward (23 hours). 2030-10-27: back (25 hours).
    const QString springEarly = book(local(2030, 3, 31, 0, 10));
    const QString springLate = book(local(2030, 3, 31, 23, 50));
    const QString springNext = book(local(2030, 4, 1, 0, 10));
    const QString autumnEarly = book(local(2030, 10, 27, 0, 10));
    const QString autumnLate = book(local(2030, 10, 27, 23, 50));
    const QString autumnNext = book(local(2030, 10, 28, 0, 10));
    QCOMPARE(local(2030, 3, 31, 0, 10).secsTo(local(2030, 4, 1, 0, 10)), 23 * 3600);
    QCOMPARE(local(2030, 10, 27, 0, 10).secsTo(local(2030, 10, 28, 0, 10)), 25 * 3600);

    const auto idsFor = [&](QDate day) { return idsForDay(tv, day); };
    QCOMPARE(idsFor(QDate(2030, 3, 31)), (QStringList{springEarly, springLate}));
    QCOMPARE(idsFor(QDate(2030, 4, 1)), QStringList{springNext});
    QCOMPARE(idsFor(QDate(2030, 10, 27)), (QStringList{autumnEarly, autumnLate}));
    QCOMPARE(idsFor(QDate(2030, 10, 28)), QStringList{autumnNext});
}

void TstAppointmentRepository::unknownPatientIsNotFound() {
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    AppointmentDraft d;
    d.patientId = QStringLiteral("no-such-patient");
    d.start = local(2030, 2, 1, 9, 0);
    d.durationMinutes = 30;
    auto added = m_vault->session().appointments().add(d);
    QVERIFY(!added);
    QCOMPARE(code(added.error().code), code(ErrorCode::NotFound));
    QVERIFY(added.error().message.contains(QLatin1String("patient")));

    // A deleted patient cannot be booked either.
    PatientDraft p;
    p.firstName = QStringLiteral("Gone");
    p.lastName = QStringLiteral("Away");
    auto gone = m_vault->session().patients().add(p);
    CHECK_OK(gone);
    CHECK_OK(m_vault->session().patients().remove(gone->patient.id));
    const Footprint afterRemove = footprint(db);
    d.patientId = gone->patient.id;
    auto deleted = m_vault->session().appointments().add(d);
    QVERIFY(!deleted);
    QCOMPARE(code(deleted.error().code), code(ErrorCode::NotFound));
    QCOMPARE(footprint(db), afterRemove);
    QCOMPARE(footprint(db)["appointments"], before["appointments"]);
}

void TstAppointmentRepository::durationIsBounded_data() {
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("-30") << -30 << false;
    QTest::newRow("2000") << 2000 << false;
    QTest::newRow("1441") << 1441 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("1440") << 1440 << true;
}

void TstAppointmentRepository::durationIsBounded() {
    QFETCH(int, minutes);
    QFETCH(bool, accepted);
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    AppointmentDraft d;
    d.patientId = m_patientId;
    d.start = local(2030, 2, 1, 9, 0);
    d.durationMinutes = minutes;
    auto added = m_vault->session().appointments().add(d);
    if (accepted) {
        CHECK_OK(added);
        QCOMPARE(added->durationMinutes, minutes);
        QCOMPARE(footprint(db)["appointments"], before["appointments"] + 1);
    } else {
        QVERIFY(!added);
        QCOMPARE(code(added.error().code), code(ErrorCode::InvalidInput));
        QVERIFY2(added.error().message.contains(QLatin1String("1440")), qPrintable(added.error().message));
        QCOMPARE(footprint(db), before);
    }
}

void TstAppointmentRepository::otherInvalidInput() {
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    AppointmentDraft d;
    d.patientId = m_patientId;
    d.durationMinutes = 30;
    d.start = QDateTime(); // invalid
    auto noStart = m_vault->session().appointments().add(d);
    QVERIFY(!noStart);
    QCOMPARE(code(noStart.error().code), code(ErrorCode::InvalidInput));

    d.start = local(2030, 2, 1, 9, 0);
    d.reason = QString(501, QLatin1Char('x'));
    auto longReason = m_vault->session().appointments().add(d);
    QVERIFY(!longReason);
    QCOMPARE(code(longReason.error().code), code(ErrorCode::InvalidInput));
    QCOMPARE(footprint(db), before);

    d.reason = QString(500, QLatin1Char('x'));
    CHECK_OK(m_vault->session().appointments().add(d));
}

void TstAppointmentRepository::practitionerMustExistAndBeClinical() {
    Database& db = m_vault->session().db();
    auto rita = m_vault->addUser(QStringLiteral("rita"), Role::Receptionist);
    auto pia = m_vault->addUser(QStringLiteral("pia"), Role::Practitioner);
    CHECK_OK(rita);
    CHECK_OK(pia);
    const Footprint before = footprint(db);
    AppointmentDraft d;
    d.patientId = m_patientId;
    d.start = local(2030, 2, 2, 9, 0);
    d.durationMinutes = 30;

    d.practitionerId = QStringLiteral("no-such-user");
    auto unknown = m_vault->session().appointments().add(d);
    QVERIFY(!unknown);
    QCOMPARE(code(unknown.error().code), code(ErrorCode::NotFound));
    d.practitionerId = rita->id;
    auto receptionist = m_vault->session().appointments().add(d);
    QVERIFY(!receptionist);
    QCOMPARE(code(receptionist.error().code), code(ErrorCode::NotFound));
    QCOMPARE(footprint(db), before);

    d.practitionerId = pia->id;
    auto added = m_vault->session().appointments().add(d);
    CHECK_OK(added);
    QCOMPARE(added->practitionerId, std::optional<QString>(pia->id));
}

QTEST_GUILESS_MAIN(TstAppointmentRepository)

#include "tst_appointmentrepository.moc"
