// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "calendar/CalendarColumn.h"
#include "domain/ClinicSettings.h"
#include "domain/ScheduledAppointment.h"

#include <QAbstractScrollArea>
#include <QDateTime>

#include <optional>
#include <vector>

namespace clinicdesk {

// The calendar's time grid: columns (a day of a practitioner), the hours of the day down the side, working
// hours shaded, the now-line, and the bookings as blocks that show their status in colour and in words.
// Painted with QPainter at the screen's resolution (no cached pixmaps), in the palette's colours.
//
// With the mouse: drag over free time to book it, drag a booking to move it, drag its bottom edge to
// resize it (snapped to snapMinutes(), 5 minutes while Shift is held), double-click to open, right-click
// for its actions. With the keyboard: the arrows move the cursor (up and down through the free slots and
// the bookings of a column, left and right through the columns; past the first or last column the page
// turns: edgeReached()). The grid only asks; the page books, moves and reloads.
class CalendarGrid : public QAbstractScrollArea {
    Q_OBJECT
public:
    // A booking as placed: its column and, when it overlaps others there, its lane among them.
    struct Placed {
        int appointment = 0; // index into appointments()
        int column = 0;
        int lane = 0;
        int lanes = 1;
    };

    explicit CalendarGrid(QWidget* parent = nullptr);

    // `grouped`: a week of several practitioners, lanes per day under a day header.
    void setColumns(std::vector<CalendarColumn> columns, bool grouped);
    void setAppointments(std::vector<ScheduledAppointment> appointments);
    void setSettings(const ClinicSettings& settings);
    void setEditable(bool editable) { m_editable = editable; }
    void setSnapMinutes(int minutes) { m_snap = minutes; }
    [[nodiscard]] int snapMinutes() const { return m_snap; }

    [[nodiscard]] const std::vector<CalendarColumn>& columns() const { return m_columns; }
    [[nodiscard]] bool grouped() const { return m_grouped; }
    [[nodiscard]] const std::vector<ScheduledAppointment>& appointments() const { return m_appointments; }
    [[nodiscard]] const std::vector<Placed>& placed() const { return m_placed; }
    [[nodiscard]] const ClinicSettings& settings() const { return m_settings; }

    // The selected booking (null when the cursor is on free time).
    [[nodiscard]] const ScheduledAppointment* selected() const;
    [[nodiscard]] QString selectedId() const { return m_selectedId; }
    void select(const QString& id);
    // The cursor: a column and a minute of the day (the slot Ctrl+N books).
    [[nodiscard]] int cursorColumn() const { return m_cursorColumn; }
    [[nodiscard]] int cursorMinute() const { return m_cursorMinute; }
    [[nodiscard]] QDateTime cursorTime() const;
    void setCursor(int column, int minute);

    // --- geometry, in the viewport's coordinates ----------------------------------------------------
    // The column of a day and practitioner, -1 if not shown.
    [[nodiscard]] int columnOf(QDate date, const QString& practitionerId) const;
    // Where `time` is in `column`: the middle of the column, just below the time's line (what a press
    // there books). Scroll it into view first with ensureVisible().
    [[nodiscard]] QPoint pointOf(int column, QTime time) const;
    void ensureVisible(QTime from, QTime to);
    // The block of a booking as drawn, empty if it is not shown.
    [[nodiscard]] QRectF appointmentRect(const QString& id) const;
    [[nodiscard]] QRectF columnRect(int column) const;
    [[nodiscard]] double yOf(double minuteOfDay) const;
    [[nodiscard]] double minuteAt(double y) const;
    [[nodiscard]] int columnAt(double x) const;
    [[nodiscard]] int headerHeight() const;
    [[nodiscard]] int axisWidth() const;
    [[nodiscard]] double hourHeight() const { return m_hourHeight; }
    [[nodiscard]] QRectF placedRect(const Placed& placed) const;
    // What is being dragged, for the painter: a column, from and to minutes; nothing when idle.
    struct Ghost {
        int column = -1;
        int from = 0;
        int to = 0;
        QString appointmentId; // empty: a new booking
    };
    [[nodiscard]] const std::optional<Ghost>& ghost() const { return m_ghost; }

    static constexpr int kMinutesPerDay = 24 * 60;

signals:
    void createRequested(int column, const QDateTime& start, int minutes);
    void moveRequested(const QString& id, const QDateTime& start, int minutes);
    void openRequested(const QString& id);
    void contextMenuRequested(const QPoint& globalPos);
    void selectionChanged();
    // The cursor went past the first (-1) or the last (+1) column.
    void edgeReached(int direction);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    enum class Drag { None, CreatePending, Create, MovePending, Move, ResizePending, Resize };

    void place();
    void updateScrollRange();
    void updateMetrics();
    void updateAccessibleText();
    [[nodiscard]] int placedAt(const QPointF& pos) const; // index into m_placed, -1 if none
    [[nodiscard]] bool onBottomEdge(const QRectF& rect, const QPointF& pos) const;
    [[nodiscard]] bool movable(const ScheduledAppointment& s) const;
    [[nodiscard]] int snapped(double minute, int step) const;
    [[nodiscard]] int stepFor(Qt::KeyboardModifiers modifiers) const;
    [[nodiscard]] int startMinuteOf(const Appointment& a) const;
    [[nodiscard]] QDateTime timeIn(int column, int minute) const;
    [[nodiscard]] int appointmentIndex(const QString& id) const;
    void moveCursorVertically(int direction);
    void moveCursorHorizontally(int direction);
    void selectUnderCursor();

    std::vector<CalendarColumn> m_columns;
    bool m_grouped = false;
    std::vector<ScheduledAppointment> m_appointments;
    std::vector<Placed> m_placed;
    ClinicSettings m_settings;
    bool m_editable = true;
    int m_snap = 15;
    double m_hourHeight = 64;
    int m_rowHeight = 20; // one header row

    QString m_selectedId;
    int m_cursorColumn = 0;
    int m_cursorMinute = 9 * 60;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    int m_pressPlaced = -1;
    int m_anchorMinute = 0;
    std::optional<Ghost> m_ghost;
};

} // namespace clinicdesk
