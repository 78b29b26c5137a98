// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>

class QPaintDevice;
class QPainter;

namespace clinicdesk {

// The clinic's letterhead as every document draws it (note PDFs, referral letters, the preview in
// Settings > Clinic). On the first page: the logo on the left, beside it the clinic's name and address,
// on the right its phone, e-mail and VAT number, and a thin rule under all of it. On the pages after it a
// running header: the clinic's name on the left, the document's title on the right, a thin rule.
//
// Lengths are in the units of the paint device given to the constructor (its resolution turns
// millimetres into units), so one drawing serves a 300 dpi PDF and a 96 dpi widget. Empty parts take no
// room: a clinic without a profile has no letterhead at all (isEmpty()).
class Letterhead {
    Q_DECLARE_TR_FUNCTIONS(Letterhead)
public:
    Letterhead(const ClinicProfile& clinic, const QPaintDevice* device);

    // Nothing to show: no name, address, contact, VAT number or logo.
    [[nodiscard]] bool isEmpty() const { return m_empty; }
    [[nodiscard]] bool hasRunningHeader() const { return !m_empty && !m_clinic.name.trimmed().isEmpty(); }

    // The first page's letterhead for a text column `width` wide, with the space under its rule: where
    // the document starts. 0 when empty.
    [[nodiscard]] qreal height(qreal width) const;
    // Draws it with its top left at `topLeft`.
    void draw(QPainter& painter, const QPointF& topLeft, qreal width) const;

    // The running header of the later pages with the space under it; 0 without one.
    [[nodiscard]] qreal runningHeight() const;
    void drawRunning(QPainter& painter, const QPointF& topLeft, qreal width, const QString& title) const;

    // Millimetres in the device's units.
    [[nodiscard]] qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }

    // The lines of the right-hand column, as shown: phone, e-mail, VAT number.
    [[nodiscard]] static QStringList contactLines(const ClinicProfile& clinic);

private:
    struct Layout {
        QSizeF logo;    // zero without a logo
        QFont nameFont; // 14 pt, smaller (down to 11 pt) when that keeps the name on one line
        QRectF name;    // relative to the letterhead's top left
        QList<QRectF> address;
        QList<QRectF> contacts;
        qreal contentHeight = 0; // to the rule
    };
    [[nodiscard]] Layout layout(qreal width) const;
    [[nodiscard]] QStringList addressLines() const;

    ClinicProfile m_clinic;
    const QPaintDevice* m_device;
    qreal m_dpi;
    QImage m_logo;
    QFont m_nameFont;
    QFont m_textFont;
    QFont m_runningFont;
    QStringList m_contacts;
    bool m_empty;
};

} // namespace clinicdesk
