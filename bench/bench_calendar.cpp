// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// bench_calendar: the calendar's week view of a 10-practitioner clinic against the "clinic's desktop"
// issue's target (<= 50 ms to paint). Prints figures; it is not a test. See docs/PERFORMANCE.md.
//
//   bench_calendar [--practitioners N] [--runs R] [--width W] [--height H]
//
// The week is built in memory as the page gets it from CalendarService (a full day of bookings for every
// practitioner, Monday to Friday, 15 to 60 minutes each, every status, some double bookings), then:
// 1. Columns: CalendarColumnBuilder for the clinic's week (the days side by side, a lane per practitioner).
// 2. Layout: CalendarGrid::setColumns + setAppointments (placing the bookings, lanes of double bookings).
// 3. Paint: the grid's viewport rendered into an image of the window's size, R times, at 100 % and 200 %
//    scale (a HiDPI screen), in the palette's light colours; min, median, p95 and max.
// 4. Show a week: 1 to 3 together, as a PgDn to the next week costs once the data is in memory.
// The vault's side (listing the week of 200,000 appointments) is measured by bench_vault.

#include "calendar/CalendarColumnBuilder.h"
#include "calendar/CalendarGrid.h"
#include "domain/AppointmentStatus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

using namespace clinicdesk;

namespace {

int intArg(const QStringList& args, const char* name, int fallback) {
    const qsizetype at = args.indexOf(QString::fromLatin1(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

struct Figures {
    double min = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Figures figuresOf(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(ms.size() - 1, std::size_t(std::lround(q * double(ms.size() - 1))))];
    };
    return {ms.front(), at(0.5), at(0.95), ms.back()};
}

void print(const char* what, const Figures& f) {
    std::printf("%-44s min %6.2f  median %6.2f  p95 %6.2f  max %6.2f ms\n", what, f.min, f.median, f.p95, f.max);
}

std::vector<User> practitioners(int count) {
    static const char* const names[] = {"Eva Berg",         "Jan Nowak",      "Sipho Dlamini", "Karin Öberg",
                                        "Marek Zieliński",  "Lerato Khumalo", "Lars Nilsson",  "Zofia Dąbrowska",
                                        "Thandiwe Mokoena", "Erik Johansson"};
    std::vector<User> users;
    for (int i = 0; i < count; ++i) {
        User u;
        u.id = QStringLiteral("practitioner-%1").arg(i);
        u.name = QStringLiteral("p%1").arg(i);
        u.displayName = QStringLiteral("Dr ") + QString::fromUtf8(names[i % 10]);
        u.role = Role::Practitioner;
        users.push_back(u);
    }
    return users;
}

std::vector<ScheduledAppointment> week(const std::vector<User>& users, QDate monday) {
    static const char* const first[] = {"Åsa", "Piotr", "Thandiwe", "Erik", "Zofia", "Lerato", "Karin", "Marek"};
    static const char* const last[] = {"Lindström", "Wiśniewski", "Mokoena", "Johansson", "Dąbrowska", "Khumalo"};
    static const QString statuses[] = {AppointmentStatus::Booked,     AppointmentStatus::Arrived,
                                       AppointmentStatus::InProgress, AppointmentStatus::Done,
                                       AppointmentStatus::NoShow,     AppointmentStatus::Cancelled};
    std::mt19937 random(11);
    std::vector<ScheduledAppointment> list;
    int n = 0;
    for (const User& user : users) {
        for (int day = 0; day < 5; ++day) {
            int minute = 8 * 60;
            while (minute < 17 * 60) {
                const int minutes = 15 * int(1 + random() % 4);
                ScheduledAppointment s;
                s.appointment.id = QStringLiteral("appointment-%1").arg(n);
                s.appointment.patientId = QStringLiteral("patient-%1").arg(n % 500);
                s.appointment.practitionerId = user.id;
                s.appointment.startsAt =
                    QDateTime(monday.addDays(day), QTime(0, 0)).addSecs(qint64(minute) * 60).toMSecsSinceEpoch();
                s.appointment.durationMinutes = minutes;
                s.appointment.status = statuses[random() % 6];
                s.appointment.reason = QStringLiteral("Check-up");
                s.patientFirstName = QString::fromUtf8(first[n % 8]);
                s.patientLastName = QString::fromUtf8(last[n % 6]);
                list.push_back(s);
                ++n;
                // Now and then a double booking over the one before.
                minute += random() % 12 == 0 ? minutes / 2 : minutes + (random() % 4 == 0 ? 15 : 0);
            }
        }
    }
    return list;
}

double paintOnce(CalendarGrid& grid, QImage& image) {
    QElapsedTimer timer;
    timer.start();
    image.fill(grid.palette().color(QPalette::Base));
    grid.viewport()->render(&image, QPoint(), QRegion(), QWidget::DrawWindowBackground);
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int count = std::clamp(intArg(args, "--practitioners", 10), 1, 100);
    const int runs = std::max(5, intArg(args, "--runs", 100));
    // The grid's share of a 1280x800 window: less the rail, the page's margins, heading and toolbar.
    const int width = intArg(args, "--width", 1280 - 96 - 48);
    const int height = intArg(args, "--height", 800 - 170);

    const std::vector<User> users = practitioners(count);
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    const std::vector<ScheduledAppointment> appointments = week(users, monday);
    const ClinicSettings settings;
    std::printf("bench_calendar: week view, %d practitioners, %zu bookings, grid %dx%d, %d runs\n", count,
                appointments.size(), width, height, runs);

    CalendarColumnBuilder::Input input;
    input.first = monday;
    input.days = 7;
    input.week = true;
    input.practitioners = &users;
    input.appointments = &appointments;
    input.settings = &settings;

    CalendarGrid grid;
    grid.resize(width, height);
    grid.setSettings(settings);
    grid.show();
    // The working day in view, as the page scrolls it (the columns set the scroll range).
    {
        CalendarColumnBuilder::Output columns = CalendarColumnBuilder::build(input);
        grid.setColumns(std::move(columns.columns), columns.grouped);
        grid.verticalScrollBar()->setValue(int(7.5 * grid.hourHeight()));
    }
    std::vector<double> columnsMs;
    std::vector<double> layoutMs;
    std::vector<double> showMs;
    std::size_t shownColumns = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        CalendarColumnBuilder::Output columns = CalendarColumnBuilder::build(input);
        columnsMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QElapsedTimer layout;
        layout.start();
        grid.setColumns(std::move(columns.columns), columns.grouped);
        grid.setAppointments(appointments);
        layoutMs.push_back(double(layout.nsecsElapsed()) / 1e6);
        shownColumns = grid.columns().size();
        QImage image(grid.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        (void)paintOnce(grid, image);
        showMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("columns shown: %zu (%s)\n", shownColumns,
                grid.grouped() ? "days with a lane per practitioner" : "flat");
    print("1. columns (CalendarColumnBuilder)", figuresOf(columnsMs));
    print("2. layout (setColumns + setAppointments)", figuresOf(layoutMs));
    for (const double scale : {1.0, 2.0}) {
        QImage image(grid.viewport()->size() * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        std::vector<double> paintMs;
        paintMs.reserve(std::size_t(runs));
        for (int i = 0; i < runs; ++i) {
            paintMs.push_back(paintOnce(grid, image));
        }
        print(scale > 1 ? "3. paint at 200 % (target <= 50 ms)" : "3. paint at 100 % (target <= 50 ms)",
              figuresOf(paintMs));
    }
    print("4. show a week (1 + 2 + paint at 100 %)", figuresOf(showMs));
    return 0;
}
