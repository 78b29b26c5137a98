// The Today page in the real main window (AppController, real vault, offscreen): a practitioner sees
// their own appointments of the day with their status, and one click on an appointment opens its
// encounter (the appointment becomes "in progress"); reception sees everyone's and checks a patient in.
#include "AppController.h"
#include "TestVault.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "patients/PatientRecordPage.h"
#include "today/TodayPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
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
    QTRY_VERIFY(f.rowOf(QStringLiteral("Lund, Ada")) != nullptr);
    QVERIFY(f.rowOf(QStringLiteral("Ek, Bo")) == nullptr);
    QTreeWidgetItem* ada = f.rowOf(QStringLiteral("Lund, Ada"));
    QCOMPARE(ada->text(3), QStringLiteral("Booked"));
    QCOMPARE(ada->text(2), QStringLiteral("Check-up"));
    // She sees her work too: drafts, recordings waiting, jobs.
    QVERIFY(child<QWidget>(f.window(), "todayWorkPanel") != nullptr);

    // One click opens the appointment's encounter.
    f.click(ada);
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
    QTRY_COMPARE(f.rowOf(QStringLiteral("Lund, Ada"))->text(3), QStringLiteral("In progress"));
}

void TstTodayPage::receptionSeesEveryoneAndChecksIn() {
    Fixture f;
    QVERIFY(f.prepare());
    QVERIFY(f.signIn(QStringLiteral("rita")));
    f.window()->resize(1280, 800);
    f.window()->show();
    f.window()->showPlace(QString::fromLatin1(MainWindow::kToday));
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("todayPage"));
    QTRY_VERIFY(f.rowOf(QStringLiteral("Lund, Ada")) != nullptr);
    QVERIFY(f.rowOf(QStringLiteral("Ek, Bo")) != nullptr);
    // Nothing clinical on her Today.
    QVERIFY(child<QWidget>(f.window(), "todayWorkPanel") == nullptr);
    // Check Ada in with the row's button.
    auto* arrived = qobject_cast<QPushButton*>(f.list()
                                                   ->itemWidget(f.rowOf(QStringLiteral("Lund, Ada")), 4)
                                                   ->findChild<QPushButton*>(QStringLiteral("todayArrivedButton")));
    QVERIFY(arrived != nullptr);
    QTest::mouseClick(arrived, Qt::LeftButton);
    QTRY_COMPARE(f.rowOf(QStringLiteral("Lund, Ada"))->text(3), QStringLiteral("Arrived"));
    // A click on the row opens the patient's record, never an encounter.
    f.click(f.rowOf(QStringLiteral("Lund, Ada")));
    QTRY_COMPARE(f.currentPage()->objectName(), QStringLiteral("patientRecordPage"));
    QTRY_VERIFY(child<QLabel>(f.window(), "recordPatientName")->text().contains(QStringLiteral("Ada")));
}

QTEST_MAIN(TstTodayPage)
#include "tst_todaypage.moc"
