// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "settings/LetterheadPreview.h"

#include "export/Letterhead.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace clinicdesk {

namespace {

constexpr qreal kPageWidthMm = 210.0;
constexpr qreal kShownMm = 92.0; // how much of the page's height is shown
constexpr qreal kSideMm = 18.0;  // the PDF's margins (LetterheadPdf)
constexpr qreal kTopMm = 14.0;
constexpr int kShadow = 3;

} // namespace

LetterheadPreview::LetterheadPreview(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("letterheadPreview"));
    setAccessibleName(tr("Letterhead preview"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    QSizePolicy policy = sizePolicy();
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void LetterheadPreview::setProfile(const ClinicProfile& profile) {
    m_profile = profile;
    QStringList described{profile.name, profile.address};
    described += Letterhead::contactLines(profile);
    described.removeAll(QString());
    setAccessibleDescription(described.isEmpty() ? tr("No letterhead: documents start with their own heading.")
                                                 : described.join(QStringLiteral(", ")));
    update();
}

QSize LetterheadPreview::sizeHint() const {
    return {440, heightForWidth(440)};
}

QSize LetterheadPreview::minimumSizeHint() const {
    return {300, heightForWidth(300)};
}

int LetterheadPreview::heightForWidth(int width) const {
    return int(width * kShownMm / kPageWidthMm) + kShadow;
}

void LetterheadPreview::paintEvent(QPaintEvent* /*event*/) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    // The page in millimetres of this widget's resolution, scaled to fit.
    const Letterhead letterhead(m_profile, this);
    const QSizeF page(letterhead.mm(kPageWidthMm), letterhead.mm(kShownMm));
    const QRectF available = QRectF(rect()).adjusted(0, 0, -kShadow, -kShadow);
    const qreal scale = std::min(available.width() / page.width(), available.height() / page.height());
    const QSizeF shown = page * scale;
    const QRectF sheet(QPointF(available.left() + (available.width() - shown.width()) / 2.0, available.top()), shown);

    // The paper with a soft shadow and a hairline edge.
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 28));
    painter.drawRect(sheet.translated(kShadow, kShadow));
    painter.setBrush(Qt::white);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(sheet);

    painter.save();
    painter.setClipRect(sheet);
    painter.translate(sheet.topLeft());
    painter.scale(scale, scale);
    const qreal width = letterhead.mm(kPageWidthMm - 2 * kSideMm);
    const QPointF origin(letterhead.mm(kSideMm), letterhead.mm(kTopMm));
    letterhead.draw(painter, origin, width);

    // A hint of the document below it: a heading and lines of text.
    qreal y = origin.y() + letterhead.height(width);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x3a, 0x40, 0x46));
    painter.drawRoundedRect(QRectF(origin.x(), y, width * 0.42, letterhead.mm(4.2)), letterhead.mm(0.8),
                            letterhead.mm(0.8));
    y += letterhead.mm(9);
    painter.setBrush(QColor(0xd5, 0xd9, 0xde));
    const qreal lengths[] = {1.0, 0.96, 0.99, 0.7, 0.0, 1.0, 0.93, 0.97, 0.98, 0.55, 0.0, 0.99, 0.95, 0.9};
    for (const qreal length : lengths) {
        if (length > 0) {
            painter.drawRoundedRect(QRectF(origin.x(), y, width * length, letterhead.mm(2.0)), letterhead.mm(0.6),
                                    letterhead.mm(0.6));
        }
        y += letterhead.mm(4.6);
    }
    painter.restore();

    // The page goes on: it fades out at the bottom.
    QLinearGradient fade(sheet.left(), sheet.bottom() - sheet.height() * 0.22, sheet.left(), sheet.bottom());
    fade.setColorAt(0.0, QColor(255, 255, 255, 0));
    fade.setColorAt(1.0, QColor(255, 255, 255, 255));
    painter.setPen(Qt::NoPen);
    painter.setBrush(fade);
    painter.drawRect(sheet.adjusted(1, sheet.height() * 0.78, -1, 1));
}

} // namespace clinicdesk
