// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "widgets/AppointmentStatusLook.h"

#include "domain/AppointmentStatus.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QWidget>

namespace clinicdesk {

namespace {

class StatusIconEngine : public QIconEngine {
public:
    StatusIconEngine(QString status, QColor ink, QColor accent, QColor muted)
        : m_status(std::move(status))
        , m_ink(std::move(ink))
        , m_accent(std::move(accent))
        , m_muted(std::move(muted)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode, QIcon::State) override {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        const qreal pen = std::max<qreal>(1.2, side / 10.0);
        const QRectF circle = box.adjusted(pen, pen, -pen, -pen);
        if (m_status == AppointmentStatus::Booked) {
            painter->setPen(QPen(m_ink, pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle);
        } else if (m_status == AppointmentStatus::Arrived) {
            painter->setPen(QPen(m_accent, pen));
            painter->setBrush(m_accent);
            painter->drawEllipse(circle);
        } else if (m_status == AppointmentStatus::InProgress) {
            QPainterPath triangle;
            triangle.moveTo(box.left() + side * 0.22, box.top() + side * 0.14);
            triangle.lineTo(box.left() + side * 0.86, box.center().y());
            triangle.lineTo(box.left() + side * 0.22, box.bottom() - side * 0.14);
            triangle.closeSubpath();
            painter->setPen(QPen(m_accent, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(m_accent);
            painter->drawPath(triangle);
        } else if (m_status == AppointmentStatus::Done) {
            QPainterPath check;
            check.moveTo(box.left() + side * 0.16, box.top() + side * 0.54);
            check.lineTo(box.left() + side * 0.40, box.top() + side * 0.78);
            check.lineTo(box.left() + side * 0.86, box.top() + side * 0.24);
            painter->setPen(QPen(m_ink, pen * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(check);
        } else if (m_status == AppointmentStatus::NoShow) {
            painter->setPen(QPen(m_muted, pen, Qt::SolidLine, Qt::RoundCap));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle);
            const qreal inset = side * 0.27;
            painter->drawLine(QPointF(box.left() + inset, box.bottom() - inset),
                              QPointF(box.right() - inset, box.top() + inset));
        } else { // cancelled
            const qreal inset = side * 0.2;
            painter->setPen(QPen(m_muted, pen * 1.3, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(box.topLeft() + QPointF(inset, inset), box.bottomRight() - QPointF(inset, inset));
            painter->drawLine(QPointF(box.right() - inset, box.top() + inset),
                              QPointF(box.left() + inset, box.bottom() - inset));
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size * scale), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

    QIconEngine* clone() const override { return new StatusIconEngine(m_status, m_ink, m_accent, m_muted); }

private:
    QString m_status;
    QColor m_ink;
    QColor m_accent;
    QColor m_muted;
};

} // namespace

QString AppointmentStatusLook::text(const QString& status) {
    if (status == AppointmentStatus::Booked) {
        return tr("Booked");
    }
    if (status == AppointmentStatus::Arrived) {
        return tr("Arrived");
    }
    if (status == AppointmentStatus::InProgress) {
        return tr("In progress");
    }
    if (status == AppointmentStatus::Done) {
        return tr("Done");
    }
    if (status == AppointmentStatus::NoShow) {
        return tr("No-show");
    }
    if (status == AppointmentStatus::Cancelled) {
        return tr("Cancelled");
    }
    return status;
}

QIcon AppointmentStatusLook::icon(const QString& status, const QWidget* widget) {
    const QPalette palette = widget != nullptr ? widget->palette() : QPalette();
    return QIcon(new StatusIconEngine(status, palette.color(QPalette::Text), palette.color(QPalette::Highlight),
                                      palette.color(QPalette::Disabled, QPalette::Text)));
}

} // namespace clinicdesk
