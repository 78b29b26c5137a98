// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/Note.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace clinicdesk {

// A referral letter made from a signed note: who it is about, to whom and why, a summary the clinician
// edits, who sends it and from which clinic, and the text template it is written with.
//
// The template is plain text with placeholders in braces ({patient_name}, ... see placeholders()); text()
// fills them. A placeholder it does not know stays as typed ({colour} prints as "{colour}"), so a typo in
// the clinic's template shows in the letter instead of vanishing. A known one without a value prints as
// a dash. Nothing of the note reaches the letter but the summary the clinician kept: the letter has no
// other field for it.
//
// The built-in templates (English, Swedish, Polish) and the summary's labels are in the letter's
// language, chosen by the interface language (languageOf()); the clinic's own template
// (ClinicSettings::referralTemplate) replaces the built-in one when it is set.
struct ReferralLetter {
    QString noteId;
    QString language = QStringLiteral("en"); // "en", "sv" or "pl"
    QString patientName;
    std::optional<QDate> patientDateOfBirth;
    QString nationalId;
    QString recipient; // may have several lines: name, department, address
    QString reason;
    QString summary;
    QString practitioner;
    QString licence;
    ClinicProfile clinic;
    QDate date;
    QString templateText; // empty: the built-in one in `language`

    // The placeholders a template may use, without braces, in the order the docs list them.
    [[nodiscard]] static QStringList placeholders();
    // The built-in template in `language` ("en", "sv", "pl"; anything else: English).
    [[nodiscard]] static QString defaultTemplate(const QString& language);
    // The letter's heading in `language`: "Referral", "Remiss", "Skierowanie".
    [[nodiscard]] static QString title(const QString& language);
    // "sv" for Swedish, "pl" for Polish, else "en".
    [[nodiscard]] static QString languageOf(const QLocale& locale);
    // The placeholders of `templateText` that placeholders() does not know, each once, without braces.
    [[nodiscard]] static QStringList unknownPlaceholders(const QString& templateText);
    // Fills `templateText`: each {key} of `values` replaced (a known key with an empty value as a dash),
    // every other {…} left as it is.
    [[nodiscard]] static QString fill(const QString& templateText, const QHash<QString, QString>& values);

    // A summary of the note for the letter, in `language`: for a dental examination the diagnosis, the
    // findings per tooth and the treatment plan; for a note with an assessment and a plan (SOAP, DAP)
    // those two; for any other note its fields in the template's order, each under its title.
    [[nodiscard]] static QString summaryOf(const Note& note, const QJsonObject& schema, const QString& language);

    // The values of the placeholders; dates as the letter's language writes them.
    [[nodiscard]] QHash<QString, QString> values() const;
    // The letter's text: its template (or the built-in one) filled.
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString effectiveTemplate() const;
};

} // namespace clinicdesk
