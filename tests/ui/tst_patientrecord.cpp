// The patient record in the real main window (AppController, real vault, offscreen): a validation message
// beside the field that is wrong; a receptionist cannot open a note: the record shows no clinical tab nor
// content, her Today opens records only, and core refuses the note (audited) whatever the UI does.
#include "AppController.h"
#include "SqlProbe.h"
#include "TestVault.h"
#include "domain/NoteValidation.h"
#include "keychain/KeychainStore.h"
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
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace clinicdesk;

namespace {

template <typename T>
T* child(QObject* parent, const char* name) {
    return parent->findChild<T*>(QString::fromLatin1(name));
}

// A vault with Pia (practitioner) and Rita (reception), two patients and two of today's appointments:
// Ada with Pia, Bo with the admin. Then the main window of whoever signs in.
struct Fixture {
    QTemporaryDir dir;
    test::TestVault vault;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<AppController> controller;
    QString adaAppointment;
    QString boAppointment;
    QString adaId;

    bool prepare() {
        auto pia = vault.addUser(QStringLiteral("pia"), Role::Practitioner);
        auto rita = vault.addUser(QStringLiteral("rita"), Role::Receptionist);
        if (!pia || !rita) {
            return false;
        }
        PatientDraft ada;
        ada.firstName = QStringLiteral("Ada");
        ada.lastName = QStringLiteral("Lund");
        PatientDraft bo;
        bo.firstName = QStringLiteral("Bo");
        bo.lastName = QStringLiteral("Ek");
        auto a = vault.session().patients().add(ada);
        auto b = vault.session().patients().add(bo);
        if (!a || !b) {
            return false;
        }
        adaId = a->patient.id;
        // Today, late enough that neither is in the past when the test starts early in the morning.
        const QDateTime start(QDate::currentDate(), QTime(23, 0));
        AppointmentDraft booking;
        booking.patientId = a->patient.id;
        booking.practitionerId = pia->id;
        booking.start = start;
        booking.durationMinutes = 30;
        booking.reason = QStringLiteral("Check-up");
        auto first = vault.session().appointments().add(booking);
        booking.patientId = b->patient.id;
        booking.practitionerId = vault.session().user().id;
        booking.start = start.addSecs(-60 * 60);
        auto second = vault.session().appointments().add(booking);
        if (!first || !second) {
            return false;
        }
        adaAppointment = first->id;
        boAppointment = second->id;
        return true;
    }

    bool signIn(const QString& name) {
        vault.logout();
        auto session =
            VaultSession::login(vault.dir(), name, test::TestVault::secret(test::TestVault::passwordFor(name)));
        if (!session) {
            return false;
        }
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        keychain = std::make_unique<KeychainStore>(QStringLiteral("ClinicDesk-test-") +
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
        controller = std::make_unique<AppController>(vault.dir(), *keychain, settings.get(), KdfParams::minimum());
        controller->startSignedIn(std::shared_ptr<VaultSession>(std::move(*session)));
        // The window comes once the session's connections are open (off the UI thread).
        return QTest::qWaitFor([this] { return controller->mainWindow() != nullptr; }, 30000);
    }

    ~Fixture() { controller.reset(); }

    [[nodiscard]] MainWindow* window() const { return controller->mainWindow(); }
    [[nodiscard]] QWidget* currentPage() const { return child<QStackedWidget>(window(), "mainPages")->currentWidget(); }
    [[nodiscard]] QTreeWidget* list() const { return child<QTreeWidget>(window(), "todayAppointments"); }
    [[nodiscard]] QTreeWidgetItem* rowOf(const QString& patientName) const {
        for (QTreeWidgetItemIterator it(list()); *it != nullptr; ++it) {
            if ((*it)->text(1) == patientName) {
                return *it;
            }
        }
        return nullptr;
    }
    // A real click on the row's patient cell.
    void click(QTreeWidgetItem* item) const {
        const QRect cell = list()->visualItemRect(item);
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, QPoint(cell.left() + 140, cell.center().y()));
    }
};

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
    QTRY_VERIFY(f.rowOf(QStringLiteral("Lund, Ada")) != nullptr);
    f.click(f.rowOf(QStringLiteral("Lund, Ada")));
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
