// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The Today page in the real main window (AppController, real vault, offscreen): a practitioner sees
// their own appointments of the day with their status, and one click on an appointment opens its
// encounter (the appointment becomes "in progress"); reception sees everyone's and checks a patient in.
#include "ClinicDay.h"
#include "TestVault.h"
#include "Widgets.h"
#include "main/MainWindow.h"
#include "patients/PatientRecordPage.h"
#include "today/TodayPage.h"

#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

using namespace clinicdesk;

namespace {

using test::child;
using Fixture = test::ClinicDay;

} // namespace

class TstTodayPage : public QObject {
    Q_OBJECT

private slots:
    void practitionerOpensTheEncounterWithOneClick();
    void receptionSeesEveryoneAndChecksIn();
};

void TstTodayPage::practitionerOpensTheEncounterWithOneClick() {
    Fixture f;
    QVERIFY(f.prepare());
    QVERIFY(f.signIn(QStringLiteral("pia")));
    f.window()->resize(1280, 800);
    f.window()->show();
    // Today, from the rail: Pia's own appointment only, booked.
    f.window()->showPlace(QString::fromLatin1(MainWindow::kToday));
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("todayPage"));
    QTRY_VERIFY(f.todayRow(QStringLiteral("Lund, Ada")) != nullptr);
    QVERIFY(f.todayRow(QStringLiteral("Ek, Bo")) == nullptr);
    QTreeWidgetItem* ada = f.todayRow(QStringLiteral("Lund, Ada"));
    QCOMPARE(ada->text(3), QStringLiteral("Booked"));
    QCOMPARE(ada->text(2), QStringLiteral("Check-up"));
    // She sees her work too: drafts, recordings waiting, jobs.
    QVERIFY(child<QWidget>(f.window(), "todayWorkPanel") != nullptr);

    // One click opens the appointment's encounter.
    f.clickTodayRow(ada);
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("encounterPage"));
    QTRY_VERIFY(child<QLabel>(f.window(), "encounterPatientLabel")->text().contains(QStringLiteral("Ada")));
    // In the vault: an encounter of that appointment, by Pia, and the appointment is in progress.
    auto probe = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                     test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
    QVERIFY(probe.has_value());
    QTRY_VERIFY((*probe)->encounters().findForAppointment(f.adaAppointment).value_or(std::nullopt).has_value());
    auto appointment = (*probe)->appointments().get(f.adaAppointment);
    QVERIFY(appointment.has_value());
    QCOMPARE(appointment->status, QStringLiteral("in_progress"));

    // Back on Today, the row says so.
    f.window()->showPlace(QString::fromLatin1(MainWindow::kToday));
    QTRY_COMPARE(f.todayRow(QStringLiteral("Lund, Ada"))->text(3), QStringLiteral("In progress"));
}

void TstTodayPage::receptionSeesEveryoneAndChecksIn() {
    Fixture f;
    QVERIFY(f.prepare());
    QVERIFY(f.signIn(QStringLiteral("rita")));
    f.window()->resize(1280, 800);
    f.window()->show();
    f.window()->showPlace(QString::fromLatin1(MainWindow::kToday));
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("todayPage"));
    QTRY_VERIFY(f.todayRow(QStringLiteral("Lund, Ada")) != nullptr);
    QVERIFY(f.todayRow(QStringLiteral("Ek, Bo")) != nullptr);
    // Nothing clinical on her Today.
    QVERIFY(child<QWidget>(f.window(), "todayWorkPanel") == nullptr);
    // Check Ada in with the row's button.
    auto* arrived = qobject_cast<QPushButton*>(f.todayList()
                                                   ->itemWidget(f.todayRow(QStringLiteral("Lund, Ada")), 4)
                                                   ->findChild<QPushButton*>(QStringLiteral("todayArrivedButton")));
    QVERIFY(arrived != nullptr);
    QTest::mouseClick(arrived, Qt::LeftButton);
    QTRY_COMPARE(f.todayRow(QStringLiteral("Lund, Ada"))->text(3), QStringLiteral("Arrived"));
    // A click on the row opens the patient's record, never an encounter.
    f.clickTodayRow(f.todayRow(QStringLiteral("Lund, Ada")));
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("patientRecordPage"));
    QTRY_VERIFY(child<QLabel>(f.window(), "recordPatientName")->text().contains(QStringLiteral("Ada")));
}

QTEST_MAIN(TstTodayPage)
#include "tst_todaypage.moc"
