// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QString>

namespace clinicdesk {

// Writes HTML as an A4 PDF on the clinic's letterhead: the whole letterhead (Letterhead) on the first
// page, the running header (the clinic's name and the document's title) on the pages after it, and on
// every page a footer with `footer` on the left and "Page 1 of 3" on the right, plus an optional
// diagonal watermark. The HTML flows over the pages with QTextDocument: lines and table rows are never
// cut at a page break. Shared by the note PDF and the referral letter.
//
// Needs a QGuiApplication (fonts); the CLI runs with the offscreen platform. Refuses to replace an
// existing file (AlreadyExists) and writes through QSaveFile, so a failure leaves no partial file.
class LetterheadPdf {
    // Its messages were the note exporter's before the letterhead was shared, and are translated there.
    Q_DECLARE_TR_FUNCTIONS(NotePdfExporter)
public:
    struct Page {
        ClinicProfile clinic;
        QString title;        // the PDF's title and the running header's right side
        QString footer;       // the footer's left side
        QString watermark;    // drawn diagonally on every page; empty: none
        QString footerSuffix; // after the footer, separated by a dot (a draft's "DRAFT – not signed")
    };

    [[nodiscard]] static Status write(const QString& html, const Page& page, const QString& path);

    // "Page 1 of 3".
    [[nodiscard]] static QString pageNumber(int page, int pages);
};

} // namespace clinicdesk
