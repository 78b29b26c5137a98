// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// ReferralLetter: the template's placeholders are filled from the letter, unknown ones stay visible, the
// built-in letters are in English, Swedish and Polish, the summary a note gives is the part a recipient
// needs (dental examination: diagnosis, findings, plan; SOAP: assessment and plan; others: every field),
// and the letter carries no clinical text but the summary the clinician kept. ReferralPdfExporter: the
// letter on the letterhead, read back with pdftotext.
#include "Checks.h"
#include "PdfText.h"
#include "export/ReferralLetter.h"
#include "export/ReferralPdfExporter.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

Note dentalExam() {
    Note note;
    note.id = QStringLiteral("n-1");
    note.templateKey = QStringLiteral("dental-exam");
    note.status = NoteStatus::Signed;
    note.content = QJsonObject{
        {QStringLiteral("chief_complaint"), QStringLiteral("Cold sensitivity upper right")},
        {QStringLiteral("medical_history_changes"), QStringLiteral("Started warfarin in March")},
        {QStringLiteral("extraoral"), QJsonValue::Null},
        {QStringLiteral("intraoral_soft_tissue"), QString()},
        {QStringLiteral("teeth"),
         QJsonArray{QJsonObject{{QStringLiteral("tooth"), QStringLiteral("16")},
                                {QStringLiteral("surfaces"), QJsonArray{QStringLiteral("M"), QStringLiteral("O")}},
                                {QStringLiteral("finding"), QStringLiteral("caries")},
                                {QStringLiteral("note"), QStringLiteral("deep, close to the pulp")}},
                    QJsonObject{{QStringLiteral("tooth"), QStringLiteral("38")},
                                {QStringLiteral("surfaces"), QJsonArray{}},
                                {QStringLiteral("finding"), QStringLiteral("impacted")},
                                {QStringLiteral("note"), QJsonValue::Null}}}},
        {QStringLiteral("periodontal"), QStringLiteral("Bleeding on probing 46")},
        {QStringLiteral("radiographs"), QStringLiteral("OPG taken")},
        {QStringLiteral("diagnosis"), QStringLiteral("Caries 16 MO; 38 impacted")},
        {QStringLiteral("treatment_plan"), QStringLiteral("Refer 38 for surgical removal")},
    };
    return note;
}

Note soap() {
    Note note;
    note.id = QStringLiteral("n-2");
    note.templateKey = QStringLiteral("soap");
    note.status = NoteStatus::Signed;
    note.content = QJsonObject{{QStringLiteral("subjective"), QStringLiteral("Sleeps badly, worries about work")},
                               {QStringLiteral("objective"), QStringLiteral("Tense, tearful at times")},
                               {QStringLiteral("assessment"), QStringLiteral("Moderate anxiety")},
                               {QStringLiteral("plan"), QStringLiteral("Refer for a psychiatric assessment")}};
    return note;
}

ReferralLetter letter() {
    ReferralLetter l;
    l.noteId = QStringLiteral("n-1");
    l.language = QStringLiteral("en");
    l.patientName = QStringLiteral("Åsa Öberg");
    l.patientDateOfBirth = QDate(1981, 3, 14);
    l.nationalId = QStringLiteral("19810314-1234");
    l.recipient = QStringLiteral("Dr Eva Berg\nKäkkirurgiska kliniken");
    l.reason = QStringLiteral("Surgical removal of 38");
    l.summary = QStringLiteral("Diagnosis:\nCaries 16 MO; 38 impacted");
    l.practitioner = QStringLiteral("Dr Anna Lind");
    l.licence = QStringLiteral("SE-7654321");
    l.clinic.name = QStringLiteral("Storgatans Tandvård");
    l.clinic.address = QStringLiteral("Storgatan 12\n114 55 Stockholm");
    l.date = QDate(2026, 5, 12);
    return l;
}

} // namespace

class TstReferralLetter : public QObject {
    Q_OBJECT

private slots:
    void fillsEveryPlaceholder() {
        ReferralLetter l = letter();
        QStringList braced;
        for (const QString& key : ReferralLetter::placeholders()) {
            braced << QLatin1Char('{') + key + QLatin1Char('}');
        }
        l.templateText = braced.join(QLatin1Char('|'));
        const QStringList parts = l.text().split(QLatin1Char('|'));
        QCOMPARE(parts.size(), ReferralLetter::placeholders().size());
        QCOMPARE(parts.at(0), QStringLiteral("Åsa Öberg"));
        QCOMPARE(parts.at(1), QStringLiteral("14 March 1981"));
        QCOMPARE(parts.at(2), QStringLiteral("19810314-1234"));
        QCOMPARE(parts.at(3), QStringLiteral("Dr Eva Berg\nKäkkirurgiska kliniken"));
        QCOMPARE(parts.at(4), QStringLiteral("Surgical removal of 38"));
        QCOMPARE(parts.at(5), l.summary);
        QCOMPARE(parts.at(6), QStringLiteral("Dr Anna Lind"));
        QCOMPARE(parts.at(7), QStringLiteral("SE-7654321"));
        QCOMPARE(parts.at(8), QStringLiteral("Storgatans Tandvård"));
        QCOMPARE(parts.at(9), QStringLiteral("Storgatan 12\n114 55 Stockholm"));
        QCOMPARE(parts.at(10), QStringLiteral("12 May 2026"));
        QVERIFY(!l.text().contains(QLatin1Char('{')));
    }

    void unknownPlaceholdersStayVisible() {
        ReferralLetter l = letter();
        l.templateText = QStringLiteral("Dear {recipeint}, about {patient_name} ({Patient_Name}) {not a placeholder}");
        QCOMPARE(l.text(), QStringLiteral("Dear {recipeint}, about Åsa Öberg ({Patient_Name}) {not a placeholder}"));
        QCOMPARE(ReferralLetter::unknownPlaceholders(l.templateText),
                 (QStringList{QStringLiteral("recipeint"), QStringLiteral("Patient_Name")}));
        QVERIFY(ReferralLetter::unknownPlaceholders(ReferralLetter::defaultTemplate(QStringLiteral("pl"))).isEmpty());
    }

    void knownPlaceholderWithoutValueIsADash() {
        ReferralLetter l = letter();
        l.licence.clear();
        l.patientDateOfBirth.reset();
        l.templateText = QStringLiteral("Licence no. {licence}; born {patient_dob}");
        QCOMPARE(l.text(), QStringLiteral("Licence no. \u2014; born \u2014"));
    }

    void builtInLettersInThreeLanguages() {
        QCOMPARE(ReferralLetter::languageOf(QLocale(QLocale::Swedish, QLocale::Sweden)), QStringLiteral("sv"));
        QCOMPARE(ReferralLetter::languageOf(QLocale(QLocale::Polish, QLocale::Poland)), QStringLiteral("pl"));
        QCOMPARE(ReferralLetter::languageOf(QLocale(QLocale::English, QLocale::SouthAfrica)), QStringLiteral("en"));
        QCOMPARE(ReferralLetter::languageOf(QLocale(QLocale::German)), QStringLiteral("en"));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("pl")}) {
            const QString text = ReferralLetter::defaultTemplate(language);
            for (const char* key : {"{patient_name}", "{patient_dob}", "{recipient}", "{reason}", "{summary}",
                                    "{practitioner}", "{licence}", "{clinic}", "{date}"}) {
                QVERIFY2(text.contains(QLatin1String(key)), qPrintable(language + QLatin1Char(' ') + key));
            }
        }
        ReferralLetter l = letter();
        l.language = QStringLiteral("sv");
        QVERIFY(l.text().contains(QStringLiteral("Remissorsak: Surgical removal of 38")));
        QVERIFY(l.text().contains(QStringLiteral("12 maj 2026")));
        QCOMPARE(ReferralLetter::title(QStringLiteral("sv")), QStringLiteral("Remiss"));
        l.language = QStringLiteral("pl");
        QVERIFY(l.text().contains(QStringLiteral("Powód skierowania: Surgical removal of 38")));
        QVERIFY2(l.text().contains(QStringLiteral("12 maja 2026")), qPrintable(l.text()));
        QCOMPARE(ReferralLetter::title(QStringLiteral("pl")), QStringLiteral("Skierowanie"));
        // The clinic's own template replaces the built-in one; an empty one means the built-in one.
        l.templateText = QStringLiteral("  \n");
        QVERIFY(l.text().startsWith(QStringLiteral("12 maja 2026")));
        l.templateText = QStringLiteral("Skierowanie do {recipient}");
        QCOMPARE(l.text(), QStringLiteral("Skierowanie do Dr Eva Berg\nKäkkirurgiska kliniken"));
    }

    void dentalExamSummaryIsDiagnosisFindingsAndPlan() {
        const QString summary = ReferralLetter::summaryOf(dentalExam(), {}, QStringLiteral("en"));
        QCOMPARE(summary, QStringLiteral("Diagnosis:\nCaries 16 MO; 38 impacted\n\n"
                                         "Findings:\n\u2022 16 MO: caries \u2013 deep, close to the pulp\n"
                                         "\u2022 38: impacted\n\n"
                                         "Treatment plan:\nRefer 38 for surgical removal"));
        const QString swedish = ReferralLetter::summaryOf(dentalExam(), {}, QStringLiteral("sv"));
        QVERIFY(swedish.startsWith(QStringLiteral("Diagnos:\n")));
        QVERIFY(swedish.contains(QStringLiteral("\u2022 16 MO: karies")));
        QVERIFY(swedish.contains(QStringLiteral("Behandlingsplan:\n")));
        QVERIFY(
            ReferralLetter::summaryOf(dentalExam(), {}, QStringLiteral("pl")).contains(QStringLiteral("próchnica")));
    }

    void soapSummaryIsAssessmentAndPlan() {
        const QString summary = ReferralLetter::summaryOf(soap(), {}, QStringLiteral("en"));
        QCOMPARE(summary, QStringLiteral("Assessment:\nModerate anxiety\n\nPlan:\nRefer for a psychiatric assessment"));
    }

    void otherNotesGiveTheirFieldsInOrder() {
        Note note;
        note.templateKey = QStringLiteral("birp");
        note.content = QJsonObject{{QStringLiteral("behavior"), QStringLiteral("Restless")},
                                   {QStringLiteral("intervention"), QStringLiteral("Breathing exercise")},
                                   {QStringLiteral("response"), QString()},
                                   {QStringLiteral("plan"), QStringLiteral("Next week")}};
        const QJsonObject schema{
            {QStringLiteral("required"), QJsonArray{QStringLiteral("behavior"), QStringLiteral("intervention"),
                                                    QStringLiteral("response"), QStringLiteral("plan")}},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("behavior"), QJsonObject{{QStringLiteral("title"), QStringLiteral("Behaviour")}}}}}};
        QCOMPARE(ReferralLetter::summaryOf(note, schema, QStringLiteral("en")),
                 QStringLiteral("Behaviour:\nRestless\n\nIntervention:\nBreathing exercise\n\nPlan:\nNext week"));
    }

    // The letter is made of its own fields: what the clinician removed from the summary is not in it.
    void noClinicalTextBeyondWhatWasKept() {
        const Note note = dentalExam();
        ReferralLetter l = letter();
        l.summary = ReferralLetter::summaryOf(note, {}, QStringLiteral("en"));
        QVERIFY(l.text().contains(QStringLiteral("Caries 16 MO")));
        l.summary = QStringLiteral("38 impacted, please assess for removal.");
        for (const QString& templateText : {QString(), ReferralLetter::defaultTemplate(QStringLiteral("sv"))}) {
            l.templateText = templateText;
            const QString text = l.text();
            QVERIFY(text.contains(QStringLiteral("38 impacted, please assess for removal.")));
            for (const QJsonValue& value : note.content) {
                if (value.isString() && !value.toString().isEmpty()) {
                    QVERIFY2(!text.contains(value.toString()), qPrintable(value.toString()));
                }
            }
            QVERIFY(!text.contains(QStringLiteral("caries"), Qt::CaseInsensitive));
        }
    }

    void pdfHasTheLetterOnTheLetterhead() {
        if (!test::havePoppler()) {
            QSKIP("poppler-utils is not installed: run scripts/deps");
        }
        QTemporaryDir dir;
        ReferralLetter l = letter();
        l.language = QStringLiteral("pl");
        l.clinic.name = QStringLiteral("Gabinet Stomatologiczny Źdźbło");
        l.clinic.address = QStringLiteral("ul. Długa 5\n00-950 Łódź");
        l.clinic.vatNumber = QStringLiteral("PL1234567890");
        l.summary = QStringLiteral("Ząb 38 zatrzymany; próchnica 16 MO.");
        const QString path = dir.filePath(QStringLiteral("referral.pdf"));
        QVERIFY2(ReferralPdfExporter::exportPdf(l, path), "export failed");
        const QString text = test::pdfText(path);
        for (const QString& expected :
             {QStringLiteral("Gabinet Stomatologiczny Źdźbło"), QStringLiteral("ul. Długa 5"),
              QStringLiteral("00-950 Łódź"), QStringLiteral("PL1234567890"), QStringLiteral("Skierowanie"),
              QStringLiteral("Dr Eva Berg"), QStringLiteral("Käkkirurgiska kliniken"),
              QStringLiteral("Powód skierowania: Surgical removal of 38"), QStringLiteral("Ząb 38 zatrzymany"),
              QStringLiteral("Dr Anna Lind"), QStringLiteral("SE-7654321"), QStringLiteral("Page 1 of 1")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        }
        QVERIFY(!ReferralPdfExporter::exportPdf(l, path)); // never replaces a file
    }
};

QTEST_MAIN(TstReferralLetter)
#include "tst_referralletter.moc"
