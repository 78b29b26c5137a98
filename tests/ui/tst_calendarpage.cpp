// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The calendar through the real main window (AppController, a real vault, offscreen), as reception uses
// it: book by dragging over free time and filling the dialog, check the patient in, be warned of a double
// booking ("Choose another time" writes nothing, "Book anyway" books it), move and resize by dragging,
// cancel with a reason; the practitioner's working hours from Settings › Calendar. Points on the grid come
// from CalendarGrid::pointOf(), never from hard-coded pixels.
#include "AppController.h"
#include "TestVault.h"
#include "calendar/BookingDialog.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CalendarPage.h"
#include "calendar/CalendarSettingsPage.h"
#include "domain/AppointmentStatus.h"
#include "keychain/KeychainStore.h"
#include "main/MainWindow.h"
#include "main/SettingsPage.h"
#include "repo/ClinicSettingsStore.h"
#include "widgets/InfoBar.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUuid>

#include <memory>

using namespace clinicdesk;

namespace {

constexpr int kSlowMs = 15000;

// A weekday well in the future (no warning for the past): Tuesday of the week after next.
QDate bookingDay() {
    const QDate today = QDate::currentDate();
    return today.addDays(1 - today.dayOfWeek() + 15);
}

QDateTime at(int h, int m) {
    return QDateTime(bookingDay(), QTime(h, m));
}

struct Fixture {
    test::TestVault vault;
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<KeychainStore> keychain;
    std::unique_ptr<AppController> controller;
    QString evaId;
    QString patientId;

    Fixture() {
        NewUser eva;
        eva.name = QStringLiteral("eva");
        eva.displayName = QStringLiteral("Dr Eva Berg");
        eva.role = Role::Practitioner;
        auto added = vault.session().addUser(eva, test::TestVault::secret(test::TestVault::passwordFor(eva.name)));
        evaId = added ? added->id : QString();
        (void)vault.addUser(QStringLiteral("rita"), Role::Receptionist);
        auto patient =
            vault.session().patients().add(test::patientDraft(QStringLiteral("Åsa"), QStringLiteral("Lindström")));
        patientId = patient ? patient->patient.id : QString();
        (void)vault.session().patients().add(test::patientDraft(QStringLiteral("Piotr"), QStringLiteral("Nowak")));
    }
    ~Fixture() { controller.reset(); }

    QString seed(const QDateTime& start, int minutes) {
        AppointmentDraft d;
        d.patientId = patientId;
        d.practitionerId = evaId;
        d.start = start;
        d.durationMinutes = minutes;
        auto added = vault.session().appointments().add(d);
        return added ? added->id : QString();
    }

    bool signIn(const QString& user) {
        vault.logout();
        const QString password = user == QLatin1String(test::TestVault::kAdminName)
                                     ? QString::fromLatin1(test::TestVault::kAdminPassword)
                                     : test::TestVault::passwordFor(user);
        auto session = VaultSession::login(vault.dir(), user, test::TestVault::secret(password));
        if (!session) {
            return false;
        }
        settings =
            std::make_unique<QSettings>(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        keychain = std::make_unique<KeychainStore>(QStringLiteral("ClinicDesk-test-") +
                                                   QUuid::createUuid().toString(QUuid::WithoutBraces));
        controller = std::make_unique<AppController>(vault.dir(), *keychain, settings.get(), KdfParams::minimum());
        controller->startSignedIn(std::shared_ptr<VaultSession>(std::move(*session)));
        return true;
    }

    [[nodiscard]] MainWindow* window() const { return controller->mainWindow(); }

    // What the vault holds for the booking day, read on a connection of its own.
    std::vector<Appointment> stored() {
        auto check = VaultSession::login(vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                         test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
        if (!check) {
            return {};
        }
        auto list = (*check)->appointments().listForDay(bookingDay());
        return list ? *list : std::vector<Appointment>();
    }
    std::optional<Appointment> storedAt(const QDateTime& start) {
        for (const Appointment& a : stored()) {
            if (a.startsAt == start.toMSecsSinceEpoch()) {
                return a;
            }
        }
        return std::nullopt;
    }
};

// Opens the calendar on the booking day, the whole clinic, and waits for it to be drawn.
CalendarGrid* openDay(Fixture& f) {
    MainWindow* window = f.window();
    window->resize(1280, 800);
    window->show();
    QApplication::setActiveWindow(window);
    window->showPlace(QString::fromLatin1(MainWindow::kCalendar));
    CalendarPage* page = window->calendarPage();
    QSignalSpy shown(page, &CalendarPage::rangeShown);
    page->setPractitionerFilter(QString());
    page->showDay(bookingDay());
    if (!QTest::qWaitFor([&] { return page->grid()->columnOf(bookingDay(), f.evaId) >= 0 && !shown.isEmpty(); },
                         kSlowMs)) {
        return nullptr;
    }
    page->grid()->setFocus();
    return page->grid();
}

void drag(CalendarGrid* grid, QPoint from, QPoint to) {
    QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(grid->viewport(), (from + to) / 2);
    QTest::mouseMove(grid->viewport(), to);
    QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, to);
}

// Drags over free time of Eva's column and returns the booking dialog it opens.
BookingDialog* dragNewBooking(CalendarPage* page, int column, QTime from, QTime to) {
    CalendarGrid* grid = page->grid();
    grid->ensureVisible(from, to);
    drag(grid, grid->pointOf(column, from), grid->pointOf(column, to));
    BookingDialog* dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = page->findChild<BookingDialog*>();
            return dialog != nullptr && dialog->isVisible();
        },
        kSlowMs);
    return dialog;
}

void choosePatient(BookingDialog* dialog, const QString& typed) {
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("bookingPatientSearch"));
    QTest::keyClicks(search, typed);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("bookingPatientList"));
    QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, kSlowMs);
    QTRY_VERIFY(list->currentRow() == 0);
}

QPushButton* button(QWidget* parent, const char* name) {
    return parent->findChild<QPushButton*>(QString::fromLatin1(name));
}

} // namespace

class TstCalendarPage : public QObject {
    Q_OBJECT

private slots:
    void receptionBooksByDragAndChecksIn();
    void doubleBookingIsWarned();
    void moveAndResizeByDrag();
    void cancelAsksForAReason();
    void workingHoursFromSettings();
    void keyboardTurnsThePages();
    void exportsICalendarFromTheGui();
};

void TstCalendarPage::receptionBooksByDragAndChecksIn() {
    Fixture f;
    QVERIFY(!f.evaId.isEmpty());
    QVERIFY(f.signIn(QStringLiteral("rita")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    CalendarGrid* grid = openDay(f);
    QVERIFY(grid != nullptr);
    CalendarPage* page = f.window()->calendarPage();
    // A receptionist has no encounter to open.
    QVERIFY(!page->action("openEncounterAction")->isVisible());

    const int column = grid->columnOf(bookingDay(), f.evaId);
    BookingDialog* dialog = dragNewBooking(page, column, QTime(10, 0), QTime(10, 45));
    QVERIFY(dialog != nullptr);
    // The dragged time and the column's practitioner are filled in.
    QCOMPARE(dialog->findChild<QTimeEdit*>(QStringLiteral("bookingTimeEdit"))->time(), QTime(10, 0));
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("bookingMinutesSpin"))->value(), 45);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("bookingPractitionerCombo"))->currentData().toString(),
             f.evaId);
    QVERIFY(!button(dialog, "bookButton")->isEnabled()); // no patient yet
    choosePatient(dialog, QStringLiteral("Lindstr"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("bookingReasonEdit")), QStringLiteral("Check-up"));
    QVERIFY(button(dialog, "bookButton")->isEnabled());
    QTest::mouseClick(button(dialog, "bookButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<BookingDialog*>() == nullptr, kSlowMs);
    std::optional<Appointment> booked;
    QTRY_VERIFY_WITH_TIMEOUT((booked = f.storedAt(at(10, 0))).has_value(), kSlowMs);
    QCOMPARE(booked->durationMinutes, 45);
    QCOMPARE(booked->practitionerId, std::optional<QString>(f.evaId));
    QCOMPARE(booked->patientId, f.patientId);
    QCOMPARE(booked->reason, std::optional<QString>(QStringLiteral("Check-up")));
    QCOMPARE(booked->status, AppointmentStatus::Booked);
    // It is drawn where it was dragged, and selected.
    QTRY_VERIFY_WITH_TIMEOUT(!grid->appointmentRect(booked->id).isNull(), kSlowMs);
    QVERIFY(grid->appointmentRect(booked->id).contains(grid->pointOf(column, QTime(10, 20))));
    QTRY_COMPARE(grid->selectedId(), booked->id);

    // The patient arrives: A on the selected booking.
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->appointmentRect(booked->id).center().toPoint());
    QCOMPARE(grid->selectedId(), booked->id);
    QVERIFY(page->action("markArrivedAction")->isEnabled());
    QCOMPARE(page->action("markArrivedAction")->shortcut(), QKeySequence(Qt::Key_A));
    QTest::keyClick(grid, Qt::Key_A);
    QTRY_COMPARE_WITH_TIMEOUT(f.storedAt(at(10, 0))->status, AppointmentStatus::Arrived, kSlowMs);
    QTRY_VERIFY(page->infoBar()->text().contains(QStringLiteral("Arrived")));
}

void TstCalendarPage::doubleBookingIsWarned() {
    Fixture f;
    QVERIFY(!f.seed(at(10, 0), 45).isEmpty());
    QVERIFY(f.signIn(QStringLiteral("rita")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    CalendarGrid* grid = openDay(f);
    QVERIFY(grid != nullptr);
    CalendarPage* page = f.window()->calendarPage();
    const int column = grid->columnOf(bookingDay(), f.evaId);
    // Drag over free time below it, then choose a time that overlaps it in the dialog.
    BookingDialog* dialog = dragNewBooking(page, column, QTime(11, 0), QTime(11, 30));
    QVERIFY(dialog != nullptr);
    choosePatient(dialog, QStringLiteral("Nowak"));
    dialog->findChild<QTimeEdit*>(QStringLiteral("bookingTimeEdit"))->setTime(QTime(10, 30));
    // The dialog already says so beside the time.
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("bookingWarningLabel"));
    QVERIFY(warning->isVisibleTo(dialog));
    QVERIFY2(warning->text().contains(QStringLiteral("Åsa Lindström")), qPrintable(warning->text()));
    QTest::mouseClick(button(dialog, "bookButton"), Qt::LeftButton);

    // The warning names the other booking; "Choose another time" writes nothing.
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = page->findChild<QMessageBox*>(QStringLiteral("overlapWarning"))) != nullptr &&
                                 box->isVisible(),
                             kSlowMs);
    QVERIFY2(box->text().contains(QStringLiteral("Åsa Lindström")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("10:00")), qPrintable(box->text()));
    QVERIFY2(box->text().contains(QStringLiteral("Dr Eva Berg")), qPrintable(box->text()));
    QTest::mouseClick(button(box, "chooseAnotherTimeButton"), Qt::LeftButton);
    QTRY_VERIFY(page->findChild<QMessageBox*>(QStringLiteral("overlapWarning")) == nullptr);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.stored().size(), std::size_t{1});

    // Another time books without a question.
    dialog->findChild<QTimeEdit*>(QStringLiteral("bookingTimeEdit"))->setTime(QTime(11, 0));
    QVERIFY(!warning->isVisibleTo(dialog));
    QTest::mouseClick(button(dialog, "bookButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.storedAt(at(11, 0)).has_value(), kSlowMs);
    QTRY_VERIFY(page->findChild<BookingDialog*>() == nullptr);

    // A double booking on purpose: "Book anyway".
    dialog = dragNewBooking(page, column, QTime(12, 0), QTime(12, 30));
    QVERIFY(dialog != nullptr);
    choosePatient(dialog, QStringLiteral("Nowak"));
    dialog->findChild<QTimeEdit*>(QStringLiteral("bookingTimeEdit"))->setTime(QTime(10, 15));
    QTest::mouseClick(button(dialog, "bookButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT((box = page->findChild<QMessageBox*>(QStringLiteral("overlapWarning"))) != nullptr &&
                                 box->isVisible(),
                             kSlowMs);
    QTest::mouseClick(button(box, "bookAnywayButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.storedAt(at(10, 15)).has_value(), kSlowMs);
    QCOMPARE(f.stored().size(), std::size_t{3});
    QTRY_VERIFY(page->infoBar()->text().contains(QStringLiteral("double booking")));
}

void TstCalendarPage::moveAndResizeByDrag() {
    Fixture f;
    const QString id = f.seed(at(13, 0), 60);
    QVERIFY(!f.seed(at(16, 0), 30).isEmpty());
    QVERIFY(f.signIn(QStringLiteral("rita")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    CalendarGrid* grid = openDay(f);
    QVERIFY(grid != nullptr);
    const int column = grid->columnOf(bookingDay(), f.evaId);
    grid->ensureVisible(QTime(12, 30), QTime(16, 30));
    QTRY_VERIFY(!grid->appointmentRect(id).isNull());

    // Move: from its middle, an hour down.
    drag(grid, grid->pointOf(column, QTime(13, 30)), grid->pointOf(column, QTime(14, 30)));
    QTRY_VERIFY_WITH_TIMEOUT(f.storedAt(at(14, 0)).has_value(), kSlowMs);
    QCOMPARE(f.storedAt(at(14, 0))->id, id);
    QCOMPARE(f.storedAt(at(14, 0))->durationMinutes, 60);

    // Resize: its bottom edge from 15:00 to 15:30.
    QSignalSpy shown(f.window()->calendarPage(), &CalendarPage::rangeShown);
    QTRY_VERIFY_WITH_TIMEOUT(
        !shown.isEmpty() || grid->appointmentRect(id).contains(grid->pointOf(column, QTime(14, 30))), kSlowMs);
    const QRectF rect = grid->appointmentRect(id);
    const QPoint edge(int(rect.center().x()), int(rect.bottom()) - 2);
    drag(grid, edge, grid->pointOf(column, QTime(15, 30)));
    QTRY_COMPARE_WITH_TIMEOUT(f.storedAt(at(14, 0))->durationMinutes, 90, kSlowMs);

    // A move into the 16:00 booking is warned; "Choose another time" puts it back.
    grid->ensureVisible(QTime(14, 0), QTime(16, 30));
    drag(grid, grid->pointOf(column, QTime(14, 30)), grid->pointOf(column, QTime(16, 0)));
    QMessageBox* box = nullptr;
    CalendarPage* page = f.window()->calendarPage();
    QTRY_VERIFY_WITH_TIMEOUT((box = page->findChild<QMessageBox*>(QStringLiteral("overlapWarning"))) != nullptr &&
                                 box->isVisible(),
                             kSlowMs);
    QTest::mouseClick(button(box, "chooseAnotherTimeButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(grid->appointmentRect(id).contains(grid->pointOf(column, QTime(14, 10))), kSlowMs);
    QCOMPARE(f.storedAt(at(14, 0))->id, id);
    QCOMPARE(f.stored().size(), std::size_t{2});
}

void TstCalendarPage::cancelAsksForAReason() {
    Fixture f;
    const QString id = f.seed(at(9, 0), 30);
    QVERIFY(f.signIn(QStringLiteral("rita")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    CalendarGrid* grid = openDay(f);
    QVERIFY(grid != nullptr);
    CalendarPage* page = f.window()->calendarPage();
    grid->ensureVisible(QTime(8, 30), QTime(10, 0));
    QTRY_VERIFY(!grid->appointmentRect(id).isNull());
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->appointmentRect(id).center().toPoint());
    QCOMPARE(page->action("cancelAppointmentAction")->shortcut(), QKeySequence(QKeySequence::Delete));
    QTest::keyClick(grid, Qt::Key_Delete);
    QDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<QDialog*>(QStringLiteral("cancelAppointmentDialog"))) != nullptr,
                             kSlowMs);
    QPushButton* confirm = button(dialog, "confirmCancelButton");
    QVERIFY(!confirm->isEnabled()); // a reason is required
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("cancelReasonEdit")),
                     QStringLiteral("Patient called"));
    QVERIFY(confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(f.storedAt(at(9, 0))->status, AppointmentStatus::Cancelled, kSlowMs);
    QCOMPARE(f.storedAt(at(9, 0))->cancelReason, std::optional<QString>(QStringLiteral("Patient called")));
    // Still shown, as cancelled, and no longer cancellable.
    QTRY_VERIFY(grid->selected() != nullptr && grid->selected()->appointment.status == AppointmentStatus::Cancelled);
    QVERIFY(!page->action("cancelAppointmentAction")->isEnabled());
    QVERIFY(!page->action("markArrivedAction")->isEnabled());
}

void TstCalendarPage::workingHoursFromSettings() {
    Fixture f;
    QVERIFY(f.signIn(QString::fromLatin1(test::TestVault::kAdminName)));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    MainWindow* window = f.window();
    window->show();
    window->showPlace(QString::fromLatin1(MainWindow::kSettings));
    QTest::mouseClick(window->settingsPage()->findChild<QPushButton*>(QStringLiteral("settingsSection_calendar")),
                      Qt::LeftButton);
    CalendarSettingsPage* page = window->calendarSettingsPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kSlowMs);
    auto* who = page->findChild<QComboBox*>(QStringLiteral("hoursPractitionerCombo"));
    who->setCurrentIndex(who->findData(f.evaId));
    auto* useDefault = page->findChild<QCheckBox*>(QStringLiteral("useDefaultHoursCheck"));
    QVERIFY(useDefault->isChecked());
    useDefault->setChecked(false);
    // Eva works Tuesdays 12:00-18:00 only.
    for (int day = 1; day <= 7; ++day) {
        page->findChild<QCheckBox*>(QStringLiteral("worksCheck_%1").arg(day))->setChecked(day == 2);
    }
    page->findChild<QTimeEdit*>(QStringLiteral("fromEdit_2"))->setTime(QTime(12, 0));
    page->findChild<QTimeEdit*>(QStringLiteral("toEdit_2"))->setTime(QTime(18, 0));
    page->findChild<QAbstractButton*>(QStringLiteral("privacyNoneRadio"))->click();
    QSignalSpy saved(page, &CalendarSettingsPage::saved);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("saveCalendarSettingsButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kSlowMs);

    auto check = VaultSession::login(f.vault.dir(), QString::fromLatin1(test::TestVault::kAdminName),
                                     test::TestVault::secret(QString::fromLatin1(test::TestVault::kAdminPassword)));
    QVERIFY(check.has_value());
    auto stored = ClinicSettingsStore((*check)->db(), (*check)->session()).load();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->hoursOf(f.evaId), (std::vector<WorkingInterval>{WorkingInterval{2, 12 * 60, 18 * 60}}));
    QCOMPARE(int(stored->calendarPrivacy), int(CalendarPrivacy::None));

    // The calendar warns about a time outside them.
    CalendarGrid* grid = openDay(f);
    QVERIFY(grid != nullptr);
    BookingDialog* dialog =
        dragNewBooking(window->calendarPage(), grid->columnOf(bookingDay(), f.evaId), QTime(9, 0), QTime(9, 30));
    QVERIFY(dialog != nullptr);
    auto* warning = dialog->findChild<QLabel*>(QStringLiteral("bookingWarningLabel"));
    QVERIFY(warning->isVisibleTo(dialog));
    QVERIFY2(warning->text().contains(QStringLiteral("working hours")), qPrintable(warning->text()));
    dialog->findChild<QTimeEdit*>(QStringLiteral("bookingTimeEdit"))->setTime(QTime(13, 0));
    QVERIFY(!warning->isVisibleTo(dialog));
    dialog->reject();

    // Someone who is not an administrator sees them read-only.
    f.controller.reset();
    QVERIFY(f.signIn(QStringLiteral("eva")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    f.window()->showPage(f.window()->calendarSettingsPage(), true);
    QTRY_VERIFY_WITH_TIMEOUT(f.window()->calendarSettingsPage()->isLoaded(), kSlowMs);
    QVERIFY(f.window()
                ->calendarSettingsPage()
                ->findChild<QLabel*>(QStringLiteral("calendarSettingsReadOnlyLabel"))
                ->isVisibleTo(f.window()->calendarSettingsPage()));
    QVERIFY(!f.window()
                 ->calendarSettingsPage()
                 ->findChild<QPushButton*>(QStringLiteral("saveCalendarSettingsButton"))
                 ->isVisibleTo(f.window()->calendarSettingsPage()));
}

void TstCalendarPage::keyboardTurnsThePages() {
    Fixture f;
    QVERIFY(f.signIn(QStringLiteral("rita")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    CalendarGrid* grid = openDay(f);
    QVERIFY(grid != nullptr);
    CalendarPage* page = f.window()->calendarPage();
    // PgDn and PgUp turn the day; past the last column, Right goes on to the next day; T is today.
    QTest::keyClick(grid, Qt::Key_PageDown);
    QCOMPARE(page->date(), bookingDay().addDays(1));
    QTest::keyClick(grid, Qt::Key_PageUp);
    QCOMPARE(page->date(), bookingDay());
    QTRY_VERIFY_WITH_TIMEOUT(grid->columnOf(bookingDay(), f.evaId) >= 0, kSlowMs);
    const int last = int(grid->columns().size()) - 1;
    grid->setCursor(last, 10 * 60);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(page->date(), bookingDay().addDays(1));
    QTest::keyClick(grid, Qt::Key_T);
    QCOMPARE(page->date(), QDate::currentDate());
    // Down moves the cursor a step of free time.
    QTRY_VERIFY_WITH_TIMEOUT(!grid->columns().empty() && grid->columns().front().date == QDate::currentDate(), kSlowMs);
    grid->setCursor(0, 9 * 60);
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->cursorMinute(), 9 * 60 + grid->snapMinutes());
}

void TstCalendarPage::exportsICalendarFromTheGui() {
    Fixture f;
    QVERIFY(!f.seed(at(9, 0), 30).isEmpty());
    QVERIFY(!f.seed(at(11, 0), 45).isEmpty());
    QVERIFY(f.signIn(QStringLiteral("rita")));
    QTRY_VERIFY_WITH_TIMEOUT(f.window() != nullptr, kSlowMs);
    QVERIFY(openDay(f) != nullptr);
    CalendarPage* page = f.window()->calendarPage();
    QTest::mouseClick(button(page, "calendarExportButton"), Qt::LeftButton);
    QDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = page->findChild<QDialog*>(QStringLiteral("calendarExportDialog"))) != nullptr &&
                                 dialog->isVisible(),
                             kSlowMs);
    // The privacy setting is said before anything is written.
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("exportPrivacyLabel"))->text().contains(QStringLiteral("initials")));
    dialog->findChild<QDateEdit*>(QStringLiteral("exportFromEdit"))->setDate(bookingDay());
    dialog->findChild<QDateEdit*>(QStringLiteral("exportToEdit"))->setDate(bookingDay());
    QVERIFY(!button(dialog, "exportCalendarButton")->isEnabled()); // no file yet
    const QString path = f.settingsDir.filePath(QStringLiteral("eva.ics"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("exportPathEdit")), path);
    QTest::mouseClick(button(dialog, "exportCalendarButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QDialog*>(QStringLiteral("calendarExportDialog")) == nullptr, kSlowMs);
    QTRY_VERIFY(page->infoBar()->text().contains(QStringLiteral("2 appointment")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    QCOMPARE(ics.count(QStringLiteral("BEGIN:VEVENT")), 2);
    QVERIFY2(ics.contains(QStringLiteral("SUMMARY:Appointment: Å. L.")), qPrintable(ics));
    QVERIFY(!ics.contains(QStringLiteral("Lindström")));
}

QTEST_MAIN(TstCalendarPage)

#include "tst_calendarpage.moc"
