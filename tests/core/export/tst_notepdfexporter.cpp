// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// NotePdfExporter: the PDF is read back with pdftotext (poppler-utils, installed by
// scripts/deps) to check what a reader of the printout sees: patient, clinician,
// field titles in the template's order, findings per tooth as a table, the draft
// watermark only on drafts, the content hash only on signed notes, the clinic's
// letterhead (pdfimages finds its logo) and page numbers, and no letterhead at all
// for a clinic without a profile.

#include "Checks.h"
#include "PdfText.h"
#include "export/NotePdfExporter.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;
using clinicdesk::test::code;

namespace {

const QString kHash = QStringLiteral("3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea");

// Properties listed out of alphabetical order on purpose: the PDF must follow "required".
const char* const kSchema = R"json({
  "type": "object", "additionalProperties": false,
  "required": ["chief_complaint", "findings", "plan", "follow_up", "smoker"],
  "properties": {
    "chief_complaint": {"type": "string", "title": "Chief complaint"},
    "findings": {"type": "array", "title": "Findings per tooth", "items": {"$ref": "#/$defs/finding"}},
    "plan": {"type": "string", "title": "Treatment plan"},
    "follow_up": {"type": ["string", "null"], "title": "Follow-up"},
    "smoker": {"type": "boolean"}
  },
  "$defs": {
    "finding": {
      "type": "object", "additionalProperties": false,
      "required": ["tooth", "surface", "finding"],
      "properties": {
        "tooth": {"type": "integer", "title": "Tooth (FDI)"},
        "surface": {"type": "string", "title": "Surface"},
        "finding": {"type": "string", "title": "Finding"}
      }
    }
  }
})json";

QJsonObject schema() {
    return QJsonDocument::fromJson(kSchema).object();
}

Note dentalNote(NoteStatus status) {
    Note note;
    note.id = QStringLiteral("6f0c2a51-0d7e-4a59-9a0e-5d2b0c7f1e11");
    note.templateKey = QStringLiteral("dental-exam");
    note.status = status;
    note.createdAt = 1714636800000; // 2024-05-02
    note.content = QJsonObject{
        {QStringLiteral("chief_complaint"), QStringLiteral("Aching <b>lower left</b> molar & cold sensitivity")},
        {QStringLiteral("findings"),
         QJsonArray{QJsonObject{{QStringLiteral("tooth"), 36},
                                {QStringLiteral("surface"), QStringLiteral("occlusal")},
                                {QStringLiteral("finding"), QStringLiteral("caries")}},
                    QJsonObject{{QStringLiteral("tooth"), 47},
                                {QStringLiteral("surface"), QStringLiteral("distal")},
                                {QStringLiteral("finding"), QStringLiteral("fractured filling")}}}},
        {QStringLiteral("plan"), QStringLiteral("Composite filling 36")},
        {QStringLiteral("follow_up"), QJsonValue::Null},
        {QStringLiteral("smoker"), false},
    };
    if (status == NoteStatus::Signed) {
        note.signedBy = QStringLiteral("user-1");
        note.signedAt = 1714640400000;
        note.contentHash = kHash;
        note.revision = 2;
    }
    return note;
}

NotePdfContext context() {
    NotePdfContext c;
    c.clinic.name = QStringLiteral("Storgatans Tandvård");
    c.templateName = QStringLiteral("Dental examination");
    c.patientName = QStringLiteral("Åsa Öberg");
    c.patientDateOfBirth = QDate(1981, 3, 14);
    c.clinicianName = QStringLiteral("Dr Anna Lind");
    c.clinicianLicence = QStringLiteral("7654321");
    c.locale = QLocale(QLocale::English);
    return c;
}

// How often "DRAFT – not signed" occurs, whitespace ignored: the diagonal watermark
// comes out of pdftotext one letter a line.
qsizetype draftMarks(const QString& text) {
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return compact.count(QStringLiteral("DRAFT\u2013notsigned"));
}

} // namespace

class TstNotePdfExporter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void draftShowsContentInTemplateOrderWithWatermark();
    void longDraftIsWatermarkedOnEveryPage();
    void signedNoteShowsHashAndNoWatermark();
    void addendumNamesTheNoteItAmends();
    void refusesToOverwrite();
    void failedWriteLeavesNoFile();
    void propertyOrderFollowsSchemaText();
    void letterheadOnTheFirstPageAndRunningHeaderAfter();
    void clinicWithoutProfileGetsNoLetterhead();

private:
    // Writes the PDF and returns its text as pdftotext lays it out.
    [[nodiscard]] QString exportAndRead(const Note& note, const NotePdfContext& ctx, const QString& name);

    QTemporaryDir m_dir;
    QString m_pdftotext;
};

void TstNotePdfExporter::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (m_pdftotext.isEmpty()) {
        QSKIP("pdftotext (poppler-utils) is not installed: run scripts/deps");
    }
}

QString TstNotePdfExporter::exportAndRead(const Note& note, const NotePdfContext& ctx, const QString& name) {
    const QString path = m_dir.filePath(name);
    const auto written = NotePdfExporter::exportPdf(note, schema(), ctx, path);
    if (!written) {
        qWarning("%s", clinicdesk::test::why(written).constData());
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("%PDF-") || bytes.size() < 1024) {
        qWarning("not a PDF (%lld bytes)", static_cast<long long>(bytes.size()));
        return {};
    }
    QProcess process;
    // -raw: the text in the order it was drawn (the document's order, then the page's
    // footer, then the diagonal watermark one letter a line), each table row on a line.
    process.start(m_pdftotext,
                  {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("pdftotext failed: %s", process.readAllStandardError().constData());
        return {};
    }
    // NFKC turns the font's ligatures (U+FB01 "ﬁ") back into letters.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

void TstNotePdfExporter::draftShowsContentInTemplateOrderWithWatermark() {
    const QString text = exportAndRead(dentalNote(NoteStatus::Draft), context(), QStringLiteral("draft.pdf"));
    QVERIFY(!text.isEmpty());
    for (const char* expected : {"Storgatans Tandvård", "Dental examination", "Åsa Öberg", "1981-03-14", "Dr Anna Lind",
                                 "7654321", "DRAFT – not signed", "Composite filling 36", "Tooth (FDI)", "Surface"}) {
        QVERIFY2(text.contains(QString::fromUtf8(expected)),
                 qPrintable(QString::fromUtf8(expected) + QStringLiteral(" not in:\n") + text));
    }
    // A field the schema gives no title is named after its key; booleans read as words.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Smoker\\s+No\\b"))));
    // Escaped, not interpreted: the markup shows as typed.
    QVERIFY(text.contains(QStringLiteral("Aching <b>lower left</b> molar & cold sensitivity")));
    // One table row per tooth, cells in the item schema's order.
    QVERIFY2(text.contains(QLatin1String("36 occlusal caries")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("47 distal fractured filling")));
    // Fields in the order of the schema's "required" list, not alphabetical.
    const qsizetype complaint = text.indexOf(QLatin1String("Chief complaint"));
    const qsizetype findings = text.indexOf(QLatin1String("Findings per tooth"));
    const qsizetype plan = text.indexOf(QLatin1String("Treatment plan"));
    const qsizetype followUp = text.indexOf(QLatin1String("Follow-up"));
    QVERIFY(complaint >= 0 && findings > complaint && plan > findings && followUp > plan);
    QVERIFY(!text.contains(QLatin1String("SHA-256")));
    QVERIFY(text.contains(QLatin1String("Not signed")));
    QVERIFY(text.contains(QLatin1String("Page 1 of 1")));
    QCOMPARE(draftMarks(text), 3); // banner, footer, diagonal watermark
}

void TstNotePdfExporter::longDraftIsWatermarkedOnEveryPage() {
    Note note = dentalNote(NoteStatus::Draft);
    QJsonArray findings;
    for (int i = 0; i < 90; ++i) {
        findings.append(QJsonObject{{QStringLiteral("tooth"), 11 + i},
                                    {QStringLiteral("surface"), QStringLiteral("buccal")},
                                    {QStringLiteral("finding"), QStringLiteral("sound")}});
    }
    note.content.insert(QStringLiteral("findings"), findings);
    const QString text = exportAndRead(note, context(), QStringLiteral("long.pdf"));
    QVERIFY(!text.isEmpty());
    const auto pages = QRegularExpression(QStringLiteral("Page 1 of (\\d+)")).match(text);
    QVERIFY(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    QVERIFY2(pageCount >= 2, qPrintable(pages.captured(0)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pageCount)));
    QVERIFY(text.contains(QLatin1String("100 buccal sound"))); // the table goes on over the page break
    // The banner once, then on every page the footer and the diagonal watermark.
    QCOMPARE(draftMarks(text), 1 + 2 * pageCount);
}

void TstNotePdfExporter::signedNoteShowsHashAndNoWatermark() {
    NotePdfContext ctx = context();
    ctx.signerName = QStringLiteral("Dr Bo Ek");
    const QString text = exportAndRead(dentalNote(NoteStatus::Signed), ctx, QStringLiteral("signed.pdf"));
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(kHash), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Signed electronically by Dr Bo Ek")));
    QVERIFY(text.contains(QLatin1String("Findings per tooth")));
    QVERIFY(text.contains(QLatin1String("36 occlusal caries")));
    QVERIFY2(!text.contains(QLatin1String("DRAFT"), Qt::CaseInsensitive), qPrintable(text));
}

void TstNotePdfExporter::addendumNamesTheNoteItAmends() {
    Note note = dentalNote(NoteStatus::Draft);
    note.id = QStringLiteral("a7d3e9c0-1111-4222-8333-944455556666");
    note.amendsNoteId = QStringLiteral("6f0c2a51-0d7e-4a59-9a0e-5d2b0c7f1e11");
    note.content = QJsonObject{{QStringLiteral("plan"), QStringLiteral("Filling 37, not 36")}};
    NotePdfContext ctx = context();
    ctx.amendedContentHash = kHash;
    const QString text = exportAndRead(note, ctx, QStringLiteral("addendum.pdf"));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QLatin1String("Addendum: Dental examination")));
    QVERIFY(text.contains(*note.amendsNoteId));
    QVERIFY(text.contains(kHash));
    QVERIFY(text.contains(QLatin1String("Filling 37, not 36")));
    QVERIFY(text.contains(QStringLiteral("DRAFT – not signed")));
}

void TstNotePdfExporter::refusesToOverwrite() {
    const QString path = m_dir.filePath(QStringLiteral("existing.pdf"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const auto written = NotePdfExporter::exportPdf(dentalNote(NoteStatus::Signed), schema(), context(), path);
    QVERIFY(!written);
    QCOMPARE(code(written.error().code), code(ErrorCode::AlreadyExists));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TstNotePdfExporter::failedWriteLeavesNoFile() {
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/note.pdf"));
    const auto written = NotePdfExporter::exportPdf(dentalNote(NoteStatus::Draft), schema(), context(), path);
    QVERIFY(!written);
    QCOMPARE(code(written.error().code), code(ErrorCode::Io));
    QVERIFY(!QFile::exists(path));
}

void TstNotePdfExporter::propertyOrderFollowsSchemaText() {
    QCOMPARE(NotePdfExporter::propertyOrder(kSchema),
             (QStringList{QStringLiteral("chief_complaint"), QStringLiteral("findings"), QStringLiteral("plan"),
                          QStringLiteral("follow_up"), QStringLiteral("smoker")}));
    QCOMPARE(NotePdfExporter::propertyOrder(R"({"properties": {"z": {}, "a": {}, "m": {}}})"),
             (QStringList{QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m")}));
    QVERIFY(NotePdfExporter::propertyOrder("not json").isEmpty());
    QVERIFY(NotePdfExporter::propertyOrder("[1, 2]").isEmpty());
}

namespace {

// A 400 x 160 logo with transparency, as ClinicLogo stores it.
QByteArray logoPng() {
    QImage image(400, 160, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x2f, 0x6f, 0x73));
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(4, 4, 152, 152), 30, 30);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// A note long enough for `pages` pages: findings are added ten at a time until it has them.
Note noteOfPages(int pages, const NotePdfContext& ctx, const QString& path) {
    Note note = dentalNote(NoteStatus::Signed);
    QJsonArray findings;
    for (int i = 0; i < 400; ++i) {
        findings.append(QJsonObject{{QStringLiteral("tooth"), 11 + i},
                                    {QStringLiteral("surface"), QStringLiteral("buccal")},
                                    {QStringLiteral("finding"), QStringLiteral("sound")}});
        if (i % 10 != 9) {
            continue;
        }
        note.content.insert(QStringLiteral("findings"), findings);
        QFile::remove(path);
        if (!NotePdfExporter::exportPdf(note, schema(), ctx, path)) {
            return {};
        }
        if (clinicdesk::test::pdfText(path).contains(QStringLiteral("Page 1 of %1").arg(pages))) {
            return note;
        }
    }
    return {};
}

} // namespace

void TstNotePdfExporter::letterheadOnTheFirstPageAndRunningHeaderAfter() {
    NotePdfContext ctx = context();
    ctx.clinic.name = QStringLiteral("Przychodnia Stomatologiczna Źdźbło-Łęczycka");
    ctx.clinic.address = QStringLiteral("ul. Źródlana 15 lok. 3\n90-001 Łódź");
    ctx.clinic.vatNumber = QStringLiteral("PL7251234567");
    ctx.clinic.phone = QStringLiteral("+48 42 123 45 67");
    ctx.clinic.email = QStringLiteral("rejestracja@zdzblo.example.pl");
    ctx.clinic.logoPng = logoPng();
    const QString path = m_dir.filePath(QStringLiteral("letterhead.pdf"));
    const Note note = noteOfPages(2, ctx, path);
    QVERIFY2(!note.id.isEmpty(), "no two-page note");

    const QString text = clinicdesk::test::pdfText(path);
    QVERIFY(text.contains(QLatin1String("Page 1 of 2")));
    QVERIFY(text.contains(QLatin1String("Page 2 of 2")));
    // Whitespace ignored: the long name wraps between its words beside the logo.
    const auto compact = [](QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s"))); };
    const QString first = compact(clinicdesk::test::pdfText(path, 1, 1));
    for (const QString& expected :
         {ctx.clinic.name, QStringLiteral("ul. Źródlana 15 lok. 3"), QStringLiteral("90-001 Łódź"),
          QStringLiteral("VAT no. PL7251234567"), QStringLiteral("Tel. +48 42 123 45 67"), ctx.clinic.email,
          QStringLiteral("Dr Anna Lind, licence no. 7654321"), QStringLiteral("Page 1 of 2")}) {
        QVERIFY2(first.contains(compact(expected)), qPrintable(expected + QStringLiteral(" not on page 1:\n") + first));
    }
    // The first page starts with the letterhead, then the note's heading.
    QVERIFY(first.indexOf(compact(ctx.clinic.name)) < first.indexOf(QLatin1String("Dentalexamination")));
    // Page 2: the running header (the clinic and the title), not the whole letterhead.
    const QString second = clinicdesk::test::pdfText(path, 2, 2);
    QVERIFY2(second.contains(ctx.clinic.name), qPrintable(second));
    QVERIFY(second.contains(QLatin1String("Dental examination")));
    QVERIFY(!second.contains(QLatin1String("VAT no.")));
    QVERIFY(!second.contains(QLatin1String("90-001")));
    // No finding lost or cut at the page break, and the signature at the end.
    const int rows = int(note.content.value(QStringLiteral("findings")).toArray().size());
    for (int i = 0; i < rows; ++i) {
        QVERIFY2(text.contains(QStringLiteral("%1 buccal sound").arg(11 + i)), qPrintable(QString::number(11 + i)));
    }
    QVERIFY(second.contains(kHash));
    // The logo, once, on the first page.
    QCOMPARE(clinicdesk::test::pdfImageCount(path), 1);
}

void TstNotePdfExporter::clinicWithoutProfileGetsNoLetterhead() {
    NotePdfContext ctx = context();
    ctx.clinic = ClinicProfile{};
    const QString path = m_dir.filePath(QStringLiteral("plain.pdf"));
    const Note note = noteOfPages(2, ctx, path);
    QVERIFY2(!note.id.isEmpty(), "no two-page note");
    const QString text = clinicdesk::test::pdfText(path);
    for (const char* absent : {"Storgatans", "VAT no.", "Tel.", "@"}) {
        QVERIFY2(!text.contains(QLatin1String(absent)), absent);
    }
    QVERIFY(text.trimmed().startsWith(QLatin1String("Dental examination")));
    QVERIFY(text.contains(QLatin1String("Page 2 of 2")));
    QCOMPARE(clinicdesk::test::pdfImageCount(path), 0);
}

QTEST_MAIN(TstNotePdfExporter)
#include "tst_notepdfexporter.moc"
