// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// An administrator merges a duplicate patient from the record (the real main window over a real vault,
// offscreen): the duplicate is found by search, the merge waits for the confirmation, the duplicate's
// appointment moves to the kept record, the duplicate becomes a tombstone that points to it, and the merge
// is audited. A practitioner's record offers no merge.
#include "ClinicDay.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "Widgets.h"
#include "main/MainWindow.h"
#include "patients/PatientMergeDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace clinicdesk;

namespace {

using test::child;

QListWidgetItem* candidate(QListWidget* list, const QString& text) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text)) {
            return list->item(i);
        }
    }
    return nullptr;
}

} // namespace

class TstPatientMergeDialog : public QObject {
    Q_OBJECT
private slots:
    void anAdministratorMergesADuplicate();
    void aPractitionerCannotMerge();
};

void TstPatientMergeDialog::anAdministratorMergesADuplicate() {
    test::ClinicDay f;
    QVERIFY(f.prepare());
    // Ada entered twice: the second record has a phone number and a booking of its own.
    PatientDraft twice;
    twice.firstName = QStringLiteral("Ada");
    twice.lastName = QStringLiteral("Lund");
    twice.phone = QStringLiteral("070-111 22 33");
    auto duplicate = f.vault.session().patients().add(twice);
    QVERIFY(duplicate.has_value());
    const QString duplicateId = duplicate->patient.id;
    AppointmentDraft visit;
    visit.patientId = duplicateId;
    visit.start = QDateTime(QDate::currentDate().addDays(3), QTime(10, 0));
    visit.durationMinutes = 30;
    auto booked = f.vault.session().appointments().add(visit);
    QVERIFY(booked.has_value());

    QVERIFY(f.app.startSignedInAsAdmin());
    f.window()->resize(1280, 800);
    f.window()->show();
    f.window()->showPatientRecord(f.adaId);
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("patientRecordPage"));
    QTRY_COMPARE(child<QLabel>(f.window(), "recordPatientName")->text(), QStringLiteral("Ada Lund"));
    QTest::mouseClick(child<QPushButton>(f.window(), "recordMergeButton"), Qt::LeftButton);
    PatientMergeDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window()->findChild<PatientMergeDialog*>(QStringLiteral("patientMergeDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());

    // The search finds the other Ada (never the kept record itself).
    auto* list = child<QListWidget>(dialog, "mergeCandidates");
    QTest::keyClicks(child<QLineEdit>(dialog, "mergeSearchEdit"), QStringLiteral("lund"));
    QTRY_VERIFY(candidate(list, QStringLiteral("070")) != nullptr);
    QCOMPARE(list->count(), 1);
    list->setCurrentItem(candidate(list, QStringLiteral("070")));
    // Nothing merges before the administrator confirms that both are the same person.
    auto* mergeButton = child<QPushButton>(dialog, "mergeButton");
    QVERIFY(!mergeButton->isEnabled());
    child<QCheckBox>(dialog, "mergeConfirmCheck")->setChecked(true);
    QVERIFY(mergeButton->isEnabled());
    QTest::mouseClick(mergeButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog == nullptr || !dialog->isVisible(), test::RunningApp::kSlowMs);
    QTRY_VERIFY(child<QWidget>(f.window(), "recordInfoBar")->isVisible());

    // The vault as a second session sees it: the booking is Ada's now, the duplicate a tombstone, audited.
    QVERIFY(f.vault
                .loginAs(QString::fromLatin1(test::TestVault::kAdminName),
                         QString::fromLatin1(test::TestVault::kAdminPassword))
                .has_value());
    Database& db = f.vault.session().db();
    QCOMPARE(test::textOf(
                 db, QString(u"SELECT patient_id FROM appointments WHERE id = '" + booked->id + u"'").toStdString()),
             f.adaId);
    QCOMPARE(
        test::textOf(db, QString(u"SELECT merged_into FROM patients WHERE id = '" + duplicateId + u"'").toStdString()),
        f.adaId);
    for (const QString& id : {f.adaId, duplicateId}) {
        QCOMPARE(test::scalarOf(db, "SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'merge'", id), 1);
    }

    // The duplicate's record says where everything went.
    f.window()->showPatientRecord(duplicateId);
    QTRY_VERIFY(child<QWidget>(f.window(), "recordMergedBanner")->isVisible());
    QVERIFY(child<QWidget>(f.window(), "recordOpenMergedButton")->isVisible());
}

void TstPatientMergeDialog::aPractitionerCannotMerge() {
    test::ClinicDay f;
    QVERIFY(f.prepare());
    QVERIFY(f.signIn(QStringLiteral("pia")));
    f.window()->resize(1280, 800);
    f.window()->show();
    f.window()->showPatientRecord(f.adaId);
    QTRY_COMPARE(child<QLabel>(f.window(), "recordPatientName")->text(), QStringLiteral("Ada Lund"));
    QVERIFY(child<QPushButton>(f.window(), "recordMergeButton") == nullptr);
}

QTEST_MAIN(TstPatientMergeDialog)
#include "tst_patientmergedialog.moc"
