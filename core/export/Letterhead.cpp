// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/Letterhead.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace clinicdesk {

namespace {

constexpr qreal kLogoMaxWidthMm = 48.0;
constexpr qreal kLogoMaxHeightMm = 20.0;
constexpr qreal kLogoGapMm = 5.0;
constexpr qreal kColumnGapMm = 6.0;
constexpr qreal kRuleGapMm = 3.5;   // content to rule
constexpr qreal kAfterRuleMm = 7.0; // rule to the document
constexpr qreal kMaxContentMm = 70.0;
constexpr qreal kRunningGapMm = 1.5;
constexpr qreal kMinNamePoints = 11.0;
constexpr qreal kAfterRunningMm = 6.0;

const QColor kNameColour(0x1a, 0x1f, 0x24);
const QColor kTextColour(0x4a, 0x50, 0x57);
const QColor kRuleColour(0x9a, 0xa5, 0xb1);

QFont sized(qreal points, bool bold = false) {
    QFont font = QGuiApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// At word boundaries only: a long clinic name wraps between words, never inside one.
constexpr int kWrap = Qt::TextWordWrap;

} // namespace

Letterhead::Letterhead(const ClinicProfile& clinic, const QPaintDevice* device)
    : m_clinic(clinic)
    , m_device(device)
    , m_dpi(device != nullptr ? device->logicalDpiY() : 96)
    , m_nameFont(sized(14.0, true))
    , m_textFont(sized(8.5))
    , m_runningFont(sized(7.5))
    , m_contacts(contactLines(clinic)) {
    if (!clinic.logoPng.isEmpty()) {
        m_logo = QImage::fromData(clinic.logoPng, "PNG");
    }
    m_empty = clinic.name.trimmed().isEmpty() && addressLines().isEmpty() && m_contacts.isEmpty() && m_logo.isNull();
}

QStringList Letterhead::contactLines(const ClinicProfile& clinic) {
    QStringList lines;
    if (const QString phone = clinic.phone.trimmed(); !phone.isEmpty()) {
        lines << tr("Tel. %1").arg(phone);
    }
    if (const QString email = clinic.email.trimmed(); !email.isEmpty()) {
        lines << email;
    }
    if (const QString vat = clinic.vatNumber.trimmed(); !vat.isEmpty()) {
        lines << tr("VAT no. %1").arg(vat);
    }
    return lines;
}

QStringList Letterhead::addressLines() const {
    QStringList lines;
    for (const QString& line : m_clinic.address.split(QLatin1Char('\n'))) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty()) {
            lines << trimmed;
        }
    }
    return lines;
}

Letterhead::Layout Letterhead::layout(qreal width) const {
    Layout l;
    if (!m_logo.isNull()) {
        const QSizeF natural = m_logo.size();
        const qreal scale = std::min(mm(kLogoMaxWidthMm) / natural.width(), mm(kLogoMaxHeightMm) / natural.height());
        l.logo = natural * scale;
    }
    const QFontMetricsF textMetrics(m_textFont, m_device);

    // The contact column on the right is as wide as its widest line, at most 38 % of the page.
    qreal contactWidth = 0;
    for (const QString& line : m_contacts) {
        contactWidth = std::max(contactWidth, textMetrics.horizontalAdvance(line) + 1.0);
    }
    contactWidth = std::min(contactWidth, width * 0.38);
    const qreal left = l.logo.isEmpty() ? 0.0 : l.logo.width() + mm(kLogoGapMm);
    const qreal textWidth =
        std::max(width * 0.3, width - left - (m_contacts.isEmpty() ? 0.0 : contactWidth + mm(kColumnGapMm)));

    qreal y = 0;
    const QString name = m_clinic.name.trimmed();
    l.nameFont = m_nameFont;
    for (qreal points = m_nameFont.pointSizeF(); points > kMinNamePoints - 0.1; points -= 1.0) {
        QFont smaller = m_nameFont;
        smaller.setPointSizeF(points);
        if (QFontMetricsF(smaller, m_device).horizontalAdvance(name) <= textWidth) {
            l.nameFont = smaller;
            break;
        }
    }
    const QFontMetricsF nameMetrics(l.nameFont, m_device);
    if (!name.isEmpty()) {
        l.name = nameMetrics.boundingRect(QRectF(left, 0, textWidth, 1e6), kWrap, name);
        l.name.moveTopLeft(QPointF(left, 0));
        y = l.name.bottom() + mm(1.2);
    }
    for (const QString& line : addressLines()) {
        QRectF r = textMetrics.boundingRect(QRectF(left, y, textWidth, 1e6), kWrap, line);
        r.moveTopLeft(QPointF(left, y));
        l.address << r;
        y = r.bottom();
    }
    const qreal leftHeight = y;

    // The first contact line sits on the name's baseline.
    qreal cy = name.isEmpty() ? 0.0 : nameMetrics.ascent() - textMetrics.ascent();
    const qreal cx = width - contactWidth;
    for (const QString& line : m_contacts) {
        QRectF r = textMetrics.boundingRect(QRectF(cx, cy, contactWidth, 1e6), kWrap | Qt::AlignRight, line);
        r = QRectF(cx, cy, contactWidth, r.height());
        l.contacts << r;
        cy = r.bottom();
    }
    const qreal textHeight = std::max(leftHeight, cy);

    // A logo taller than the text: the text is centred beside it.
    if (l.logo.height() > textHeight) {
        const qreal shift = (l.logo.height() - textHeight) / 2.0;
        l.name.translate(0, shift);
        for (QRectF& r : l.address) {
            r.translate(0, shift);
        }
        for (QRectF& r : l.contacts) {
            r.translate(0, shift);
        }
    }
    l.contentHeight = std::min(std::max(l.logo.height(), textHeight), mm(kMaxContentMm));
    return l;
}

qreal Letterhead::height(qreal width) const {
    if (m_empty) {
        return 0;
    }
    return layout(width).contentHeight + mm(kRuleGapMm) + mm(kAfterRuleMm);
}

void Letterhead::draw(QPainter& painter, const QPointF& topLeft, qreal width) const {
    if (m_empty) {
        return;
    }
    const Layout l = layout(width);
    painter.save();
    painter.translate(topLeft);
    painter.setClipRect(QRectF(0, 0, width, l.contentHeight + mm(kRuleGapMm) + mm(0.5)));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!l.logo.isEmpty()) {
        painter.drawImage(QRectF(QPointF(0, 0), l.logo), m_logo);
    }
    if (!l.name.isEmpty()) {
        painter.setFont(l.nameFont);
        painter.setPen(kNameColour);
        painter.drawText(l.name, kWrap, m_clinic.name.trimmed());
    }
    painter.setFont(m_textFont);
    painter.setPen(kTextColour);
    const QStringList address = addressLines();
    for (qsizetype i = 0; i < l.address.size(); ++i) {
        painter.drawText(l.address.at(i), kWrap, address.at(i));
    }
    for (qsizetype i = 0; i < l.contacts.size(); ++i) {
        painter.drawText(l.contacts.at(i), kWrap | Qt::AlignRight, m_contacts.at(i));
    }
    const qreal ruleY = l.contentHeight + mm(kRuleGapMm);
    painter.setPen(QPen(kRuleColour, mm(0.3)));
    painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    painter.restore();
}

qreal Letterhead::runningHeight() const {
    if (!hasRunningHeader()) {
        return 0;
    }
    return QFontMetricsF(m_runningFont, m_device).height() + mm(kRunningGapMm) + mm(kAfterRunningMm);
}

void Letterhead::drawRunning(QPainter& painter, const QPointF& topLeft, qreal width, const QString& title) const {
    if (!hasRunningHeader()) {
        return;
    }
    const QFontMetricsF metrics(m_runningFont, m_device);
    const qreal line = metrics.height();
    painter.save();
    painter.translate(topLeft);
    painter.setFont(m_runningFont);
    painter.setPen(kTextColour);
    const QString name = metrics.elidedText(m_clinic.name.trimmed(), Qt::ElideRight, width * 0.55);
    painter.drawText(QRectF(0, 0, width * 0.55, line), Qt::AlignLeft | Qt::AlignVCenter, name);
    const QString right = metrics.elidedText(title, Qt::ElideRight, width * 0.42);
    painter.drawText(QRectF(width * 0.58, 0, width * 0.42, line), Qt::AlignRight | Qt::AlignVCenter, right);
    painter.setPen(QPen(kRuleColour, mm(0.2)));
    const qreal ruleY = line + mm(kRunningGapMm);
    painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));
    painter.restore();
}

} // namespace clinicdesk
