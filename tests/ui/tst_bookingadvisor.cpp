// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// What the calendar tells the receptionist about a time before and after booking it: a booking in the
// past, outside the practitioner's working hours or over one of their other bookings is warned about (a
// cancelled booking, another practitioner's, or the one being moved is no conflict), and the sentence
// after a save names what the core found.
#include "calendar/BookingAdvisor.h"

#include <QTest>

using namespace clinicdesk;

namespace {

const QString kAda = QStringLiteral("ada");
const QString kBo = QStringLiteral("bo");

User practitioner(const QString& id, const QString& name) {
    User u;
    u.id = id;
    u.name = id;
    u.displayName = name;
    u.role = Role::Practitioner;
    return u;
}

// Next week's Monday, so that nothing here is in the past.
QDateTime nextMonday(int hour, int minute = 0) {
    const QDate today = QDate::currentDate();
    return QDateTime(today.addDays(8 - today.dayOfWeek()), QTime(hour, minute));
}

ScheduledAppointment booking(const QString& id, const QString& practitionerId, const QDateTime& start, int minutes,
                             const QString& status = QStringLiteral("booked")) {
    ScheduledAppointment s;
    s.appointment.id = id;
    s.appointment.practitionerId = practitionerId;
    s.appointment.startsAt = start.toMSecsSinceEpoch();
    s.appointment.durationMinutes = minutes;
    s.appointment.status = status;
    s.patientFirstName = QStringLiteral("Åsa");
    s.patientLastName = QStringLiteral("Lind");
    return s;
}

BookingAdvisor advisor() {
    ClinicSettings settings;
    settings.workingHours[kAda] = {WorkingInterval{1, 8 * 60, 12 * 60}}; // Mondays 08-12
    return BookingAdvisor({practitioner(kAda, QStringLiteral("Dr Ada Berg")), practitioner(kBo, QStringLiteral("Bo"))},
                          settings);
}

} // namespace

class TstBookingAdvisor : public QObject {
    Q_OBJECT
private slots:
    void aFreeTimeInWorkingHoursHasNoWarning();
    void thePastAndOutsideWorkingHoursAreWarned();
    void anOverlapWithTheSamePractitionerIsWarned();
    void theSentenceAfterASaveNamesWhatTheCoreFound();
    void theDoubleBookingQuestionNamesTheOtherBooking();
};

void TstBookingAdvisor::aFreeTimeInWorkingHoursHasNoWarning() {
    const std::vector<ScheduledAppointment> booked = {booking(QStringLiteral("a1"), kAda, nextMonday(9), 30)};
    QCOMPARE(advisor().warnings(kAda, nextMonday(10), 30, {}, booked), QStringList());
    // Ending exactly when the other begins is no overlap.
    QCOMPARE(advisor().warnings(kAda, nextMonday(8, 30), 30, {}, booked), QStringList());
    // A zero-length or unset time has nothing to warn about (the dialog refuses it on its own).
    QCOMPARE(advisor().warnings(kAda, nextMonday(10), 0, {}, booked), QStringList());
}

void TstBookingAdvisor::thePastAndOutsideWorkingHoursAreWarned() {
    const QStringList past = advisor().warnings(kAda, QDateTime::currentDateTime().addDays(-7), 30, {}, {});
    QVERIFY2(past.contains(QStringLiteral("This time is in the past.")), qPrintable(past.join(u'|')));
    const QStringList late = advisor().warnings(kAda, nextMonday(11, 45), 30, {}, {});
    QCOMPARE(late, QStringList{QStringLiteral("Outside Dr Ada Berg's working hours.")});
    // Bo has no hours of his own: the clinic's default (weekdays 08-17) applies.
    QCOMPARE(advisor().warnings(kBo, nextMonday(15), 60, {}, {}), QStringList());
}

void TstBookingAdvisor::anOverlapWithTheSamePractitionerIsWarned() {
    const std::vector<ScheduledAppointment> booked = {
        booking(QStringLiteral("a1"), kAda, nextMonday(9), 30),
        booking(QStringLiteral("a2"), kAda, nextMonday(10), 30, QStringLiteral("cancelled")),
        booking(QStringLiteral("b1"), kBo, nextMonday(11), 30),
    };
    const QStringList over = advisor().warnings(kAda, nextMonday(9, 15), 30, {}, booked);
    QCOMPARE(over.size(), 1);
    QVERIFY2(over.first().startsWith(QStringLiteral("Overlaps Åsa Lind, ")), qPrintable(over.first()));
    // The booking being moved does not overlap itself.
    QCOMPARE(advisor().warnings(kAda, nextMonday(9, 15), 30, QStringLiteral("a1"), booked), QStringList());
    // A cancelled booking frees its time; another practitioner's booking is not Ada's.
    QCOMPARE(advisor().warnings(kAda, nextMonday(10), 30, {}, booked), QStringList());
    QCOMPARE(advisor().warnings(kAda, nextMonday(11), 30, {}, booked), QStringList());
}

void TstBookingAdvisor::theSentenceAfterASaveNamesWhatTheCoreFound() {
    const BookingAdvisor::Report plain = advisor().afterSave(QStringLiteral("Booked."), AppointmentChecks{}, kAda);
    QCOMPARE(plain.text, QStringLiteral("Booked."));
    QVERIFY(!plain.warning);
    AppointmentChecks checks;
    checks.inPast = true;
    checks.outsideWorkingHours = true;
    checks.overlaps.push_back(booking(QStringLiteral("a1"), kAda, nextMonday(9), 30).appointment);
    const BookingAdvisor::Report noted = advisor().afterSave(QStringLiteral("Moved."), checks, kAda);
    QCOMPARE(noted.text, QStringLiteral("Moved. Note: it is in the past; it is outside Dr Ada Berg's working hours; "
                                        "it is a double booking."));
    QVERIFY(noted.warning);
}

void TstBookingAdvisor::theDoubleBookingQuestionNamesTheOtherBooking() {
    const QString question = advisor().overlapQuestion({booking(QStringLiteral("a1"), kAda, nextMonday(9), 30)});
    QVERIFY2(question.startsWith(QStringLiteral("Dr Ada Berg already has a booking at this time: Åsa Lind, ")),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("09:00")), qPrintable(question));
}

QTEST_MAIN(TstBookingAdvisor)
#include "tst_bookingadvisor.moc"
