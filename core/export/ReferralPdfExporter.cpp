// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "export/ReferralPdfExporter.h"

#include "export/LetterheadPdf.h"

#include <QRegularExpression>

namespace clinicdesk {

QString ReferralPdfExporter::toHtml(const ReferralLetter& letter) {
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p style=\"font-size:16pt; font-weight:bold; margin-top:0px; margin-bottom:14px\">") +
            ReferralLetter::title(letter.language).toHtmlEscaped() + QStringLiteral("</p>");
    // Paragraphs at blank lines; a single line break stays one.
    static const QRegularExpression blankLines(QStringLiteral("\\n[ \\t]*\\n\\s*"));
    const QString text = letter.text().trimmed().replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString& paragraph : text.split(blankLines)) {
        html += QStringLiteral("<p style=\"font-size:10.5pt; line-height:135%; margin-top:0px; margin-bottom:9px\">") +
                paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")) + QStringLiteral("</p>");
    }
    return html + QStringLiteral("</body></html>");
}

Status ReferralPdfExporter::exportPdf(const ReferralLetter& letter, const QString& path) {
    LetterheadPdf::Page page;
    page.clinic = letter.clinic;
    page.title = ReferralLetter::title(letter.language);
    // Without words: the footer stays in the letter's language whatever the interface's is.
    page.footer = letter.patientDateOfBirth && letter.patientDateOfBirth->isValid()
                      ? QStringLiteral("%1 (%2)").arg(letter.patientName,
                                                      letter.patientDateOfBirth->toString(QStringLiteral("yyyy-MM-dd")))
                      : letter.patientName;
    return LetterheadPdf::write(toHtml(letter), page, path);
}

} // namespace clinicdesk
