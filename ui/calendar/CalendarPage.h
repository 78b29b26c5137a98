// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "calendar/BookingAdvisor.h"
#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"
#include "domain/User.h"
#include "services/CalendarService.h"

#include <QDate>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QToolButton;
class QPushButton;

namespace clinicdesk {

class BookingDialog;
class CalendarExportDialog;
class CalendarGrid;
class InfoBar;
class PatientService;

// The calendar: a day or a week, of one practitioner or the whole clinic (a column per practitioner in a
// day; in a week, the days side by side with a lane per practitioner in each). Reception and practitioners
// book by dragging over free time, move and resize by dragging, and mark the day's progress (arrived, in
// progress, done, no-show, cancelled with a reason) from the context menu or the keyboard. A double
// booking is warned and needs "Book anyway"; the past and outside working hours are warned. Everything is
// read and written through CalendarService off the UI thread. Export as iCalendar from here.
class CalendarPage : public QWidget {
    Q_OBJECT
public:
    CalendarPage(CalendarService& calendar, PatientService& patients, const User& user, QWidget* parent = nullptr);

    [[nodiscard]] CalendarGrid* grid() const { return m_grid; }
    [[nodiscard]] InfoBar* infoBar() const { return m_infoBar; }
    [[nodiscard]] QDate date() const { return m_date; }
    [[nodiscard]] bool weekView() const { return m_week; }
    // One practitioner's id, or empty for the whole clinic.
    [[nodiscard]] QString practitionerFilter() const { return m_filter; }
    void showDay(QDate date);
    void showWeek(QDate date);
    void setPractitionerFilter(const QString& practitionerId);
    // Loads the shown range again (after a change made elsewhere too).
    void reload();

    // The actions on the selected booking (and their shortcuts), for menus and tests.
    [[nodiscard]] QAction* action(const char* name) const;

signals:
    // A clinical user asked for the encounter of a booking's patient.
    void encounterRequested(const QString& patientId, const QString& patientName);
    // A range has been loaded and drawn.
    void rangeShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildToolbar();
    void buildActions();
    void go(int direction);
    void goToday();
    void onEdge(int direction);
    void showRange(CalendarService::Range loaded);
    void updateTitle();
    void updateActions();
    [[nodiscard]] std::pair<QDate, QDate> range() const; // [first, last]
    [[nodiscard]] std::vector<QDate> shownDays(const CalendarService::Range& range) const;

    void newBookingAtCursor();
    void openBookingDialog(const QString& practitionerId, const QDateTime& start, int minutes);
    void openSelected();
    void submitBooking(const AppointmentDraft& draft);
    void submitMove(const QString& id, const QDateTime& start, int minutes, bool allowOverlap,
                    QPointer<BookingDialog> dialog);
    void setStatus(const QString& status);
    void cancelSelected();
    void openEncounter();
    void refocusGrid();
    void showContextMenu(const QPoint& globalPos);
    void exportCalendar();
    // Asks about a double booking: "Book anyway" runs `anyway`, "Choose another time" runs `another`.
    void askOverlap(QWidget* over, const std::vector<ScheduledAppointment>& overlaps, std::function<void()> anyway,
                    std::function<void()> another);
    void reportChecks(const QString& done, const AppointmentChecks& checks, const std::optional<QString>& practitioner);
    // A booking dialog (m_booking) that warns as a time is chosen and moves what it edits.
    void makeBookingDialog();

    CalendarService& m_calendar;
    PatientService& m_patients;
    User m_user;
    bool m_editable;
    bool m_clinical;

    QDate m_date = QDate::currentDate();
    bool m_week = true;
    QString m_filter;
    bool m_scrolled = false;
    QString m_selectAfterLoad;
    std::vector<User> m_practitioners;
    ClinicSettings m_settings;
    BookingAdvisor m_advisor; // the shown range's practitioners and working hours
    QTimer m_minuteTimer;

    QLabel* m_rangeLabel;
    QToolButton* m_prev;
    QToolButton* m_next;
    QPushButton* m_today;
    QPushButton* m_dayButton;
    QPushButton* m_weekButton;
    QComboBox* m_practitionerCombo;
    QComboBox* m_snapCombo;
    QPushButton* m_new;
    QPushButton* m_export;
    InfoBar* m_infoBar;
    CalendarGrid* m_grid;
    QPointer<BookingDialog> m_booking;
    QPointer<CalendarExportDialog> m_exportDialog;
    std::map<QString, QAction*> m_actions;
};

} // namespace clinicdesk
