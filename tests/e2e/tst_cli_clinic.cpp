// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli's clinic profile and referral letter end to end: `clinic show`, `clinic set` (the
// letterhead and logo, admins only, bad input refused with nothing changed, the clinic's other settings
// kept) and `note referral` (a PDF on the letterhead from a signed note, audited), against the real
// binary and a real vault. The PDFs are read back with poppler-utils.
#include "CliRun.h"
#include "PdfText.h"
#include "TestVault.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

using Run = clinicdesk::test::CliRun;

// An ordinary literal: moc (Qt 6.4) skips the whole file over a raw string holding "//".
const char* const kSvgLogo =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"60\" viewBox=\"0 0 120 60\">\n"
    "  <rect x=\"2\" y=\"2\" width=\"56\" height=\"56\" rx=\"12\" fill=\"#2f6f73\"/>\n"
    "  <circle cx=\"90\" cy=\"30\" r=\"26\" fill=\"#d9a441\"/>\n"
    "</svg>\n";

} // namespace

class TstCliClinic : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestVault> m_vault;
    QTemporaryDir m_tmp;
    QString m_signedNoteId;
    QString m_draftNoteId;

    Run cli(const QStringList& args, const QString& user = QString::fromLatin1(test::TestVault::kAdminName),
            const QString& password = QString::fromLatin1(test::TestVault::kAdminPassword)) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLINICDESK_PASSWORD"), password);
        environment.insert(QStringLiteral("CLINICDESK_LOG_DIR"), m_tmp.filePath(QStringLiteral("logs")));
        environment.insert(QStringLiteral("HOME"), m_tmp.path());
        // The assertions read English (the letter's language follows the locale).
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"),
                      QStringList{QStringLiteral("--vault"), m_vault->dir(), QStringLiteral("--user"), user} + args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    Run asReceptionist(const QStringList& args) {
        return cli(args, QStringLiteral("rita"), test::TestVault::passwordFor(QStringLiteral("rita")));
    }

    QByteArray vaultHashes() const {
        QByteArray all;
        const QDir dir(m_vault->dir());
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            all += name.toUtf8() + ':' +
                   (f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                                : QByteArray("missing"))
                       .toHex() +
                   '\n';
        }
        return all;
    }

    QJsonObject show() {
        const Run run = cli({QStringLiteral("clinic"), QStringLiteral("show"), QStringLiteral("--json")});
        if (run.exitCode != 0) {
            qWarning("clinic show: %s", run.err.constData());
            return {};
        }
        return QJsonDocument::fromJson(run.out).object();
    }

    static bool oneSentence(const QByteArray& err) {
        const QByteArray trimmed = err.trimmed();
        return !trimmed.isEmpty() && !trimmed.contains('\n') && trimmed.startsWith("clinicdesk-cli: ");
    }

    QString writeFile(const QString& name, const QByteArray& bytes) {
        QString path = m_tmp.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            return {};
        }
        return path;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CLINICDESK_CLI")), "CLINICDESK_CLI must name the built binary");
        m_vault = std::make_unique<test::TestVault>();
        VaultSession& s = m_vault->session();
        QVERIFY(m_vault->addUser(QStringLiteral("rita"), Role::Receptionist));
        // A licensed dentist who writes and signs the note.
        QVERIFY(s.addUser(NewUser{QStringLiteral("lind"), QStringLiteral("Dr Anna Lind"), Role::Practitioner,
                                  Profession::Dentist, QStringLiteral("SE-7654321")},
                          test::TestVault::secret(test::TestVault::passwordFor(QStringLiteral("lind")))));
        ClinicSettings clinic;
        clinic.autoLockMinutes = 25;
        QVERIFY(ClinicSettingsStore(s.db(), s.session()).save(clinic));
        auto patient = s.patients().add(test::patientDraft(QStringLiteral("Zofia"), QStringLiteral("Wróblewska")));
        QVERIFY(patient);
        QVERIFY(m_vault->loginAs(QStringLiteral("lind"), test::TestVault::passwordFor(QStringLiteral("lind"))));
        VaultSession& lind = m_vault->session();
        auto encounter = lind.encounters().open(patient->patient.id, Consent::Verbal);
        QVERIFY(encounter);
        NewNote note;
        note.encounterId = encounter->id;
        note.templateId = NoteTemplateRepository::builtinId(QStringLiteral("soap"));
        note.content = {{QStringLiteral("subjective"), QStringLiteral("Jaw pain when chewing")},
                        {QStringLiteral("objective"), QStringLiteral("Clicking left TMJ")},
                        {QStringLiteral("assessment"), QStringLiteral("Temporomandibular disorder, left")},
                        {QStringLiteral("plan"), QStringLiteral("Refer to orofacial pain specialist")}};
        note.language = QStringLiteral("en");
        NoteRepository notes(lind.db(), lind.session());
        auto signedNote = notes.createDraft(note);
        QVERIFY(signedNote && notes.sign(signedNote->id));
        m_signedNoteId = signedNote->id;
        auto draft = notes.createDraft(note);
        QVERIFY(draft);
        m_draftNoteId = draft->id;
        m_vault->logout();
    }

    void showWithoutAProfile() {
        const QJsonObject clinic = show();
        QCOMPARE(clinic.value(QStringLiteral("name")).toString(), QString());
        QVERIFY(clinic.value(QStringLiteral("logo")).isNull());
        QVERIFY(clinic.contains(QStringLiteral("vat_number")));
        const Run text = cli({QStringLiteral("clinic"), QStringLiteral("show")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Logo:        none"), text.out.constData());
        // Anyone signed in may read it.
        QCOMPARE(asReceptionist({QStringLiteral("clinic"), QStringLiteral("show")}).exitCode, 0);
    }

    void setTheLetterheadAndLogo() {
        const QString logo = writeFile(QStringLiteral("logo.svg"), kSvgLogo);
        const Run run =
            cli({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--name"),
                 QStringLiteral("Gabinet Stomatologiczny Źdźbło"), QStringLiteral("--address"),
                 QStringLiteral("ul. Długa 5\n00-950 Łódź"), QStringLiteral("--vat-number"),
                 QStringLiteral("PL1234567890"), QStringLiteral("--phone"), QStringLiteral("+48 42 123 45 67"),
                 QStringLiteral("--email"), QStringLiteral("biuro@zdzblo.example.pl"), QStringLiteral("--logo"), logo});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject clinic = show();
        QCOMPARE(clinic.value(QStringLiteral("name")).toString(), QStringLiteral("Gabinet Stomatologiczny Źdźbło"));
        QCOMPARE(clinic.value(QStringLiteral("address")).toString(), QStringLiteral("ul. Długa 5\n00-950 Łódź"));
        QCOMPARE(clinic.value(QStringLiteral("vat_number")).toString(), QStringLiteral("PL1234567890"));
        QCOMPARE(clinic.value(QStringLiteral("phone")).toString(), QStringLiteral("+48 42 123 45 67"));
        QCOMPARE(clinic.value(QStringLiteral("email")).toString(), QStringLiteral("biuro@zdzblo.example.pl"));
        // The SVG drawn at 600 px on its long side, kept as a PNG.
        const QJsonObject stored = clinic.value(QStringLiteral("logo")).toObject();
        QCOMPARE(stored.value(QStringLiteral("format")).toString(), QStringLiteral("png"));
        QCOMPARE(stored.value(QStringLiteral("width")).toInt(), 600);
        QCOMPARE(stored.value(QStringLiteral("height")).toInt(), 300);
        QVERIFY(stored.value(QStringLiteral("bytes")).toInt() <= 512 * 1024);

        // One option changes one thing.
        QCOMPARE(cli({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--phone"),
                      QStringLiteral("+48 42 765 43 21")})
                     .exitCode,
                 0);
        const QJsonObject after = show();
        QCOMPARE(after.value(QStringLiteral("phone")).toString(), QStringLiteral("+48 42 765 43 21"));
        QCOMPARE(after.value(QStringLiteral("name")).toString(), QStringLiteral("Gabinet Stomatologiczny Źdźbło"));
        QVERIFY(after.value(QStringLiteral("logo")).isObject());
        const Run text = cli({QStringLiteral("clinic"), QStringLiteral("show")});
        QVERIFY2(text.out.contains("Address:     ul. Długa 5\n             00-950 Łódź"), text.out.constData());
        QVERIFY(text.out.contains("Logo:        PNG, 600 × 300 px"));

        // The clinic's other settings are as they were; the change is audited without its values.
        QVERIFY(m_vault->loginAs(QString::fromLatin1(test::TestVault::kAdminName),
                                 QString::fromLatin1(test::TestVault::kAdminPassword)));
        auto settings = ClinicSettingsStore(m_vault->session().db(), m_vault->session().session()).load();
        QVERIFY(settings);
        QCOMPARE(settings->autoLockMinutes, 25);
        m_vault->logout();
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains("\"detail\":\"profile\"") || audit.out.contains("\"detail\": \"profile\""));
        QVERIFY(!audit.out.contains("Długa"));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString notAnImage = writeFile(QStringLiteral("logo.png"), "this is not an image\n");
        QTest::newRow("logo not an image")
            << QStringList{QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--logo"), notAnImage} << 4
            << QStringLiteral("not a PNG, JPEG or SVG image");
        QTest::newRow("logo missing") << QStringList{QStringLiteral("--logo"), m_tmp.filePath(QStringLiteral("no.png"))}
                                      << 3 << QStringLiteral("cannot be read");
        QTest::newRow("bad e-mail") << QStringList{QStringLiteral("--email"), QStringLiteral("biuro.example.pl")} << 4
                                    << QStringLiteral("e-mail");
        QTest::newRow("name too long") << QStringList{QStringLiteral("--name"), QString(201, QLatin1Char('x'))} << 4
                                       << QStringLiteral("200");
        QTest::newRow("nothing to set") << QStringList{} << 1 << QStringLiteral("at least one");
        QTest::newRow("logo and no logo")
            << QStringList{QStringLiteral("--logo"), notAnImage, QStringLiteral("--remove-logo")} << 1
            << QStringLiteral("not both");
    }

    void badInputChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QJsonObject before = show();
        const QByteArray files = vaultHashes();
        const Run run = cli(QStringList{QStringLiteral("clinic"), QStringLiteral("set")} + args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        if (exitCode != 1) {
            QVERIFY2(oneSentence(run.err), run.err.constData());
        }
        if (QTest::currentDataTag() == QByteArray("logo not an image") || exitCode == 1) {
            QCOMPARE(vaultHashes(), files); // refused before the vault was opened
        }
        QCOMPARE(show(), before);
    }

    void onlyAnAdministratorSetsIt() {
        const QJsonObject before = show();
        const Run run = asReceptionist({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--name"),
                                        QStringLiteral("Reception's clinic")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(oneSentence(run.err));
        QCOMPARE(show(), before);
    }

    void removeTheLogo() {
        QCOMPARE(cli({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--remove-logo")}).exitCode, 0);
        QVERIFY(show().value(QStringLiteral("logo")).isNull());
        const QString logo = writeFile(QStringLiteral("logo2.svg"), kSvgLogo);
        QCOMPARE(cli({QStringLiteral("clinic"), QStringLiteral("set"), QStringLiteral("--logo"), logo}).exitCode, 0);
    }

    void referralLetterFromASignedNote() {
        if (!test::havePoppler()) {
            QSKIP("poppler-utils is not installed: run scripts/deps");
        }
        const QString pdf = m_tmp.filePath(QStringLiteral("referral.pdf"));
        const Run run =
            cli({QStringLiteral("note"), QStringLiteral("referral"), m_signedNoteId, QStringLiteral("--pdf"), pdf,
                 QStringLiteral("--recipient"), QStringLiteral("Dr Piotr Nowak, Orofacial Pain Clinic"),
                 QStringLiteral("--reason"), QStringLiteral("Assessment and treatment of TMD")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out.trimmed()), pdf);
        const QString text = test::pdfText(pdf);
        for (const QString& expected :
             {QStringLiteral("Gabinet Stomatologiczny Źdźbło"), QStringLiteral("00-950 Łódź"),
              QStringLiteral("VAT no. PL1234567890"), QStringLiteral("Referral"),
              QStringLiteral("To: Dr Piotr Nowak, Orofacial Pain Clinic"),
              QStringLiteral("Reason for referral: Assessment and treatment of TMD"),
              QStringLiteral("Zofia Wróblewska"), QStringLiteral("Temporomandibular disorder, left"),
              QStringLiteral("Refer to orofacial pain specialist"), QStringLiteral("Dr Anna Lind"),
              QStringLiteral("Licence no. SE-7654321"), QStringLiteral("Page 1 of 1")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        }
        // SOAP: the assessment and plan, not what the patient said or what was examined.
        QVERIFY(!text.contains(QStringLiteral("Jaw pain when chewing")));
        QVERIFY(!text.contains(QStringLiteral("Clicking left TMJ")));
        QCOMPARE(test::pdfImageCount(pdf), 1); // the logo

        // Audited as an export of the note, without patient values.
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(audit.out).array()) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("action")).toString() == QStringLiteral("export") &&
                e.value(QStringLiteral("entity_id")).toString() == m_signedNoteId) {
                QCOMPARE(e.value(QStringLiteral("detail")).toString(), QStringLiteral("referral_pdf"));
                found = true;
            }
        }
        QVERIFY2(found, audit.out.constData());

        // An existing file, a draft, a receptionist, an unknown note: refused, nothing written.
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("referral"), m_signedNoteId, QStringLiteral("--pdf"), pdf})
                     .exitCode,
                 4);
        const QString other = m_tmp.filePath(QStringLiteral("other.pdf"));
        const Run draft =
            cli({QStringLiteral("note"), QStringLiteral("referral"), m_draftNoteId, QStringLiteral("--pdf"), other});
        QCOMPARE(draft.exitCode, 4);
        QVERIFY2(draft.err.contains("signed note"), draft.err.constData());
        QCOMPARE(asReceptionist({QStringLiteral("note"), QStringLiteral("referral"), m_signedNoteId,
                                 QStringLiteral("--pdf"), other})
                     .exitCode,
                 6);
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("referral"),
                      QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--pdf"), other})
                     .exitCode,
                 3);
        QVERIFY(!QFile::exists(other));
    }

    void noteExportUsesTheLetterhead() {
        if (!test::havePoppler()) {
            QSKIP("poppler-utils is not installed: run scripts/deps");
        }
        const QString pdf = m_tmp.filePath(QStringLiteral("note.pdf"));
        const Run run =
            cli({QStringLiteral("note"), QStringLiteral("export"), m_signedNoteId, QStringLiteral("--pdf"), pdf});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString text = test::pdfText(pdf);
        for (const QString& expected : {QStringLiteral("Gabinet Stomatologiczny Źdźbło"), QStringLiteral("ul. Długa 5"),
                                        QStringLiteral("VAT no. PL1234567890"), QStringLiteral("Dr Anna Lind"),
                                        QStringLiteral("licence no. SE-7654321"), QStringLiteral("Page 1 of 1")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        }
        QCOMPARE(test::pdfImageCount(pdf), 1);
    }

    void cleanupTestCase() { m_vault.reset(); }
};

QTEST_GUILESS_MAIN(TstCliClinic)
#include "tst_cli_clinic.moc"
