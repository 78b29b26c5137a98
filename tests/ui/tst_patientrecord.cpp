// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The patient record in the real main window (AppController, real vault, offscreen): a validation message
// beside the field that is wrong; a receptionist cannot open a note: the record shows no clinical tab nor
// content, her Today opens records only, and core refuses the note (audited) whatever the UI does.
#include "ClinicDay.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "Widgets.h"
#include "domain/NoteValidation.h"
#include "main/MainWindow.h"
#include "patients/PatientDialog.h"
#include "patients/PatientRecordPage.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace clinicdesk;

namespace {

using test::child;
using Fixture = test::ClinicDay;

} // namespace

class TstPatientRecord : public QObject {
    Q_OBJECT

private slots:
    void validationMessageShowsBesideTheField();
    void receptionistCannotOpenTheNote();
};

void TstPatientRecord::validationMessageShowsBesideTheField() {
    Fixture f;
    QVERIFY(f.prepare());
    QVERIFY(f.signIn(QStringLiteral("pia")));
    f.window()->resize(1280, 800);
    f.window()->show();
    f.window()->showPatientRecord(f.adaId);
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("patientRecordPage"));
    QTRY_COMPARE(child<QLabel>(f.window(), "recordPatientName")->text(), QStringLiteral("Ada Lund"));
    QTest::mouseClick(child<QPushButton>(f.window(), "recordEditButton"), Qt::LeftButton);
    PatientDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = f.window()->findChild<PatientDialog*>(QStringLiteral("patientDialog"))) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* nationalId = child<QLineEdit>(dialog, "nationalIdEdit");
    auto* problem = child<QLabel>(dialog, "nationalIdProblem");
    QVERIFY(nationalId != nullptr && problem != nullptr);
    QVERIFY(problem->isHidden());
    // A Swedish personnummer with a wrong check digit: the rule that failed shows under that field.
    nationalId->setFocus();
    QTest::keyClicks(nationalId, QStringLiteral("19121212-1213"));
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("check digit")), qPrintable(problem->text()));
    const QPoint fieldAt = nationalId->mapTo(dialog, QPoint(0, 0));
    const QPoint problemAt = problem->mapTo(dialog, QPoint(0, 0));
    QCOMPARE(problemAt.x(), fieldAt.x());                         // aligned with the field
    QVERIFY(problemAt.y() >= fieldAt.y() + nationalId->height()); // just below it
    QVERIFY(problemAt.y() <= fieldAt.y() + nationalId->height() + 12);
    QCOMPARE(nationalId->accessibleDescription(), problem->text()); // a screen reader hears it too
    // No other field complains.
    for (const char* other : {"firstNameProblem", "lastNameProblem", "dateOfBirthProblem", "phoneProblem"}) {
        QVERIFY2(child<QLabel>(dialog, other)->isHidden(), other);
    }
    // A date of birth in the future is named beside its own field.
    auto* dob = child<QLineEdit>(dialog, "dateOfBirthEdit");
    dob->setFocus();
    QTest::keyClicks(dob, QDate::currentDate().addYears(1).toString(Qt::ISODate));
    QTRY_VERIFY(child<QLabel>(dialog, "dateOfBirthProblem")->isVisible());
    QVERIFY(child<QLabel>(dialog, "dateOfBirthProblem")->text().contains(QStringLiteral("future")));
    // Saving waits while they stand.
    QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
    // Corrected, the messages go away.
    dob->clear();
    QTest::keyClicks(dob, QStringLiteral("1912-12-12"));
    nationalId->clear();
    QTest::keyClicks(nationalId, QStringLiteral("19121212-1212"));
    QTRY_VERIFY(problem->isHidden());
    QVERIFY(child<QLabel>(dialog, "dateOfBirthProblem")->isHidden());
    QVERIFY(child<QPushButton>(dialog, "saveButton")->isEnabled());
}

void TstPatientRecord::receptionistCannotOpenTheNote() {
    Fixture f;
    QVERIFY(f.prepare());
    // Pia saw Ada: an encounter and a note; the record also has alerts and clinical notes.
    QVERIFY(f.vault.loginAs(QStringLiteral("pia"), test::TestVault::passwordFor(QStringLiteral("pia"))).has_value());
    PatientDraft clinical;
    clinical.firstName = QStringLiteral("Ada");
    clinical.lastName = QStringLiteral("Lund");
    clinical.alerts = QStringLiteral("Penicillin allergy");
    clinical.clinicalNotes = QStringLiteral("Suspected bruxism");
    QVERIFY(f.vault.session().patients().update(f.adaId, clinical).has_value());
    auto encounter = f.vault.session().encounters().open(f.adaId, Consent::Verbal);
    QVERIFY(encounter.has_value());
    NewNote n;
    n.encounterId = encounter->id;
    n.templateId = NoteTemplateRepository::builtinId(QStringLiteral("dental-exam"));
    n.content = QJsonObject{{QStringLiteral("chief_complaint"), QStringLiteral("Grinding at night")},
                            {QStringLiteral("findings"), QJsonArray{}},
                            {QStringLiteral("plan"), QStringLiteral("Night guard")}};
    n.language = QStringLiteral("sv");
    n.problems = NoteValidation::fromJson(QJsonArray{}); // none (and links ai/NoteValidation after core)
    auto note = NoteRepository(f.vault.session().db(), f.vault.session().session()).createDraft(n);
    QVERIFY(note.has_value());

    QVERIFY(f.signIn(QStringLiteral("rita")));
    f.window()->resize(1280, 800);
    f.window()->show();
    f.window()->showPlace(QString::fromLatin1(MainWindow::kToday));
    // Her Today: a click on Ada's appointment opens the record, not the encounter.
    QTRY_VERIFY(f.todayRow(QStringLiteral("Lund, Ada")) != nullptr);
    f.clickTodayRow(f.todayRow(QStringLiteral("Lund, Ada")));
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("patientRecordPage"));
    QTRY_COMPARE(child<QLabel>(f.window(), "recordPatientName")->text(), QStringLiteral("Ada Lund"));
    // The UI hides what she cannot open: no encounters, recordings or documents tab, no encounter button,
    // no alerts or clinical notes, and no note text anywhere on the record.
    auto* tabs = child<QTabWidget>(f.window(), "recordTabs");
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i) {
        titles << tabs->tabText(i);
    }
    QVERIFY2(!titles.join(QLatin1Char(' ')).contains(QStringLiteral("Encounters")), qPrintable(titles.join(',')));
    QVERIFY(!titles.join(QLatin1Char(' ')).contains(QStringLiteral("Recordings")));
    QVERIFY(!titles.join(QLatin1Char(' ')).contains(QStringLiteral("Documents")));
    QVERIFY(child<QWidget>(f.window(), "recordEncountersTab") == nullptr);
    QVERIFY(child<QPushButton>(f.window(), "recordEncounterButton") == nullptr);
    QVERIFY(!child<QLabel>(f.window(), "recordAlertBadge")->isVisible());
    for (QLabel* label : f.currentPage()->findChildren<QLabel*>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("bruxism")) &&
                     !label->text().contains(QStringLiteral("Grinding")) &&
                     !label->text().contains(QStringLiteral("Penicillin")),
                 qPrintable(label->objectName()));
    }
    // Core refuses her whatever the UI shows, and audits each attempt.
    auto rita = VaultSession::login(f.vault.dir(), QStringLiteral("rita"),
                                    test::TestVault::secret(test::TestVault::passwordFor(QStringLiteral("rita"))));
    QVERIFY(rita.has_value());
    NoteRepository notes((*rita)->db(), (*rita)->session());
    const std::int64_t before = test::scalarOf(
        (*rita)->db(), "SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity_id = ?", note->id);
    auto refused = notes.get(note->id);
    QVERIFY(!refused.has_value());
    QCOMPARE(int(refused.error().code), int(ErrorCode::PermissionDenied));
    QVERIFY(!notes.listForEncounter(encounter->id).has_value());
    QVERIFY(!(*rita)->encounters().openForAppointment(f.adaAppointment).has_value());
    QCOMPARE(test::scalarOf((*rita)->db(), "SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity_id = ?",
                            note->id),
             before + 1);
    QCOMPARE(test::scalarOf((*rita)->db(), "SELECT count(*) FROM audit_log WHERE action = 'denied' AND entity_id = ?",
                            encounter->id),
             1);
    QCOMPARE(
        test::scalarOf((*rita)->db(), "SELECT count(*) FROM encounters WHERE appointment_id = ?", f.adaAppointment), 0);
}

QTEST_MAIN(TstPatientRecord)
#include "tst_patientrecord.moc"
