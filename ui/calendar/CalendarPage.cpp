// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CalendarPage.h"

#include "calendar/AppointmentStyle.h"
#include "calendar/BookingAdvisor.h"
#include "calendar/BookingDialog.h"
#include "calendar/CalendarColumnBuilder.h"
#include "calendar/CalendarExportDialog.h"
#include "calendar/CalendarGrid.h"
#include "calendar/CancelAppointmentDialog.h"
#include "domain/AccessPolicy.h"
#include "domain/AppointmentStatus.h"
#include "widgets/AppointmentStatusLook.h"
#include "widgets/InfoBar.h"
#include "widgets/PageTitle.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace clinicdesk {

namespace {

QString nameOf(const User& user) {
    return user.displayName.isEmpty() ? user.name : user.displayName;
}

QString withShortcut(const QString& text, const QKeySequence& keys) {
    return QStringLiteral("%1 (%2)").arg(text, keys.toString(QKeySequence::NativeText));
}

QDate mondayOf(QDate day) {
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace

CalendarPage::CalendarPage(CalendarService& calendar, PatientService& patients, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_calendar(calendar)
    , m_patients(patients)
    , m_user(user)
    , m_editable(AccessPolicy::allows(user.role, Permission::WriteSchedule))
    , m_clinical(AccessPolicy::allows(user.role, Permission::WriteClinical))
    , m_rangeLabel(new QLabel(this))
    , m_prev(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_today(new QPushButton(tr("&Today"), this))
    , m_dayButton(new QPushButton(tr("Day"), this))
    , m_weekButton(new QPushButton(tr("Week"), this))
    , m_practitionerCombo(new QComboBox(this))
    , m_snapCombo(new QComboBox(this))
    , m_new(new QPushButton(tr("&New booking…"), this))
    , m_export(new QPushButton(tr("E&xport…"), this))
    , m_infoBar(new InfoBar(this))
    , m_grid(new CalendarGrid(this)) {
    setObjectName(QStringLiteral("calendarPage"));
    m_grid->setEditable(m_editable);
    buildActions();
    buildToolbar();

    auto* title = new PageTitle(tr("Calendar"), this);
    m_rangeLabel->setObjectName(QStringLiteral("calendarRangeLabel"));
    QFont rangeFont = m_rangeLabel->font();
    rangeFont.setPointSizeF(rangeFont.pointSizeF() * 1.15);
    m_rangeLabel->setFont(rangeFont);
    auto* heading = new QHBoxLayout;
    heading->setSpacing(16);
    heading->addWidget(title);
    heading->addWidget(m_rangeLabel, 1, Qt::AlignBottom);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(8);
    bar->addWidget(m_prev);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addSpacing(12);
    bar->addWidget(m_dayButton);
    bar->addWidget(m_weekButton);
    bar->addSpacing(12);
    bar->addWidget(m_practitionerCombo);
    bar->addWidget(m_snapCombo);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_new);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 12);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addLayout(bar);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_grid, 1);

    connect(m_grid, &CalendarGrid::createRequested, this, [this](int column, const QDateTime& start, int minutes) {
        openBookingDialog(m_grid->columns()[std::size_t(column)].practitionerId, start, minutes);
    });
    connect(m_grid, &CalendarGrid::moveRequested, this, [this](const QString& id, const QDateTime& start, int minutes) {
        submitMove(id, start, minutes, false, nullptr);
    });
    connect(m_grid, &CalendarGrid::openRequested, this, [this](const QString& id) {
        m_grid->select(id);
        openSelected();
    });
    connect(m_grid, &CalendarGrid::contextMenuRequested, this, &CalendarPage::showContextMenu);
    connect(m_grid, &CalendarGrid::selectionChanged, this, &CalendarPage::updateActions);
    connect(m_grid, &CalendarGrid::edgeReached, this, &CalendarPage::onEdge);
    m_minuteTimer.setInterval(60 * 1000);
    connect(&m_minuteTimer, &QTimer::timeout, m_grid->viewport(), qOverload<>(&QWidget::update));
    m_minuteTimer.start();

    setFocusProxy(m_grid);
    updateTitle();
    updateActions();
    reload();
}

QAction* CalendarPage::action(const char* name) const {
    const auto it = m_actions.find(QString::fromLatin1(name));
    return it != m_actions.end() ? it->second : nullptr;
}

void CalendarPage::buildActions() {
    const auto make = [this](const char* name, const QString& text, const QKeySequence& keys, auto slot, QWidget* owner,
                             Qt::ShortcutContext context) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(keys);
        action->setShortcutContext(context);
        if (!keys.isEmpty()) {
            action->setToolTip(withShortcut(action->iconText(), keys));
        }
        connect(action, &QAction::triggered, this, slot);
        owner->addAction(action);
        m_actions[QString::fromLatin1(name)] = action;
        return action;
    };
    const auto grid = Qt::WidgetShortcut;
    make("openAppointmentAction", tr("&Open…"), QKeySequence(Qt::Key_Return), &CalendarPage::openSelected, m_grid,
         grid);
    make(
        "markArrivedAction", tr("&Arrived"), QKeySequence(Qt::Key_A), [this] { setStatus(AppointmentStatus::Arrived); },
        m_grid, grid);
    make(
        "markInProgressAction", tr("&In progress"), QKeySequence(Qt::Key_I),
        [this] { setStatus(AppointmentStatus::InProgress); }, m_grid, grid);
    make(
        "markDoneAction", tr("&Done"), QKeySequence(Qt::Key_D), [this] { setStatus(AppointmentStatus::Done); }, m_grid,
        grid);
    make(
        "markNoShowAction", tr("&No-show"), QKeySequence(Qt::Key_N), [this] { setStatus(AppointmentStatus::NoShow); },
        m_grid, grid);
    make(
        "markBookedAction", tr("&Back to booked"), QKeySequence(Qt::Key_B),
        [this] { setStatus(AppointmentStatus::Booked); }, m_grid, grid);
    make("cancelAppointmentAction", tr("&Cancel…"), QKeySequence(QKeySequence::Delete), &CalendarPage::cancelSelected,
         m_grid, grid);
    make("openEncounterAction", tr("Open &encounter"), QKeySequence(Qt::CTRL | Qt::Key_E), &CalendarPage::openEncounter,
         m_grid, grid);
    make("todayAction", tr("Today"), QKeySequence(Qt::Key_T), &CalendarPage::goToday, m_grid, grid);
    make(
        "previousAction", tr("Previous"), QKeySequence(Qt::Key_PageUp), [this] { go(-1); }, m_grid, grid);
    make(
        "nextAction", tr("Next"), QKeySequence(Qt::Key_PageDown), [this] { go(1); }, m_grid, grid);
    make("newBookingAction", tr("&New booking…"), QKeySequence(Qt::CTRL | Qt::Key_N), &CalendarPage::newBookingAtCursor,
         this, Qt::WidgetWithChildrenShortcut);
    // The Enter key on the keypad opens too.
    action("openAppointmentAction")->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    action("openEncounterAction")->setVisible(m_clinical);
    m_grid->setToolTip(tr("Drag over free time to book · drag a booking to move it, its bottom edge to resize · "
                          "arrows move, %1/%2 the previous/next %3, T today, Enter opens, Delete cancels, %4 books")
                           .arg(QKeySequence(Qt::Key_PageUp).toString(QKeySequence::NativeText),
                                QKeySequence(Qt::Key_PageDown).toString(QKeySequence::NativeText), tr("week or day"),
                                QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText)));
}

void CalendarPage::buildToolbar() {
    m_prev->setObjectName(QStringLiteral("calendarPreviousButton"));
    m_prev->setArrowType(Qt::LeftArrow);
    m_prev->setAutoRaise(true);
    m_next->setObjectName(QStringLiteral("calendarNextButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAutoRaise(true);
    for (QToolButton* arrow : {m_prev, m_next}) {
        // As tall as the buttons beside them and wide enough to hit; not a tiny flat arrow.
        arrow->setAutoRaise(false);
        arrow->setMinimumSize(32, 28);
        arrow->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    }
    m_today->setObjectName(QStringLiteral("calendarTodayButton"));
    m_today->setToolTip(withShortcut(tr("Go to today"), QKeySequence(Qt::Key_T)));
    m_dayButton->setObjectName(QStringLiteral("calendarDayButton"));
    m_weekButton->setObjectName(QStringLiteral("calendarWeekButton"));
    for (QPushButton* b : {m_dayButton, m_weekButton}) {
        b->setCheckable(true);
    }
    auto* views = new QButtonGroup(this);
    views->setExclusive(true);
    views->addButton(m_dayButton);
    views->addButton(m_weekButton);
    m_weekButton->setChecked(true);
    m_dayButton->setToolTip(tr("Show one day"));
    m_weekButton->setToolTip(tr("Show a week"));
    m_practitionerCombo->setObjectName(QStringLiteral("calendarPractitionerCombo"));
    m_practitionerCombo->setAccessibleName(tr("Whose calendar"));
    m_practitionerCombo->setMinimumContentsLength(18);
    m_practitionerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_practitionerCombo->addItem(tr("Whole clinic"), QString());
    m_snapCombo->setObjectName(QStringLiteral("calendarSnapCombo"));
    m_snapCombo->setAccessibleName(tr("Snap dragged times to"));
    m_snapCombo->setToolTip(tr("Dragged times snap to this step; hold Shift for 5 minutes"));
    m_snapCombo->addItem(tr("15-minute steps"), 15);
    m_snapCombo->addItem(tr("5-minute steps"), 5);
    m_new->setObjectName(QStringLiteral("newBookingButton"));
    m_new->setToolTip(withShortcut(tr("Book at the selected time"), QKeySequence(Qt::CTRL | Qt::Key_N)));
    m_new->setEnabled(m_editable);
    m_export->setObjectName(QStringLiteral("calendarExportButton"));
    m_export->setToolTip(tr("Save appointments as an iCalendar file for a phone's calendar"));

    connect(m_prev, &QToolButton::clicked, this, [this] { go(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { go(1); });
    connect(m_today, &QPushButton::clicked, this, &CalendarPage::goToday);
    connect(m_dayButton, &QPushButton::clicked, this, [this] { showDay(m_date); });
    connect(m_weekButton, &QPushButton::clicked, this, [this] { showWeek(m_date); });
    connect(m_practitionerCombo, &QComboBox::activated, this,
            [this] { setPractitionerFilter(m_practitionerCombo->currentData().toString()); });
    connect(m_snapCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_grid->setSnapMinutes(m_snapCombo->currentData().toInt()); });
    connect(m_new, &QPushButton::clicked, this, &CalendarPage::newBookingAtCursor);
    connect(m_export, &QPushButton::clicked, this, &CalendarPage::exportCalendar);
}

void CalendarPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        reload();
    }
}

std::pair<QDate, QDate> CalendarPage::range() const {
    if (!m_week) {
        return {m_date, m_date};
    }
    const QDate monday = mondayOf(m_date);
    return {monday, monday.addDays(6)};
}

void CalendarPage::showDay(QDate date) {
    m_date = date;
    m_week = false;
    m_dayButton->setChecked(true);
    updateTitle();
    reload();
}

void CalendarPage::showWeek(QDate date) {
    m_date = date;
    m_week = true;
    m_weekButton->setChecked(true);
    updateTitle();
    reload();
}

void CalendarPage::setPractitionerFilter(const QString& practitionerId) {
    m_filter = practitionerId;
    m_practitionerCombo->setCurrentIndex(std::max(0, m_practitionerCombo->findData(practitionerId)));
    updateTitle();
    reload();
}

void CalendarPage::go(int direction) {
    m_date = m_date.addDays(direction * (m_week ? 7 : 1));
    updateTitle();
    reload();
}

void CalendarPage::goToday() {
    m_date = QDate::currentDate();
    m_scrolled = false;
    updateTitle();
    reload();
}

void CalendarPage::onEdge(int direction) {
    // Past the first or last column: the day before or after.
    m_date =
        m_week ? (direction < 0 ? range().first.addDays(-1) : range().second.addDays(1)) : m_date.addDays(direction);
    m_selectAfterLoad.clear();
    updateTitle();
    reload();
}

void CalendarPage::updateTitle() {
    const QLocale locale;
    const auto [first, last] = range();
    QString text;
    if (!m_week) {
        text = locale.toString(first, QStringLiteral("dddd d MMMM yyyy"));
    } else if (first.month() == last.month()) {
        text = tr("Week %1 · %2–%3")
                   .arg(first.weekNumber())
                   .arg(first.day())
                   .arg(locale.toString(last, QStringLiteral("d MMMM yyyy")));
    } else {
        text = tr("Week %1 · %2 – %3")
                   .arg(first.weekNumber())
                   .arg(locale.toString(first, QStringLiteral("d MMM")),
                        locale.toString(last, QStringLiteral("d MMM yyyy")));
    }
    m_rangeLabel->setText(text);
    const QString unit = m_week ? tr("week") : tr("day");
    m_prev->setToolTip(withShortcut(tr("The previous %1").arg(unit), QKeySequence(Qt::Key_PageUp)));
    m_next->setToolTip(withShortcut(tr("The next %1").arg(unit), QKeySequence(Qt::Key_PageDown)));
    m_prev->setAccessibleName(tr("The previous %1").arg(unit));
    m_next->setAccessibleName(tr("The next %1").arg(unit));
}

void CalendarPage::reload() {
    const auto [first, last] = range();
    const std::int64_t from = QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch();
    const std::int64_t to = QDateTime(last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    m_calendar.loadRange(this, from, to, m_filter, [this](Result<CalendarService::Range> loaded) {
        if (!loaded) {
            m_infoBar->showMessage(loaded.error().message, InfoBar::Kind::Error);
            return;
        }
        showRange(std::move(*loaded));
    });
}

void CalendarPage::showRange(CalendarService::Range loaded) {
    m_practitioners = loaded.practitioners;
    m_settings = loaded.settings;
    m_advisor = BookingAdvisor(m_practitioners, m_settings);
    // The practitioner picker follows who can be booked.
    m_practitionerCombo->blockSignals(true);
    m_practitionerCombo->clear();
    m_practitionerCombo->addItem(tr("Whole clinic"), QString());
    for (const User& user : m_practitioners) {
        m_practitionerCombo->addItem(nameOf(user), user.id);
    }
    m_practitionerCombo->setCurrentIndex(std::max(0, m_practitionerCombo->findData(m_filter)));
    m_practitionerCombo->blockSignals(false);

    const auto [first, last] = range();
    CalendarColumnBuilder::Input input;
    input.first = first;
    input.days = int(first.daysTo(last)) + 1;
    input.week = m_week;
    input.practitionerId = m_filter;
    input.practitioners = &m_practitioners;
    input.appointments = &loaded.appointments;
    input.settings = &m_settings;
    auto columns = CalendarColumnBuilder::build(input);
    const QString keep = m_selectAfterLoad.isEmpty() ? m_grid->selectedId() : m_selectAfterLoad;
    const int cursorMinute = m_grid->cursorMinute();
    const QDate cursorDay = m_grid->cursorColumn() < int(m_grid->columns().size())
                                ? m_grid->columns()[std::size_t(m_grid->cursorColumn())].date
                                : QDate();
    m_grid->setSettings(m_settings);
    m_grid->setColumns(std::move(columns.columns), columns.grouped);
    m_grid->setAppointments(std::move(loaded.appointments));
    m_selectAfterLoad.clear();
    if (!keep.isEmpty() && !m_grid->appointmentRect(keep).isNull()) {
        m_grid->select(keep);
    } else {
        // Keep the cursor on the same day when it is shown, else on the first column of the date.
        int column = 0;
        const QDate want = cursorDay.isValid() && cursorDay >= first && cursorDay <= last ? cursorDay : m_date;
        for (int i = 0; i < int(m_grid->columns().size()); ++i) {
            if (m_grid->columns()[std::size_t(i)].date == want) {
                column = i;
                break;
            }
        }
        m_grid->setCursor(column, cursorMinute);
    }
    if (!m_scrolled) {
        // The working day in view: from half an hour before the earliest start shown.
        int earliest = 8 * 60;
        for (const User& user : m_practitioners) {
            for (const WorkingInterval& w : m_settings.hoursOf(user.id)) {
                earliest = std::min(earliest, w.startMinute);
            }
        }
        m_grid->verticalScrollBar()->setValue(int(std::max(0, earliest - 30) * m_grid->hourHeight() / 60));
        m_scrolled = true;
    }
    updateActions();
    emit rangeShown();
}

void CalendarPage::updateActions() {
    const ScheduledAppointment* s = m_grid->selected();
    const QString status = s != nullptr ? s->appointment.status : QString();
    const bool open = s != nullptr && status != AppointmentStatus::Cancelled;
    const auto enable = [&](const char* name, bool on) { action(name)->setEnabled(on); };
    enable("openAppointmentAction", true);
    enable("markArrivedAction", m_editable && open && status != AppointmentStatus::Arrived);
    enable("markInProgressAction", m_editable && open && status != AppointmentStatus::InProgress);
    enable("markDoneAction", m_editable && open && status != AppointmentStatus::Done);
    enable("markNoShowAction", m_editable && open && status != AppointmentStatus::NoShow);
    enable("markBookedAction", m_editable && open && status != AppointmentStatus::Booked);
    enable("cancelAppointmentAction", m_editable && open && status != AppointmentStatus::Done);
    enable("openEncounterAction", m_clinical && s != nullptr);
    enable("newBookingAction", m_editable);
}

void CalendarPage::showContextMenu(const QPoint& globalPos) {
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("calendarContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_grid->selected() != nullptr) {
        menu->addAction(action("openAppointmentAction"));
        menu->addSeparator();
        for (const char* name :
             {"markArrivedAction", "markInProgressAction", "markDoneAction", "markNoShowAction", "markBookedAction"}) {
            menu->addAction(action(name));
        }
        menu->addSeparator();
        menu->addAction(action("cancelAppointmentAction"));
        if (m_clinical) {
            menu->addSeparator();
            menu->addAction(action("openEncounterAction"));
        }
    } else {
        menu->addAction(action("newBookingAction"));
    }
    menu->popup(globalPos);
}

void CalendarPage::reportChecks(const QString& done, const AppointmentChecks& checks,
                                const std::optional<QString>& practitioner) {
    const BookingAdvisor::Report report = m_advisor.afterSave(done, checks, practitioner);
    m_infoBar->showMessage(report.text, report.warning ? InfoBar::Kind::Warning : InfoBar::Kind::Information);
}

void CalendarPage::askOverlap(QWidget* over, const std::vector<ScheduledAppointment>& overlaps,
                              std::function<void()> anyway, std::function<void()> another) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Double booking"), m_advisor.overlapQuestion(overlaps),
                                QMessageBox::NoButton, over != nullptr ? over : this);
    box->setObjectName(QStringLiteral("overlapWarning"));
    box->setInformativeText(tr("Book it anyway as a double booking, or choose another time?"));
    QPushButton* bookAnyway = box->addButton(tr("&Book anyway"), QMessageBox::AcceptRole);
    bookAnyway->setObjectName(QStringLiteral("bookAnywayButton"));
    QPushButton* chooseAnother = box->addButton(tr("&Choose another time"), QMessageBox::RejectRole);
    chooseAnother->setObjectName(QStringLiteral("chooseAnotherTimeButton"));
    box->setDefaultButton(chooseAnother);
    box->setEscapeButton(chooseAnother);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [box, bookAnyway, anyway = std::move(anyway), another = std::move(another)] {
                if (box->clickedButton() == bookAnyway) {
                    anyway();
                } else {
                    another();
                }
            });
    box->open();
}

void CalendarPage::newBookingAtCursor() {
    if (!m_editable || m_grid->columns().empty()) {
        return;
    }
    const int column = m_grid->cursorColumn();
    openBookingDialog(m_grid->columns()[std::size_t(column)].practitionerId, m_grid->cursorTime(), 30);
}

void CalendarPage::openBookingDialog(const QString& practitionerId, const QDateTime& start, int minutes) {
    if (!m_editable) {
        return;
    }
    if (m_booking) {
        m_booking->raise();
        m_booking->activateWindow();
        return;
    }
    makeBookingDialog();
    m_booking->setSlot(practitionerId, start, minutes);
    connect(m_booking, &BookingDialog::bookRequested, this, &CalendarPage::submitBooking);
    m_booking->open();
}

void CalendarPage::makeBookingDialog() {
    m_booking = new BookingDialog(m_patients, m_practitioners, this);
    m_booking->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_booking, &QDialog::finished, this, &CalendarPage::refocusGrid);
    m_booking->setWarnings([this](const std::optional<QString>& p, const QDateTime& s, int m, const QString& except) {
        return m_advisor.warnings(p, s, m, except, m_grid->appointments());
    });
    connect(m_booking, &BookingDialog::moveRequested, this,
            [this](const QString& id, const QDateTime& s, int m) { submitMove(id, s, m, false, m_booking); });
}

void CalendarPage::openSelected() {
    const ScheduledAppointment* s = m_grid->selected();
    if (s == nullptr) {
        newBookingAtCursor();
        return;
    }
    if (!m_editable || m_booking) {
        return;
    }
    makeBookingDialog();
    m_booking->setAppointment(*s);
    m_booking->open();
}

void CalendarPage::submitBooking(const AppointmentDraft& draft) {
    m_calendar.book(this, draft, [this, draft](Result<CalendarService::Outcome> outcome) {
        if (!outcome) {
            if (m_booking) {
                m_booking->saveFailed(outcome.error().message);
            } else {
                m_infoBar->showMessage(outcome.error().message, InfoBar::Kind::Error);
            }
            return;
        }
        if (!outcome->saved) {
            askOverlap(
                m_booking, outcome->overlaps,
                [this, draft] {
                    AppointmentDraft anyway = draft;
                    anyway.allowOverlap = true;
                    submitBooking(anyway);
                },
                [this] {
                    if (m_booking) {
                        m_booking->chooseAnotherTime();
                    }
                });
            return;
        }
        if (m_booking) {
            m_booking->saveSucceeded();
        }
        reportChecks(tr("Booked."), outcome->checks, draft.practitionerId);
        m_selectAfterLoad = outcome->saved->id;
        reload();
    });
}

void CalendarPage::submitMove(const QString& id, const QDateTime& start, int minutes, bool allowOverlap,
                              QPointer<BookingDialog> dialog) {
    m_calendar.move(this, id, start, minutes, allowOverlap,
                    [this, id, start, minutes, dialog](Result<CalendarService::Outcome> outcome) {
                        if (!outcome) {
                            if (dialog) {
                                dialog->saveFailed(outcome.error().message);
                            } else {
                                m_infoBar->showMessage(outcome.error().message, InfoBar::Kind::Error);
                            }
                            reload();
                            return;
                        }
                        if (!outcome->saved) {
                            askOverlap(
                                dialog, outcome->overlaps,
                                [this, id, start, minutes, dialog] { submitMove(id, start, minutes, true, dialog); },
                                [this, dialog] {
                                    if (dialog) {
                                        dialog->chooseAnotherTime();
                                    }
                                    reload(); // back where it was
                                });
                            return;
                        }
                        if (dialog) {
                            dialog->saveSucceeded();
                        }
                        reportChecks(tr("Moved."), outcome->checks, outcome->saved->practitionerId);
                        m_selectAfterLoad = id;
                        reload();
                    });
}

void CalendarPage::setStatus(const QString& status) {
    const ScheduledAppointment* s = m_grid->selected();
    if (s == nullptr || !m_editable) {
        return;
    }
    const QString name = s->patientName();
    m_calendar.setStatus(this, s->appointment.id, status, [this, name](Result<Appointment> changed) {
        if (!changed) {
            m_infoBar->showMessage(changed.error().message, InfoBar::Kind::Error);
            return;
        }
        m_infoBar->showMessage(tr("%1: %2.").arg(name, AppointmentStatusLook::text(changed->status)));
        m_selectAfterLoad = changed->id;
        reload();
    });
}

void CalendarPage::cancelSelected() {
    const ScheduledAppointment* s = m_grid->selected();
    if (s == nullptr || !action("cancelAppointmentAction")->isEnabled()) {
        return;
    }
    auto* dialog = new CancelAppointmentDialog(BookingAdvisor::describe(*s), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &CalendarPage::refocusGrid);
    connect(dialog, &CancelAppointmentDialog::reasonGiven, this, [this, id = s->appointment.id](const QString& reason) {
        m_calendar.cancel(this, id, reason, [this](Result<Appointment> cancelled) {
            if (!cancelled) {
                m_infoBar->showMessage(cancelled.error().message, InfoBar::Kind::Error);
                return;
            }
            m_infoBar->showMessage(tr("Cancelled. The booking is kept with the reason."));
            m_selectAfterLoad = cancelled->id;
            reload();
        });
    });
    dialog->open();
}

void CalendarPage::refocusGrid() {
    // Back to the grid, so that the keys (A for arrived, the arrows) work on at once.
    if (isVisible()) {
        activateWindow();
        m_grid->setFocus(Qt::OtherFocusReason);
    }
}

void CalendarPage::openEncounter() {
    const ScheduledAppointment* s = m_grid->selected();
    if (s != nullptr && m_clinical) {
        emit encounterRequested(s->appointment.patientId, s->patientName());
    }
}

void CalendarPage::exportCalendar() {
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    const auto [first, last] = range();
    m_exportDialog = new CalendarExportDialog(m_practitioners, m_filter, first, std::max(last, first.addDays(27)),
                                              m_settings.calendarPrivacy, this);
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_exportDialog, &CalendarExportDialog::exportRequested, this,
            [this](const CalendarExportRequest& request, const QString& path) {
                m_calendar.exportIcs(this, request, path, [this, path](Result<int> written) {
                    if (!written) {
                        if (m_exportDialog) {
                            m_exportDialog->exportFailed(written.error().message);
                        }
                        return;
                    }
                    if (m_exportDialog) {
                        m_exportDialog->accept();
                    }
                    m_infoBar->showMessage(tr("%n appointment(s) exported to %1.", nullptr, *written).arg(path));
                });
            });
    m_exportDialog->open();
}

} // namespace clinicdesk
