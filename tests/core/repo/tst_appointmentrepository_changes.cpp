// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// AppointmentRepository's changes to a booking against a real vault: move and resize, cancel with a
// reason, statuses, the refusal of a double booking (and allowOverlap), what check() warns about (the
// past, outside working hours, overlaps; cancelled and no-show bookings free their time), the calendar's
// listing with names, and the audit entry of an export. A refused change writes nothing.

#include "Checks.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "domain/AppointmentStatus.h"
#include "repo/ClinicSettingsStore.h"

#include <QTest>

#include <ctime>

using namespace clinicdesk;
using clinicdesk::test::TestVault;

namespace {

using clinicdesk::test::code;
using clinicdesk::test::Footprint;
using clinicdesk::test::scalarOf;
using clinicdesk::test::textOf;

const bool kTimeZoneSet = [] {
    qputenv("TZ", "Europe/Stockholm");
    tzset();
    return true;
}();

Footprint footprint(Database& db) {
    return Footprint::of(db, {{"appointments", "SELECT count(*) FROM appointments"},
                              {"revisions", "SELECT coalesce(sum(rev), 0) FROM appointments"}});
}

// A Monday in the future (2030-06-03) at h:m local time.
QDateTime monday(int h, int m) {
    return QDateTime(QDate(2030, 6, 3), QTime(h, m));
}

} // namespace

class TstAppointmentRepositoryChanges : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overlapIsRefusedNamingTheOtherBooking();
    void allowOverlapBooksTheDoubleBooking();
    void touchingBookingsDoNotOverlap();
    void cancelledAndNoShowDoNotCountAsOverlaps();
    void otherPractitionersDoNotOverlap();
    void moveChangesTheTimeAndIsAudited();
    void moveIntoAnOverlapIsRefused();
    void moveOfCancelledOrDoneIsRefused();
    void moveValidatesTheTime();
    void cancelKeepsTheReason();
    void cancelNeedsAReason();
    void statusesGoThroughTheDay();
    void statusRefusesBadInput();
    void checkWarnsAboutThePast();
    void checkWarnsOutsideWorkingHours();
    void checkListsOverlapsExceptTheMovedOne();
    void listScheduledHasNamesAndRunningBookings();
    void exportIsAuditedWithoutPatientData();
    void receptionistBooksButCannotSkipRules();

private:
    QString book(const QDateTime& start, int minutes, bool allowOverlap = false, const QString& practitioner = {});

    std::unique_ptr<TestVault> m_vault;
    QString m_patient;
    QString m_pia; // a practitioner
    QString m_per; // another
};

void TstAppointmentRepositoryChanges::init() {
    QVERIFY(kTimeZoneSet);
    m_vault = std::make_unique<TestVault>();
    auto patient = m_vault->session().patients().add(test::patientDraft(QStringLiteral("Åsa"), QStringLiteral("Lind")));
    CHECK_OK(patient);
    m_patient = patient->patient.id;
    auto pia = m_vault->addUser(QStringLiteral("pia"), Role::Practitioner);
    auto per = m_vault->addUser(QStringLiteral("per"), Role::Practitioner);
    CHECK_OK(pia);
    CHECK_OK(per);
    m_pia = pia->id;
    m_per = per->id;
}

void TstAppointmentRepositoryChanges::cleanup() {
    m_vault.reset();
}

QString TstAppointmentRepositoryChanges::book(const QDateTime& start, int minutes, bool allowOverlap,
                                              const QString& practitioner) {
    AppointmentDraft d;
    d.patientId = m_patient;
    d.practitionerId = practitioner.isEmpty() ? m_pia : practitioner;
    d.start = start;
    d.durationMinutes = minutes;
    d.allowOverlap = allowOverlap;
    auto added = m_vault->session().appointments().add(d);
    return added ? added->id : QString();
}

void TstAppointmentRepositoryChanges::overlapIsRefusedNamingTheOtherBooking() {
    const QString first = book(monday(9, 0), 45);
    QVERIFY(!first.isEmpty());
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    AppointmentDraft d;
    d.patientId = m_patient;
    d.practitionerId = m_pia;
    d.start = monday(9, 30);
    d.durationMinutes = 30;
    auto refused = m_vault->session().appointments().add(d);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    // The message names the other booking: its id, its time and whom it is for.
    QVERIFY2(refused.error().message.contains(first.left(8)), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Åsa Lind")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("09:00")), qPrintable(refused.error().message));
    QVERIFY(refused.error().detail.contains(first));
    QCOMPARE(footprint(db), before);
}

void TstAppointmentRepositoryChanges::allowOverlapBooksTheDoubleBooking() {
    QVERIFY(!book(monday(9, 0), 45).isEmpty());
    const QString second = book(monday(9, 30), 30, true);
    QVERIFY(!second.isEmpty());
    // Audited as a double booking the user chose.
    QCOMPARE(textOf(m_vault->session().db(),
                    "SELECT detail FROM audit_log WHERE entity = 'appointment' ORDER BY seq DESC LIMIT 1"),
             QStringLiteral("overlap allowed"));
}

void TstAppointmentRepositoryChanges::touchingBookingsDoNotOverlap() {
    QVERIFY(!book(monday(9, 0), 30).isEmpty());
    QVERIFY(!book(monday(9, 30), 30).isEmpty());
    QVERIFY(!book(monday(8, 30), 30).isEmpty());
    // One minute into the 9:00 booking is an overlap.
    QVERIFY(book(monday(9, 59), 10).isEmpty());
}

void TstAppointmentRepositoryChanges::cancelledAndNoShowDoNotCountAsOverlaps() {
    const QString cancelled = book(monday(10, 0), 60);
    const QString noShow = book(monday(11, 0), 60);
    CHECK_OK(m_vault->session().appointments().cancel(cancelled, QStringLiteral("Patient called")));
    CHECK_OK(m_vault->session().appointments().setStatus(noShow, AppointmentStatus::NoShow));
    QVERIFY(!book(monday(10, 15), 30).isEmpty());
    QVERIFY(!book(monday(11, 15), 30).isEmpty());
    ClinicSettings settings;
    auto checks = m_vault->session().appointments().check(m_pia, monday(10, 0), 120, settings);
    CHECK_OK(checks);
    QCOMPARE(checks->overlaps.size(), std::size_t{2}); // the two new ones only
}

void TstAppointmentRepositoryChanges::otherPractitionersDoNotOverlap() {
    QVERIFY(!book(monday(9, 0), 60).isEmpty());
    QVERIFY(!book(monday(9, 0), 60, false, m_per).isEmpty());
    // Without a practitioner there is no one to double-book.
    AppointmentDraft d;
    d.patientId = m_patient;
    d.start = monday(9, 0);
    d.durationMinutes = 60;
    CHECK_OK(m_vault->session().appointments().add(d));
    CHECK_OK(m_vault->session().appointments().add(d));
}

void TstAppointmentRepositoryChanges::moveChangesTheTimeAndIsAudited() {
    const QString id = book(monday(9, 0), 30);
    auto moved = m_vault->session().appointments().move(id, monday(14, 5), 50);
    CHECK_OK(moved);
    QCOMPARE(moved->startsAt, monday(14, 5).toMSecsSinceEpoch());
    QCOMPARE(moved->durationMinutes, 50);
    auto stored = m_vault->session().appointments().get(id);
    CHECK_OK(stored);
    QCOMPARE(stored->startsAt, monday(14, 5).toMSecsSinceEpoch());
    QCOMPARE(stored->durationMinutes, 50);
    QCOMPARE(stored->status, AppointmentStatus::Booked);
    QCOMPARE(scalarOf(m_vault->session().db(), "SELECT rev FROM appointments WHERE id = ?", id), 1);
    QCOMPARE(textOf(m_vault->session().db(),
                    "SELECT action || ' ' || detail FROM audit_log WHERE entity = 'appointment' ORDER BY seq DESC "
                    "LIMIT 1"),
             QStringLiteral("update moved"));
    QCOMPARE(scalarOf(m_vault->session().db(), "SELECT count(*) FROM changes WHERE record_id = ?", id), 2);
}

void TstAppointmentRepositoryChanges::moveIntoAnOverlapIsRefused() {
    const QString first = book(monday(9, 0), 60);
    const QString second = book(monday(11, 0), 30);
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    auto refused = m_vault->session().appointments().move(second, monday(9, 30), 30);
    QVERIFY(!refused);
    QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    QVERIFY(refused.error().message.contains(first.left(8)));
    // Resizing into it is moving into it too.
    QVERIFY(!m_vault->session().appointments().move(first, monday(9, 0), 150));
    QCOMPARE(footprint(db), before);
    // Within its own time a booking never overlaps itself.
    CHECK_OK(m_vault->session().appointments().move(first, monday(9, 15), 45));
    CHECK_OK(m_vault->session().appointments().move(second, monday(9, 30), 30, true));
}

void TstAppointmentRepositoryChanges::moveOfCancelledOrDoneIsRefused() {
    const QString cancelled = book(monday(9, 0), 30);
    const QString done = book(monday(10, 0), 30);
    CHECK_OK(m_vault->session().appointments().cancel(cancelled, QStringLiteral("Ill")));
    CHECK_OK(m_vault->session().appointments().setStatus(done, AppointmentStatus::Done));
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    for (const QString& id : {cancelled, done}) {
        auto refused = m_vault->session().appointments().move(id, monday(15, 0), 30);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    }
    QVERIFY(!m_vault->session().appointments().move(QStringLiteral("no-such"), monday(15, 0), 30));
    QCOMPARE(footprint(db), before);
}

void TstAppointmentRepositoryChanges::moveValidatesTheTime() {
    const QString id = book(monday(9, 0), 30);
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    // Zero length and an end before the start (a negative length), an invalid start.
    for (int minutes : {0, -15, 1441}) {
        auto refused = m_vault->session().appointments().move(id, monday(9, 0), minutes);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    }
    QVERIFY(!m_vault->session().appointments().move(id, QDateTime(), 30));
    QCOMPARE(footprint(db), before);
}

void TstAppointmentRepositoryChanges::cancelKeepsTheReason() {
    const QString id = book(monday(9, 0), 30);
    auto cancelled = m_vault->session().appointments().cancel(id, QStringLiteral("  Patient called, moving away  "));
    CHECK_OK(cancelled);
    QCOMPARE(cancelled->status, AppointmentStatus::Cancelled);
    auto stored = m_vault->session().appointments().get(id);
    CHECK_OK(stored);
    QCOMPARE(stored->status, AppointmentStatus::Cancelled);
    QCOMPARE(stored->cancelReason, std::optional<QString>(QStringLiteral("Patient called, moving away")));
    // The audit says what happened, not the reason.
    QCOMPARE(textOf(m_vault->session().db(),
                    "SELECT detail FROM audit_log WHERE entity = 'appointment' ORDER BY seq DESC LIMIT 1"),
             QStringLiteral("cancelled"));
    // Twice is refused.
    QVERIFY(!m_vault->session().appointments().cancel(id, QStringLiteral("again")));
}

void TstAppointmentRepositoryChanges::cancelNeedsAReason() {
    const QString id = book(monday(9, 0), 30);
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    for (const QString& reason : {QString(), QStringLiteral("   "), QString(501, QLatin1Char('x'))}) {
        auto refused = m_vault->session().appointments().cancel(id, reason);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    }
    QCOMPARE(footprint(db), before);
}

void TstAppointmentRepositoryChanges::statusesGoThroughTheDay() {
    const QString id = book(monday(9, 0), 30);
    for (const QString& status : {AppointmentStatus::Arrived, AppointmentStatus::InProgress, AppointmentStatus::Done,
                                  AppointmentStatus::Booked, AppointmentStatus::NoShow}) {
        auto changed = m_vault->session().appointments().setStatus(id, status);
        CHECK_OK(changed);
        QCOMPARE(changed->status, status);
        QCOMPARE(textOf(m_vault->session().db(), "SELECT status FROM appointments"), status);
    }
    QCOMPARE(textOf(m_vault->session().db(),
                    "SELECT detail FROM audit_log WHERE entity = 'appointment' ORDER BY seq DESC LIMIT 1"),
             QStringLiteral("status booked->no_show"));
    // The same status again writes nothing.
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    CHECK_OK(m_vault->session().appointments().setStatus(id, AppointmentStatus::NoShow));
    QCOMPARE(footprint(db), before);
}

void TstAppointmentRepositoryChanges::statusRefusesBadInput() {
    const QString id = book(monday(9, 0), 30);
    Database& db = m_vault->session().db();
    const Footprint before = footprint(db);
    for (const QString& status : {QStringLiteral("cancelled"), QStringLiteral("late"), QString()}) {
        auto refused = m_vault->session().appointments().setStatus(id, status);
        QVERIFY(!refused);
        QCOMPARE(code(refused.error().code), code(ErrorCode::InvalidInput));
    }
    CHECK_OK(m_vault->session().appointments().cancel(id, QStringLiteral("Ill")));
    const Footprint cancelled = footprint(db);
    QVERIFY(!m_vault->session().appointments().setStatus(id, AppointmentStatus::Arrived));
    QCOMPARE(footprint(db), cancelled);
    QVERIFY(before != cancelled);
}

void TstAppointmentRepositoryChanges::checkWarnsAboutThePast() {
    ClinicSettings settings;
    auto past = m_vault->session().appointments().check(m_pia, QDateTime::currentDateTime().addDays(-1), 30, settings);
    CHECK_OK(past);
    QVERIFY(past->inPast);
    auto future = m_vault->session().appointments().check(m_pia, monday(9, 0), 30, settings);
    CHECK_OK(future);
    QVERIFY(!future->inPast);
    QVERIFY(!future->outsideWorkingHours);
    QVERIFY(future->overlaps.empty());
    // A booking in the past is still allowed.
    QVERIFY(!book(QDateTime::currentDateTime().addDays(-1), 30).isEmpty());
}

void TstAppointmentRepositoryChanges::checkWarnsOutsideWorkingHours() {
    ClinicSettings settings; // Monday to Friday 08:00-17:00 by default
    const auto outside = [&](const QDateTime& start, int minutes, const QString& who) {
        auto checks = m_vault->session().appointments().check(who, start, minutes, settings);
        return checks ? checks->outsideWorkingHours : false;
    };
    QVERIFY(!outside(monday(8, 0), 60, m_pia));
    QVERIFY(!outside(monday(16, 0), 60, m_pia));
    QVERIFY(outside(monday(7, 30), 60, m_pia));
    QVERIFY(outside(monday(16, 30), 60, m_pia));
    QVERIFY(outside(QDateTime(QDate(2030, 6, 8), QTime(10, 0)), 30, m_pia)); // a Saturday
    // Per's own hours: Saturdays 10-14 only.
    settings.workingHours[m_per] = {WorkingInterval{6, 10 * 60, 14 * 60}};
    QVERIFY(!outside(QDateTime(QDate(2030, 6, 8), QTime(10, 0)), 30, m_per));
    QVERIFY(outside(monday(9, 0), 30, m_per));
    // A practitioner with no working days: always outside.
    settings.workingHours[m_pia] = {};
    QVERIFY(outside(monday(9, 0), 30, m_pia));
    // Without a practitioner nobody's hours apply.
    auto nobody = m_vault->session().appointments().check(std::nullopt, monday(3, 0), 30, settings);
    CHECK_OK(nobody);
    QVERIFY(!nobody->outsideWorkingHours);
}

void TstAppointmentRepositoryChanges::checkListsOverlapsExceptTheMovedOne() {
    const QString a = book(monday(9, 0), 60);
    const QString b = book(monday(10, 0), 60);
    ClinicSettings settings;
    auto both = m_vault->session().appointments().check(m_pia, monday(9, 30), 60, settings);
    CHECK_OK(both);
    QCOMPARE(both->overlaps.size(), std::size_t{2});
    QCOMPARE(both->overlaps.at(0).id, a);
    QCOMPARE(both->overlaps.at(1).id, b);
    auto movingA = m_vault->session().appointments().check(m_pia, monday(9, 30), 60, settings, a);
    CHECK_OK(movingA);
    QCOMPARE(movingA->overlaps.size(), std::size_t{1});
    QCOMPARE(movingA->overlaps.at(0).id, b);
    // Bad input is refused by check() too.
    QVERIFY(!m_vault->session().appointments().check(m_pia, monday(9, 0), 0, settings));
}

void TstAppointmentRepositoryChanges::listScheduledHasNamesAndRunningBookings() {
    const QString early = book(monday(7, 0), 120); // still running at 8:00
    const QString nine = book(monday(9, 0), 30);
    const QString other = book(monday(9, 0), 30, false, m_per);
    const QString before = book(monday(6, 0), 30); // over before 8:00
    QVERIFY(!early.isEmpty() && !nine.isEmpty() && !other.isEmpty() && !before.isEmpty());
    const std::int64_t from = monday(8, 0).toMSecsSinceEpoch();
    const std::int64_t to = monday(12, 0).toMSecsSinceEpoch();
    auto all = m_vault->session().appointments().listScheduled(from, to, QString());
    CHECK_OK(all);
    QStringList ids;
    for (const ScheduledAppointment& s : *all) {
        ids << s.appointment.id;
        QCOMPARE(s.patientName(), QStringLiteral("Åsa Lind"));
    }
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(0), early);
    QVERIFY(ids.contains(nine) && ids.contains(other));
    auto per = m_vault->session().appointments().listScheduled(from, to, m_per);
    CHECK_OK(per);
    QCOMPARE(per->size(), std::size_t{1});
    QCOMPARE(per->front().appointment.id, other);
}

void TstAppointmentRepositoryChanges::exportIsAuditedWithoutPatientData() {
    CHECK_OK(m_vault->session().appointments().recordExport(QStringLiteral("ics"), m_pia,
                                                            monday(0, 0).toMSecsSinceEpoch(),
                                                            monday(0, 0).addDays(7).toMSecsSinceEpoch(), 12));
    Database& db = m_vault->session().db();
    QCOMPARE(textOf(db, "SELECT action || '|' || entity || '|' || entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"),
             QStringLiteral("export|appointments|") + m_pia);
    const QString detail = textOf(db, "SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1");
    QVERIFY2(detail.startsWith(QStringLiteral("ics 12 appointments 2030-06-02T22:00:00Z..")), qPrintable(detail));
    QVERIFY(!detail.contains(QStringLiteral("Åsa")));
    CHECK_OK(m_vault->session().appointments().recordExport(QStringLiteral("ics"), QString(), 0, 1, 0));
    QCOMPARE(textOf(db, "SELECT entity_id FROM audit_log ORDER BY seq DESC LIMIT 1"), QStringLiteral("clinic"));
}

void TstAppointmentRepositoryChanges::receptionistBooksButCannotSkipRules() {
    CHECK_OK(m_vault->addUser(QStringLiteral("rita"), Role::Receptionist));
    CHECK_OK(m_vault->loginAs(QStringLiteral("rita"), TestVault::passwordFor(QStringLiteral("rita"))));
    const QString id = book(monday(9, 0), 30);
    QVERIFY(!id.isEmpty());
    QVERIFY(book(monday(9, 15), 30).isEmpty());
    CHECK_OK(m_vault->session().appointments().setStatus(id, AppointmentStatus::Arrived));
    CHECK_OK(m_vault->session().appointments().move(id, monday(10, 0), 30));
    CHECK_OK(m_vault->session().appointments().cancel(id, QStringLiteral("Rebooked by phone")));
}

QTEST_GUILESS_MAIN(TstAppointmentRepositoryChanges)

#include "tst_appointmentrepository_changes.moc"
