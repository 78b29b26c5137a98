// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/LetterheadPdf.h"

#include "export/Letterhead.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace clinicdesk {

namespace {

constexpr int kResolution = 300; // dpi of the PDF's coordinate space
constexpr double kTopMarginMm = 14.0;
constexpr double kBottomMarginMm = 12.0;
constexpr double kSideMarginMm = 18.0;
constexpr int kBodyPointSize = 10;
constexpr int kFooterPointSize = 8;
constexpr int kWatermarkPointSize = 54;

// Moves the document's start down by `shift` (device units): the first page's letterhead is taller than
// the running header every page reserves. A block's top margin at the top of a page is dropped by the
// layout, so an empty first block of that fixed height does it; its effect is measured and corrected once.
void pushDown(QTextDocument& document, qreal shift) {
    QAbstractTextDocumentLayout* layout = document.documentLayout();
    QTextCursor cursor(document.firstBlock());
    const QTextBlockFormat original = cursor.blockFormat();
    cursor.insertBlock(original, cursor.charFormat()); // the content moves on, in its own format
    cursor.movePosition(QTextCursor::Start);
    QTextBlockFormat spacer;
    spacer.setTopMargin(0);
    spacer.setBottomMargin(0);
    spacer.setLineHeight(shift, QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(spacer);
    const qreal moved = layout->blockBoundingRect(document.firstBlock().next()).top();
    if (moved > 0.5 && std::abs(moved - shift) > 0.5) {
        spacer.setLineHeight(shift * shift / moved, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(spacer);
    }
}

} // namespace

QString LetterheadPdf::pageNumber(int page, int pages) {
    return tr("Page %1 of %2").arg(page).arg(pages);
}

Status LetterheadPdf::write(const QString& html, const Page& page, const QString& path) {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return fail(ErrorCode::Usage, tr("PDF export needs the graphical part of the application."),
                    QStringLiteral("LetterheadPdf without QGuiApplication"));
    }
    if (QFileInfo::exists(path)) {
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 already exists. Choose another file name.").arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("pdf target exists"));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(ErrorCode::Io, tr("The PDF could not be written: %1").arg(file.errorString()), file.errorString());
    }

    QPdfWriter pdf(&file);
    pdf.setResolution(kResolution);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(kSideMarginMm, kTopMarginMm, kSideMarginMm, kBottomMarginMm), QPageLayout::Millimeter);
    pdf.setCreator(QStringLiteral("ClinicDesk"));
    pdf.setTitle(page.title);

    QPainter painter;
    if (!painter.begin(&pdf)) {
        return fail(ErrorCode::Io, tr("The PDF could not be written."), QStringLiteral("QPainter::begin failed"));
    }
    // The painter's origin is the top left of the area inside the margins.
    const QRectF area(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
    const Letterhead letterhead(page.clinic, &pdf);
    const qreal firstTop = letterhead.height(area.width());
    const qreal laterTop = letterhead.runningHeight();

    QFont footerFont = QGuiApplication::font();
    footerFont.setPointSize(kFooterPointSize);
    const qreal footerHeight = QFontMetricsF(footerFont, &pdf).height() * 2.0;

    QTextDocument document;
    document.setUndoRedoEnabled(false);
    document.documentLayout()->setPaintDevice(&pdf);
    QFont bodyFont = QGuiApplication::font();
    bodyFont.setPointSize(kBodyPointSize);
    document.setDefaultFont(bodyFont);
    document.setDocumentMargin(0);
    document.setHtml(html);
    // Every page reserves the running header's room; the first page's taller letterhead pushes the
    // document's start down on that page only.
    const QSizeF body(area.width(), area.height() - footerHeight - laterTop);
    document.setPageSize(body);
    if (firstTop > laterTop) {
        pushDown(document, firstTop - laterTop);
    }
    const int pages = std::max(1, document.pageCount());

    QFont watermarkFont = bodyFont;
    watermarkFont.setPointSize(kWatermarkPointSize);
    watermarkFont.setBold(true);
    const QString footerLeft =
        page.footerSuffix.isEmpty()
            ? page.footer
            : (page.footer.isEmpty() ? page.footerSuffix
                                     : page.footer + QStringLiteral(" \u00b7 ") + page.footerSuffix);
    const QFontMetricsF footerMetrics(footerFont, &pdf);

    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !pdf.newPage()) {
            return fail(ErrorCode::Io, tr("The PDF could not be written."), QStringLiteral("newPage failed"));
        }
        if (index == 0) {
            letterhead.draw(painter, QPointF(0, 0), area.width());
        } else {
            letterhead.drawRunning(painter, QPointF(0, 0), area.width(), page.title);
        }

        painter.save();
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        painter.translate(0, laterTop - clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext paint;
        paint.clip = clip;
        document.documentLayout()->draw(&painter, paint);
        painter.restore();

        painter.save();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6);
        const QString number = pageNumber(index + 1, pages);
        const qreal numberWidth = footerMetrics.horizontalAdvance(number);
        const QString left = footerMetrics.elidedText(footerLeft, Qt::ElideRight,
                                                      std::max(0.0, area.width() - numberWidth - footerHeight));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, left);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, number);
        painter.restore();

        if (!page.watermark.isEmpty()) {
            painter.save();
            painter.setFont(watermarkFont);
            painter.setPen(QColor(200, 0, 0, 60));
            painter.translate(area.center());
            painter.rotate(-45);
            const QRectF box(-area.height(), -area.width() / 4, 2 * area.height(), area.width() / 2);
            painter.drawText(box, Qt::AlignCenter, page.watermark);
            painter.restore();
        }
    }
    if (!painter.end()) {
        return fail(ErrorCode::Io, tr("The PDF could not be written."), QStringLiteral("QPainter::end failed"));
    }
    if (!file.commit()) {
        return fail(ErrorCode::Io, tr("The PDF could not be written: %1").arg(file.errorString()), file.errorString());
    }
    return {};
}

} // namespace clinicdesk
