// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "encounter/LevelMeter.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <tuple>

namespace clinicdesk {

namespace {
constexpr float kAmberDb = -12.0F;
constexpr float kRedDb = -3.0F;
} // namespace

LevelMeter::LevelMeter(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("levelMeter"));
    setAccessibleName(tr("Microphone level"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Input level in dBFS (-60 to 0 dB): the bar is the average (RMS), the line the peak"));
}

QSize LevelMeter::sizeHint() const {
    return {320, fontMetrics().height() + 8};
}

QSize LevelMeter::minimumSizeHint() const {
    return {120, 12};
}

double LevelMeter::fraction(float db) {
    const float clamped = std::clamp(db, kMinDb, kMaxDb);
    return double(clamped - kMinDb) / double(kMaxDb - kMinDb);
}

void LevelMeter::setLevels(float peakDb, float rmsDb) {
    m_peakDb = peakDb;
    m_rmsDb = rmsDb;
    ++m_updates;
    setAccessibleDescription(tr("%1 dB").arg(double(std::clamp(rmsDb, kMinDb, kMaxDb)), 0, 'f', 0));
    update();
}

void LevelMeter::reset() {
    m_peakDb = kMinDb;
    m_rmsDb = kMinDb;
    update();
}

void LevelMeter::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.fillRect(frame, palette().base());

    const QRectF inner = frame.adjusted(2, 2, -2, -2);
    const auto xAt = [&](float db) { return inner.left() + fraction(db) * inner.width(); };

    // The RMS bar, coloured by zone.
    const double rmsX = xAt(m_rmsDb);
    const std::array<std::tuple<float, float, QColor>, 3> zones{{
        {kMinDb, kAmberDb, QColor(0x3c, 0xa5, 0x5c)},
        {kAmberDb, kRedDb, QColor(0xe0, 0xa8, 0x2e)},
        {kRedDb, kMaxDb, QColor(0xd6, 0x45, 0x45)},
    }};
    for (const auto& [from, to, colour] : zones) {
        const double left = xAt(from);
        const double right = std::min(xAt(to), rmsX);
        if (right > left) {
            painter.fillRect(QRectF(left, inner.top(), right - left, inner.height()), colour);
        }
    }

    // Scale ticks every 10 dB.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    for (float db = kMinDb + 10.0F; db < kMaxDb; db += 10.0F) {
        const double x = xAt(db);
        painter.drawLine(QPointF(x, inner.bottom() - inner.height() / 4), QPointF(x, inner.bottom()));
    }

    // The peak marker.
    if (m_peakDb > kMinDb) {
        const double peakX = xAt(m_peakDb);
        painter.setPen(QPen(palette().color(QPalette::Text), 2));
        painter.drawLine(QPointF(peakX, inner.top()), QPointF(peakX, inner.bottom()));
    }

    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame);
}

} // namespace clinicdesk
