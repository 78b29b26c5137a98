// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/ClinicSettings.h"
#include "domain/Note.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace clinicdesk {

// Everything a note's PDF shows besides the note itself. The caller gathers it
// (patient, users, template, clinic settings), so the exporter needs no vault.
struct NotePdfContext {
    ClinicProfile clinic; // the letterhead; empty: none
    QString templateName; // heading, e.g. "Dental examination"; the template key when empty
    QString patientName;
    std::optional<QDate> patientDateOfBirth;
    QString clinicianName; // who wrote the note
    std::optional<QString> clinicianLicence;
    std::optional<QString> signerName; // who signed it (a signed note); clinicianName when unset
    // The order of the note's fields. Empty: the schema's "x-order" array, else its
    // "required" array (strict schemas list every property there, in the author's
    // order), else the property names sorted. QJsonObject sorts keys, so the order in
    // which the schema text lists its properties is lost once parsed: see
    // NotePdfExporter::propertyOrder() to recover it from the text. Content fields
    // that no list names come last, sorted, so nothing is ever left out.
    QStringList fieldOrder;
    // For an addendum: when the note it amends was signed, and that note's hash.
    std::optional<std::int64_t> amendedSignedAt;
    std::optional<QString> amendedContentHash;
    QLocale locale; // dates and numbers; times are shown in the computer's time zone
};

// A clinical note as a PDF on the clinic's letterhead (LetterheadPdf: the letterhead on
// the first page, a running header after it, "Page 1 of 3" in every footer): the
// patient and clinician (with the licence number) on top, the fields in the
// template's order with their titles (arrays of objects, such as findings per tooth,
// as tables), and at the end the signature with the content hash. A draft carries
// "DRAFT – not signed" on every page.
//
// Rendered with QTextDocument and QPdfWriter (QtGui only): the process needs a
// QGuiApplication (the CLI runs with the offscreen platform). Writing is not
// audited here: the caller records the export (NoteRepository::recordExport) once
// the file is written.
class NotePdfExporter {
    Q_DECLARE_TR_FUNCTIONS(NotePdfExporter)
public:
    // `schema` is the template's JSON schema: field titles ("title" of each property,
    // of array items' properties for table columns; "$ref" to "#/$defs/..." followed).
    // Refuses to replace an existing file (AlreadyExists); writes through QSaveFile, so
    // a failure leaves no partial file.
    [[nodiscard]] static Status exportPdf(const Note& note, const QJsonObject& schema, const NotePdfContext& context,
                                          const QString& path);

    // The HTML that is laid out on the pages (text escaped), without the letterhead,
    // the per-page watermark and footer; also usable for an on-screen preview.
    [[nodiscard]] static QString toHtml(const Note& note, const QJsonObject& schema, const NotePdfContext& context);

    // The top-level property names in the order the schema text lists them (empty if
    // the text is not a JSON object with "properties").
    [[nodiscard]] static QStringList propertyOrder(const QByteArray& schemaText);

    // The watermark on every page of a draft.
    [[nodiscard]] static QString draftWatermark();
};

} // namespace clinicdesk
