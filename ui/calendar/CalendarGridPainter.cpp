// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CalendarGridPainter.h"

#include "calendar/AppointmentStyle.h"
#include "calendar/CalendarGrid.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace clinicdesk {

namespace {

struct Colors {
    QColor base;
    QColor closed; // outside working hours
    QColor hourLine;
    QColor halfLine;
    QColor dayLine;
    QColor text;
    QColor dimText;
    QColor header;
    QColor highlight;
    QColor now;
};

Colors colorsOf(const QPalette& palette) {
    const bool dark = AppointmentStyle::isDark(palette);
    Colors c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.closed = AppointmentStyle::mix(c.base, c.text, dark ? 0.07 : 0.045);
    c.hourLine = AppointmentStyle::mix(c.base, c.text, dark ? 0.20 : 0.14);
    c.halfLine = AppointmentStyle::mix(c.base, c.text, dark ? 0.10 : 0.06);
    c.dayLine = AppointmentStyle::mix(c.base, c.text, dark ? 0.35 : 0.28);
    c.dimText = AppointmentStyle::mix(c.base, c.text, 0.62);
    c.header = palette.color(QPalette::Window);
    c.highlight = palette.color(QPalette::Highlight);
    c.now = QColor(dark ? "#ff6b5b" : "#d93025");
    return c;
}

// A crisp horizontal or vertical line of one device pixel at 1x (the half-pixel offset).
double crisp(double v) {
    return std::floor(v) + 0.5;
}

void paintColumns(QPainter& p, const CalendarGrid& grid, const Colors& c) {
    // The base is painted already: shade only the closed time (each pixel filled once, which counts at 200 %).
    const double top = grid.headerHeight();
    const double bottom = grid.viewport()->height();
    for (int i = 0; i < int(grid.columns().size()); ++i) {
        const CalendarColumn& column = grid.columns()[std::size_t(i)];
        if (column.practitionerId.isEmpty()) {
            continue; // bookings without a practitioner have no hours to shade
        }
        std::vector<std::pair<int, int>> open;
        for (const WorkingInterval& w : grid.settings().hoursOf(column.practitionerId)) {
            if (w.weekday == column.date.dayOfWeek()) {
                open.emplace_back(w.startMinute, w.endMinute);
            }
        }
        std::sort(open.begin(), open.end());
        const QRectF rect = grid.columnRect(i);
        double y = top;
        const auto closedUntil = [&](double until) {
            if (until > y) {
                p.fillRect(QRectF(rect.left(), y, rect.width(), until - y), c.closed);
            }
        };
        for (const auto& [from, to] : open) {
            closedUntil(std::min(bottom, grid.yOf(from)));
            y = std::max(y, std::min(bottom, grid.yOf(to)));
        }
        closedUntil(bottom);
    }
}

void paintLines(QPainter& p, const CalendarGrid& grid, const Colors& c) {
    const double left = grid.axisWidth();
    const double right = grid.viewport()->width();
    const double top = grid.headerHeight();
    for (int half = 1; half < 48; ++half) {
        const double y = crisp(grid.yOf(half * 30));
        if (y < top || y > grid.viewport()->height()) {
            continue;
        }
        p.setPen(QPen(half % 2 == 0 ? c.hourLine : c.halfLine, 0));
        p.drawLine(QPointF(left, y), QPointF(right, y));
    }
    for (int i = 0; i < int(grid.columns().size()); ++i) {
        const bool day = grid.columns()[std::size_t(i)].startsDay;
        if (i == 0 && !day) {
            continue;
        }
        const double x = crisp(grid.columnRect(i).left());
        p.setPen(QPen(day && grid.grouped() ? c.dayLine : c.hourLine, 0));
        p.drawLine(QPointF(x, top), QPointF(x, grid.viewport()->height()));
    }
}

// "Bergqvist I.": the surname first, the first name's initial.
QString compactName(const ScheduledAppointment& s) {
    if (s.patientFirstName.isEmpty()) {
        return s.patientLastName;
    }
    return s.patientLastName + QLatin1Char(' ') + s.patientFirstName.left(1) + QLatin1Char('.');
}

void paintBlock(QPainter& p, const CalendarGrid& grid, const ScheduledAppointment& s, const QRectF& rect, bool selected,
                const Colors& c) {
    const AppointmentStyle style = AppointmentStyle::of(s.appointment.status, grid.palette());
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = std::min(5.0, box.height() / 3);
    // Plain rounded rectangles, no path operations: hundreds of blocks are painted in a clinic's week.
    p.setPen(Qt::NoPen);
    p.setBrush(style.fill);
    p.drawRoundedRect(box, radius, radius);
    if (style.hatched) {
        QColor hatch = style.accent;
        hatch.setAlphaF(0.45f);
        p.setBrush(QBrush(hatch, Qt::BDiagPattern));
        p.drawRoundedRect(box, radius, radius);
    }
    // The stripe on the left: the status's colour, wider when there is room; rounded on the left only (its
    // right side covered again by the fill).
    const double stripe = box.width() > 30 ? 4.0 : 2.0;
    if (!style.hatched) {
        p.setBrush(style.accent);
        p.drawRoundedRect(QRectF(box.left(), box.top(), stripe + radius, box.height()), radius, radius);
        p.fillRect(QRectF(box.left() + stripe, box.top() + 0.5, radius, box.height() - 1), style.fill);
    }
    QPen outline(style.accent, selected ? 2.0 : 1.0);
    if (style.dashed) {
        outline.setStyle(Qt::DashLine);
    }
    if (selected) {
        outline.setColor(c.highlight);
    }
    p.setPen(outline);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(box, radius, radius);
    const QRectF textBox = box.adjusted(stripe + 4, 1, -3, -1);
    if (textBox.width() < 18 || textBox.height() < 8) {
        return;
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.appointment.startsAt);
    const QString time = AppointmentStyle::timeText(start.time());
    const QString status = style.mark.isEmpty() ? style.label : style.mark + QLatin1Char(' ') + style.label;
    const QFont& font = grid.font();
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    bold.setStrikeOut(style.struck);
    const QFontMetricsF fm(font);
    const double line = fm.height();
    // A narrow block (the whole clinic's week) leads with what tells patients apart, the surname, and
    // leaves the time to the axis beside it.
    const bool narrow = textBox.width() < 14 * fm.averageCharWidth();
    const QString name = narrow ? compactName(s) : s.patientName();
    p.save();
    p.setClipRect(textBox);
    if (textBox.height() < 2 * line) {
        // One line: the status's mark, the time where there is room, the name, the status's word.
        p.setFont(bold);
        p.setPen(style.text);
        const bool wide = textBox.width() > 12 * fm.averageCharWidth();
        QString one = style.mark.isEmpty() ? QString() : style.mark + QLatin1Char(' ');
        if (wide) {
            one += time + QLatin1Char(' ');
        }
        one += name + QStringLiteral(" · ") + style.label;
        p.drawText(textBox, Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(bold).elidedText(one, Qt::ElideRight, textBox.width()));
    } else {
        double y = textBox.top() + 1;
        p.setFont(bold);
        p.setPen(style.text);
        p.drawText(QRectF(textBox.left(), y, textBox.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(bold).elidedText(name, Qt::ElideRight, textBox.width()));
        y += line;
        p.setFont(font);
        p.setPen(AppointmentStyle::mix(style.fill, style.text, 0.75));
        p.drawText(
            QRectF(textBox.left(), y, textBox.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(narrow ? status : time + QStringLiteral(" · ") + status, Qt::ElideRight, textBox.width()));
        y += line;
        if (y + line <= textBox.bottom() + 1 && s.appointment.reason && !s.appointment.reason->isEmpty()) {
            p.drawText(QRectF(textBox.left(), y, textBox.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(*s.appointment.reason, Qt::ElideRight, textBox.width()));
        }
    }
    p.restore();
}

void paintGhost(QPainter& p, const CalendarGrid& grid, const Colors& c) {
    const auto& ghost = grid.ghost();
    if (!ghost || ghost->column < 0) {
        return;
    }
    const QRectF column = grid.columnRect(ghost->column);
    const QRectF rect(column.left() + 2, grid.yOf(ghost->from) + 1, column.width() - 5,
                      grid.yOf(ghost->to) - grid.yOf(ghost->from) - 2);
    QColor fill = c.highlight;
    fill.setAlphaF(0.18f);
    QPainterPath path;
    path.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p.fillPath(path, fill);
    p.setPen(QPen(c.highlight, 2, Qt::DashLine));
    p.drawPath(path);
    const QString text = QStringLiteral("%1–%2").arg(
        AppointmentStyle::timeText(QTime(0, 0).addSecs(ghost->from * 60)),
        AppointmentStyle::timeText(QTime(0, 0).addSecs((ghost->to % CalendarGrid::kMinutesPerDay) * 60)));
    QFont bold = grid.font();
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    p.setPen(c.text);
    p.drawText(rect.adjusted(8, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, text);
}

void paintCursor(QPainter& p, const CalendarGrid& grid, const Colors& c, bool focused) {
    if (!focused || !grid.selectedId().isEmpty() || grid.columns().empty() || grid.ghost()) {
        return;
    }
    const QRectF column = grid.columnRect(grid.cursorColumn());
    const QRectF rect(column.left() + 2, grid.yOf(grid.cursorMinute()) + 1, column.width() - 5,
                      grid.yOf(grid.cursorMinute() + grid.snapMinutes()) - grid.yOf(grid.cursorMinute()) - 2);
    p.setPen(QPen(c.highlight, 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void paintNow(QPainter& p, const CalendarGrid& grid, const Colors& c) {
    const QDateTime now = QDateTime::currentDateTime();
    const double y = grid.yOf(now.time().hour() * 60 + now.time().minute() + now.time().second() / 60.0);
    if (y < grid.headerHeight() || y > grid.viewport()->height()) {
        return;
    }
    for (int i = 0; i < int(grid.columns().size()); ++i) {
        if (grid.columns()[std::size_t(i)].date != now.date()) {
            continue;
        }
        const QRectF rect = grid.columnRect(i);
        p.setPen(QPen(c.now, 2));
        p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
        if (grid.columns()[std::size_t(i)].startsDay) {
            p.setPen(Qt::NoPen);
            p.setBrush(c.now);
            p.drawEllipse(QPointF(rect.left(), y), 4, 4);
        }
    }
}

void paintAxis(QPainter& p, const CalendarGrid& grid, const Colors& c) {
    const double top = grid.headerHeight();
    p.fillRect(QRectF(0, top, grid.axisWidth(), grid.viewport()->height() - top), c.header);
    p.setFont(grid.font());
    p.setPen(c.dimText);
    const QFontMetricsF fm(grid.font());
    for (int hour = 1; hour < 24; ++hour) {
        const double y = grid.yOf(hour * 60);
        if (y < top + fm.height() / 2 || y > grid.viewport()->height()) {
            continue;
        }
        const QString label = AppointmentStyle::timeText(QTime(hour, 0));
        p.drawText(QRectF(0, y - fm.height() / 2, grid.axisWidth() - 8, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   label);
    }
    p.setPen(QPen(c.hourLine, 0));
    p.drawLine(QPointF(crisp(grid.axisWidth()) - 1, top),
               QPointF(crisp(grid.axisWidth()) - 1, grid.viewport()->height()));
}

void paintHeader(QPainter& p, const CalendarGrid& grid, const Colors& c) {
    const double height = grid.headerHeight();
    p.fillRect(QRectF(0, 0, grid.viewport()->width(), height), c.header);
    const QDate today = QDate::currentDate();
    QFont bold = grid.font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetricsF fm(bold);
    const double row = grid.grouped() ? (height - 2) / 2 : height;
    for (int i = 0; i < int(grid.columns().size()); ++i) {
        const CalendarColumn& column = grid.columns()[std::size_t(i)];
        const QRectF rect = grid.columnRect(i);
        if (column.startsDay || !grid.grouped()) {
            // The day's (or the column's) title spans its lanes.
            int span = 1;
            while (grid.grouped() && i + span < int(grid.columns().size()) &&
                   !grid.columns()[std::size_t(i) + std::size_t(span)].startsDay) {
                ++span;
            }
            QRectF title(rect.left(), 0, rect.width() * span, row);
            const bool isToday = column.date == today && (grid.grouped() || !column.title.isEmpty());
            const QString text = fm.elidedText(column.title, Qt::ElideRight, title.width() - 12);
            if (isToday && grid.grouped()) {
                const double w = fm.horizontalAdvance(text) + 14;
                QRectF pill(title.center().x() - w / 2, title.center().y() - fm.height() / 2 - 2, w, fm.height() + 4);
                p.setPen(Qt::NoPen);
                p.setBrush(c.highlight);
                p.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
                p.setPen(grid.palette().color(QPalette::HighlightedText));
            } else {
                p.setPen(column.date == today ? c.highlight : c.text);
            }
            p.setFont(bold);
            p.drawText(title, Qt::AlignCenter, text);
        }
        if (grid.grouped()) {
            p.setFont(grid.font());
            p.setPen(c.dimText);
            const QRectF lane(rect.left(), row, rect.width(), row);
            p.drawText(lane, Qt::AlignCenter,
                       QFontMetricsF(grid.font()).elidedText(column.laneTitle, Qt::ElideRight, lane.width() - 2));
        }
    }
    p.setPen(QPen(c.dayLine, 0));
    p.drawLine(QPointF(0, crisp(height) - 1), QPointF(grid.viewport()->width(), crisp(height) - 1));
}

} // namespace

void CalendarGridPainter::paint(QPainter& painter, const CalendarGrid& grid, const QRect& exposed, bool focused) {
    const Colors c = colorsOf(grid.palette());
    painter.setClipRect(exposed);
    painter.fillRect(exposed, c.base);
    paintColumns(painter, grid, c);
    paintLines(painter, grid, c);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.save();
    painter.setClipRect(QRectF(grid.axisWidth(), grid.headerHeight(), grid.viewport()->width() - grid.axisWidth(),
                               grid.viewport()->height() - grid.headerHeight())
                            .intersected(QRectF(exposed)));
    for (const CalendarGrid::Placed& placed : grid.placed()) {
        const QRectF rect = grid.placedRect(placed);
        if (rect.bottom() < grid.headerHeight() || rect.top() > grid.viewport()->height()) {
            continue;
        }
        const ScheduledAppointment& s = grid.appointments()[std::size_t(placed.appointment)];
        paintBlock(painter, grid, s, rect, s.appointment.id == grid.selectedId(), c);
    }
    paintCursor(painter, grid, c, focused);
    paintGhost(painter, grid, c);
    paintNow(painter, grid, c);
    painter.restore();
    painter.setRenderHint(QPainter::Antialiasing, false);
    paintAxis(painter, grid, c);
    painter.setRenderHint(QPainter::Antialiasing, true);
    paintHeader(painter, grid, c);
}

} // namespace clinicdesk
