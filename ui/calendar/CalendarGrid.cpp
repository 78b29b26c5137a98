// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "calendar/CalendarGrid.h"

#include "calendar/AppointmentStyle.h"
#include "calendar/CalendarGridPainter.h"
#include "domain/AppointmentStatus.h"
#include "widgets/AppointmentStatusLook.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace clinicdesk {

namespace {

constexpr int kEdgePixels = 6;      // how close to a block's bottom edge a press resizes
constexpr int kFineSnapMinutes = 5; // with Shift

} // namespace

CalendarGrid::CalendarGrid(QWidget* parent)
    : QAbstractScrollArea(parent) {
    setObjectName(QStringLiteral("calendarGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setAccessibleName(tr("Calendar"));
    updateMetrics();
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
}

void CalendarGrid::updateMetrics() {
    const QFontMetrics fm(font());
    m_rowHeight = fm.height() + 10;
    m_hourHeight = std::max(56, fm.height() * 4);
    verticalScrollBar()->setSingleStep(int(m_hourHeight / 4));
    updateScrollRange();
}

int CalendarGrid::headerHeight() const {
    return m_grouped ? 2 * m_rowHeight + 2 : m_rowHeight + 8;
}

int CalendarGrid::axisWidth() const {
    return QFontMetrics(font()).horizontalAdvance(QStringLiteral("00:00")) + 20;
}

void CalendarGrid::updateScrollRange() {
    const int body = int(std::ceil(m_hourHeight * 24));
    const int visible = viewport()->height() - headerHeight();
    verticalScrollBar()->setRange(0, std::max(0, body - visible));
    verticalScrollBar()->setPageStep(std::max(1, visible));
}

void CalendarGrid::setColumns(std::vector<CalendarColumn> columns, bool grouped) {
    m_columns = std::move(columns);
    m_grouped = grouped;
    m_cursorColumn = std::clamp(m_cursorColumn, 0, std::max(0, int(m_columns.size()) - 1));
    updateScrollRange();
    place();
}

void CalendarGrid::setAppointments(std::vector<ScheduledAppointment> appointments) {
    m_appointments = std::move(appointments);
    m_ghost.reset();
    m_drag = Drag::None;
    if (!m_selectedId.isEmpty() && appointmentIndex(m_selectedId) < 0) {
        m_selectedId.clear();
        emit selectionChanged();
    }
    place();
}

void CalendarGrid::setSettings(const ClinicSettings& settings) {
    m_settings = settings;
    viewport()->update();
}

int CalendarGrid::appointmentIndex(const QString& id) const {
    for (std::size_t i = 0; i < m_appointments.size(); ++i) {
        if (m_appointments[i].appointment.id == id) {
            return int(i);
        }
    }
    return -1;
}

int CalendarGrid::startMinuteOf(const Appointment& a) const {
    const QTime t = QDateTime::fromMSecsSinceEpoch(a.startsAt).time();
    return t.hour() * 60 + t.minute();
}

void CalendarGrid::place() {
    m_placed.clear();
    // Bookings by column, then side by side where they overlap (cancelled ones too: they are shown).
    std::vector<std::vector<int>> byColumn(m_columns.size());
    for (std::size_t i = 0; i < m_appointments.size(); ++i) {
        const Appointment& a = m_appointments[i].appointment;
        const int column =
            columnOf(QDateTime::fromMSecsSinceEpoch(a.startsAt).date(), a.practitionerId.value_or(QString()));
        if (column >= 0) {
            byColumn[std::size_t(column)].push_back(int(i));
        }
    }
    for (std::size_t c = 0; c < byColumn.size(); ++c) {
        std::vector<int>& list = byColumn[c];
        std::stable_sort(list.begin(), list.end(), [this](int x, int y) {
            return m_appointments[std::size_t(x)].appointment.startsAt <
                   m_appointments[std::size_t(y)].appointment.startsAt;
        });
        // Clusters of bookings that overlap each other share the column's width.
        std::size_t clusterStart = m_placed.size();
        std::int64_t clusterEnd = 0;
        std::vector<std::int64_t> laneEnds;
        const auto closeCluster = [&] {
            for (std::size_t k = clusterStart; k < m_placed.size(); ++k) {
                m_placed[k].lanes = int(laneEnds.size());
            }
            laneEnds.clear();
            clusterStart = m_placed.size();
        };
        for (int index : list) {
            const Appointment& a = m_appointments[std::size_t(index)].appointment;
            if (!laneEnds.empty() && a.startsAt >= clusterEnd) {
                closeCluster();
            }
            int lane = 0;
            while (lane < int(laneEnds.size()) && laneEnds[std::size_t(lane)] > a.startsAt) {
                ++lane;
            }
            if (lane == int(laneEnds.size())) {
                laneEnds.push_back(0);
            }
            laneEnds[std::size_t(lane)] = a.endsAt();
            clusterEnd = std::max(clusterEnd, a.endsAt());
            m_placed.push_back(Placed{index, int(c), lane, 1});
        }
        closeCluster();
    }
    updateAccessibleText();
    viewport()->update();
}

const ScheduledAppointment* CalendarGrid::selected() const {
    const int index = appointmentIndex(m_selectedId);
    return index >= 0 ? &m_appointments[std::size_t(index)] : nullptr;
}

void CalendarGrid::select(const QString& id) {
    const int index = appointmentIndex(id);
    const QString chosen = index >= 0 ? id : QString();
    if (index >= 0) {
        const Appointment& a = m_appointments[std::size_t(index)].appointment;
        const int column =
            columnOf(QDateTime::fromMSecsSinceEpoch(a.startsAt).date(), a.practitionerId.value_or(QString()));
        if (column >= 0) {
            m_cursorColumn = column;
            m_cursorMinute = startMinuteOf(a);
        }
    }
    if (chosen != m_selectedId) {
        m_selectedId = chosen;
        emit selectionChanged();
    }
    updateAccessibleText();
    viewport()->update();
}

QDateTime CalendarGrid::cursorTime() const {
    return timeIn(m_cursorColumn, m_cursorMinute);
}

QDateTime CalendarGrid::timeIn(int column, int minute) const {
    if (column < 0 || column >= int(m_columns.size())) {
        return {};
    }
    return QDateTime(m_columns[std::size_t(column)].date, QTime(0, 0)).addSecs(qint64(minute) * 60);
}

void CalendarGrid::setCursor(int column, int minute) {
    m_cursorColumn = std::clamp(column, 0, std::max(0, int(m_columns.size()) - 1));
    m_cursorMinute = std::clamp(minute, 0, kMinutesPerDay - m_snap);
    selectUnderCursor();
    const QTime from = QTime(0, 0).addSecs(m_cursorMinute * 60);
    ensureVisible(from, from.addSecs(m_snap * 60));
}

void CalendarGrid::selectUnderCursor() {
    QString id;
    for (const Placed& p : m_placed) {
        const Appointment& a = m_appointments[std::size_t(p.appointment)].appointment;
        const int start = startMinuteOf(a);
        if (p.column == m_cursorColumn && start <= m_cursorMinute && m_cursorMinute < start + a.durationMinutes) {
            id = a.id;
            break;
        }
    }
    if (id != m_selectedId) {
        m_selectedId = id;
        emit selectionChanged();
    }
    updateAccessibleText();
    viewport()->update();
}

int CalendarGrid::columnOf(QDate date, const QString& practitionerId) const {
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].date == date && m_columns[i].practitionerId == practitionerId) {
            return int(i);
        }
    }
    return -1;
}

QRectF CalendarGrid::columnRect(int column) const {
    const double width = m_columns.empty() ? 0.0 : double(viewport()->width() - axisWidth()) / double(m_columns.size());
    return {axisWidth() + width * column, double(headerHeight()), width, double(viewport()->height() - headerHeight())};
}

double CalendarGrid::yOf(double minuteOfDay) const {
    return headerHeight() + minuteOfDay * m_hourHeight / 60.0 - verticalScrollBar()->value();
}

double CalendarGrid::minuteAt(double y) const {
    return (y - headerHeight() + verticalScrollBar()->value()) * 60.0 / m_hourHeight;
}

int CalendarGrid::columnAt(double x) const {
    if (m_columns.empty() || x < axisWidth()) {
        return -1;
    }
    const double width = double(viewport()->width() - axisWidth()) / double(m_columns.size());
    return std::clamp(int((x - axisWidth()) / width), 0, int(m_columns.size()) - 1);
}

QPoint CalendarGrid::pointOf(int column, QTime time) const {
    const QRectF rect = columnRect(column);
    const double minute = time.hour() * 60 + time.minute() + time.second() / 60.0;
    return QPointF(rect.center().x(), std::floor(yOf(minute)) + 2).toPoint();
}

void CalendarGrid::ensureVisible(QTime from, QTime to) {
    const double top = (from.hour() * 60 + from.minute()) * m_hourHeight / 60.0;
    const double bottom =
        (to.isValid() && to > from ? to.hour() * 60 + to.minute() : kMinutesPerDay) * m_hourHeight / 60.0;
    const int visible = viewport()->height() - headerHeight();
    QScrollBar* bar = verticalScrollBar();
    if (top < bar->value()) {
        bar->setValue(int(top) - 8);
    } else if (bottom > bar->value() + visible) {
        bar->setValue(int(std::min(top - 8, bottom - visible + 8)));
    }
}

QRectF CalendarGrid::placedRect(const Placed& p) const {
    const Appointment& a = m_appointments[std::size_t(p.appointment)].appointment;
    const QRectF column = columnRect(p.column);
    const double laneWidth = (column.width() - 4) / p.lanes;
    const int start = startMinuteOf(a);
    const int end = std::min(start + a.durationMinutes, kMinutesPerDay);
    return {column.left() + 2 + laneWidth * p.lane, yOf(start) + 1, laneWidth - 1,
            std::max(6.0, yOf(end) - yOf(start) - 2)};
}

QRectF CalendarGrid::appointmentRect(const QString& id) const {
    for (const Placed& p : m_placed) {
        if (m_appointments[std::size_t(p.appointment)].appointment.id == id) {
            return placedRect(p);
        }
    }
    return {};
}

int CalendarGrid::placedAt(const QPointF& pos) const {
    if (pos.y() < headerHeight()) {
        return -1;
    }
    for (int i = int(m_placed.size()) - 1; i >= 0; --i) {
        if (placedRect(m_placed[std::size_t(i)]).contains(pos)) {
            return i;
        }
    }
    return -1;
}

bool CalendarGrid::onBottomEdge(const QRectF& rect, const QPointF& pos) const {
    return rect.height() >= 2 * kEdgePixels && pos.y() >= rect.bottom() - kEdgePixels;
}

bool CalendarGrid::movable(const ScheduledAppointment& s) const {
    return m_editable && s.appointment.status != AppointmentStatus::Cancelled &&
           s.appointment.status != AppointmentStatus::Done;
}

int CalendarGrid::stepFor(Qt::KeyboardModifiers modifiers) const {
    return modifiers.testFlag(Qt::ShiftModifier) ? kFineSnapMinutes : m_snap;
}

int CalendarGrid::snapped(double minute, int step) const {
    return std::clamp(int(std::lround(minute / step)) * step, 0, kMinutesPerDay);
}

void CalendarGrid::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
}

void CalendarGrid::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateMetrics();
    }
    if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

void CalendarGrid::focusInEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void CalendarGrid::focusOutEvent(QFocusEvent* event) {
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void CalendarGrid::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    CalendarGridPainter::paint(painter, *this, event->rect(), hasFocus());
}

void CalendarGrid::mousePressEvent(QMouseEvent* event) {
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const QPointF pos = event->position();
    const int column = columnAt(pos.x());
    if (column < 0 || pos.y() < headerHeight()) {
        return;
    }
    m_pressPos = pos;
    m_pressPlaced = placedAt(pos);
    if (m_pressPlaced >= 0) {
        const Placed& p = m_placed[std::size_t(m_pressPlaced)];
        const ScheduledAppointment& s = m_appointments[std::size_t(p.appointment)];
        select(s.appointment.id);
        if (movable(s)) {
            m_drag = onBottomEdge(placedRect(p), pos) ? Drag::ResizePending : Drag::MovePending;
        }
        return;
    }
    const int step = stepFor(event->modifiers());
    m_anchorMinute = std::clamp(int(std::floor(minuteAt(pos.y()) / step)) * step, 0, kMinutesPerDay - step);
    m_cursorColumn = column;
    m_cursorMinute = m_anchorMinute;
    selectUnderCursor();
    m_drag = m_editable ? Drag::CreatePending : Drag::None;
}

void CalendarGrid::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        const int hit = placedAt(pos);
        const bool edge = hit >= 0 && movable(m_appointments[std::size_t(m_placed[std::size_t(hit)].appointment)]) &&
                          onBottomEdge(placedRect(m_placed[std::size_t(hit)]), pos);
        viewport()->setCursor(edge ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (m_drag == Drag::CreatePending || m_drag == Drag::MovePending || m_drag == Drag::ResizePending) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
            return;
        }
        m_drag = m_drag == Drag::CreatePending ? Drag::Create : m_drag == Drag::MovePending ? Drag::Move : Drag::Resize;
    }
    const int step = stepFor(event->modifiers());
    Ghost ghost;
    if (m_drag == Drag::Create) {
        ghost.column = m_cursorColumn;
        const int at = snapped(minuteAt(pos.y()), step);
        ghost.from = std::min(m_anchorMinute, at);
        ghost.to = std::max(m_anchorMinute + step, at);
        if (at <= m_anchorMinute) {
            ghost.to = m_anchorMinute + step;
        }
    } else {
        const Placed& p = m_placed[std::size_t(m_pressPlaced)];
        const Appointment& a = m_appointments[std::size_t(p.appointment)].appointment;
        ghost.appointmentId = a.id;
        const int start = startMinuteOf(a);
        if (m_drag == Drag::Resize) {
            ghost.column = p.column;
            ghost.from = start;
            ghost.to = std::max(start + step, snapped(minuteAt(pos.y()), step));
        } else {
            const double delta = minuteAt(pos.y()) - minuteAt(m_pressPos.y());
            ghost.from = std::clamp(snapped(start + delta, step), 0, kMinutesPerDay - a.durationMinutes);
            ghost.to = ghost.from + a.durationMinutes;
            // Across columns only to another day of the same practitioner (a move keeps who sees the patient).
            const int over = columnAt(pos.x());
            ghost.column = over >= 0 && m_columns[std::size_t(over)].practitionerId ==
                                            m_columns[std::size_t(p.column)].practitionerId
                               ? over
                               : p.column;
        }
    }
    ghost.to = std::min(ghost.to, kMinutesPerDay);
    m_ghost = ghost;
    viewport()->update();
}

void CalendarGrid::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const Drag drag = m_drag;
    const std::optional<Ghost> ghost = m_ghost;
    m_drag = Drag::None;
    m_ghost.reset();
    viewport()->update();
    if (!ghost) {
        return;
    }
    if (drag == Drag::Create) {
        emit createRequested(ghost->column, timeIn(ghost->column, ghost->from), ghost->to - ghost->from);
        return;
    }
    if (drag == Drag::Move || drag == Drag::Resize) {
        const int index = appointmentIndex(ghost->appointmentId);
        if (index < 0) {
            return;
        }
        Appointment& a = m_appointments[std::size_t(index)].appointment;
        const QDateTime start = timeIn(ghost->column, ghost->from);
        const int minutes = ghost->to - ghost->from;
        if (start.toMSecsSinceEpoch() == a.startsAt && minutes == a.durationMinutes) {
            return;
        }
        // Shown where it was dropped while the page asks; a refusal reloads the range.
        a.startsAt = start.toMSecsSinceEpoch();
        a.durationMinutes = minutes;
        place();
        select(a.id);
        emit moveRequested(a.id, start, minutes);
    }
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        return;
    }
    const int hit = placedAt(event->position());
    m_drag = Drag::None;
    m_ghost.reset();
    if (hit >= 0) {
        emit openRequested(m_appointments[std::size_t(m_placed[std::size_t(hit)].appointment)].appointment.id);
        return;
    }
    const int column = columnAt(event->position().x());
    if (column >= 0 && m_editable && event->position().y() >= headerHeight()) {
        const int minute =
            std::clamp(int(std::floor(minuteAt(event->position().y()) / m_snap)) * m_snap, 0, kMinutesPerDay - 30);
        emit createRequested(column, timeIn(column, minute), 30);
    }
}

void CalendarGrid::contextMenuEvent(QContextMenuEvent* event) {
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    if (event->reason() == QContextMenuEvent::Mouse) {
        const int hit = placedAt(pos);
        if (hit >= 0) {
            select(m_appointments[std::size_t(m_placed[std::size_t(hit)].appointment)].appointment.id);
        } else if (const int column = columnAt(pos.x()); column >= 0 && pos.y() >= headerHeight()) {
            setCursor(column, int(std::floor(minuteAt(pos.y()) / m_snap)) * m_snap);
        }
        emit contextMenuRequested(event->globalPos());
        return;
    }
    // From the keyboard (the menu key): at the selection.
    const QRectF rect = m_selectedId.isEmpty()
                            ? QRectF(pointOf(m_cursorColumn, QTime(0, 0).addSecs(m_cursorMinute * 60)), QSizeF(1, 1))
                            : appointmentRect(m_selectedId);
    emit contextMenuRequested(viewport()->mapToGlobal(rect.center().toPoint()));
}

void CalendarGrid::moveCursorVertically(int direction) {
    // With a booking selected: to the next booking or free slot after it (before it going up).
    const ScheduledAppointment* current = selected();
    int minute = m_cursorMinute;
    if (current != nullptr && direction > 0) {
        minute = startMinuteOf(current->appointment) + current->appointment.durationMinutes;
    } else if (current != nullptr) {
        minute = startMinuteOf(current->appointment) - m_snap;
    } else {
        minute += direction * m_snap;
    }
    if (minute < 0 || minute >= kMinutesPerDay) {
        return;
    }
    m_cursorMinute = minute;
    selectUnderCursor();
    if (const ScheduledAppointment* now = selected(); now != nullptr) {
        m_cursorMinute = startMinuteOf(now->appointment);
    } else {
        m_cursorMinute = minute / m_snap * m_snap;
    }
    const QTime from = QTime(0, 0).addSecs(m_cursorMinute * 60);
    const int length = selected() != nullptr ? selected()->appointment.durationMinutes : m_snap;
    ensureVisible(from, from.addSecs(length * 60));
}

void CalendarGrid::moveCursorHorizontally(int direction) {
    const int column = m_cursorColumn + direction;
    if (column < 0 || column >= int(m_columns.size())) {
        emit edgeReached(direction);
        return;
    }
    m_cursorColumn = column;
    selectUnderCursor();
}

void CalendarGrid::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up:
        moveCursorVertically(-1);
        break;
    case Qt::Key_Down:
        moveCursorVertically(1);
        break;
    case Qt::Key_Left:
        moveCursorHorizontally(-1);
        break;
    case Qt::Key_Right:
        moveCursorHorizontally(1);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool CalendarGrid::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int hit = placedAt(help->pos());
        if (hit >= 0) {
            const ScheduledAppointment& s = m_appointments[std::size_t(m_placed[std::size_t(hit)].appointment)];
            const QLocale locale;
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.appointment.startsAt);
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(s.appointment.endsAt());
            QString text =
                QStringLiteral("<b>%1</b><br>%2–%3 · %4")
                    .arg(s.patientName().toHtmlEscaped(), AppointmentStyle::timeText(start.time()),
                         AppointmentStyle::timeText(end.time()), AppointmentStatusLook::text(s.appointment.status));
            if (s.appointment.reason && !s.appointment.reason->isEmpty()) {
                text += QStringLiteral("<br>") + s.appointment.reason->toHtmlEscaped();
            }
            if (s.appointment.cancelReason) {
                text += QStringLiteral("<br>") + tr("Cancelled: %1").arg(s.appointment.cancelReason->toHtmlEscaped());
            }
            QToolTip::showText(help->globalPos(), text, viewport());
        } else if (const int column = columnAt(help->pos().x()); column >= 0 && help->pos().y() < headerHeight()) {
            QToolTip::showText(help->globalPos(), m_columns[std::size_t(column)].fullTitle, viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void CalendarGrid::updateAccessibleText() {
    QString text;
    if (const ScheduledAppointment* s = selected(); s != nullptr) {
        const QLocale locale;
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(s->appointment.startsAt);
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(s->appointment.endsAt());
        text = tr("%1, %2 to %3, %4")
                   .arg(s->patientName(),
                        locale.toString(start.date(), QLocale::LongFormat) + QLatin1Char(' ') +
                            AppointmentStyle::timeText(start.time()),
                        AppointmentStyle::timeText(end.time()), AppointmentStatusLook::text(s->appointment.status));
    } else if (m_cursorColumn < int(m_columns.size())) {
        const QLocale locale;
        text = tr("Free time, %1, %2")
                   .arg(m_columns[std::size_t(m_cursorColumn)].fullTitle,
                        AppointmentStyle::timeText(QTime(0, 0).addSecs(m_cursorMinute * 60)));
    }
    setAccessibleDescription(text);
    if (hasFocus()) {
        QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
}

} // namespace clinicdesk
