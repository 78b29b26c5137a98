// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli end to end: the real binary against a real vault, as a
// script or an IT person would drive it. Exit codes and output shapes are the
// CLI's contract (docs/CLI.md).
#include "CliRun.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;

namespace {

using Run = clinicdesk::test::CliRun;

constexpr const char* kPassword = "Tandläkare-2026!";
constexpr const char* kPatientFirst = "Zebulon";
constexpr const char* kPatientLast = "Quixotefjord";

} // namespace

class TstCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;
    QString m_logDir;
    QString m_recoveryCode;
    QString m_patientId;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {}, bool withVault = true) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CLINICDESK_PASSWORD"), QString::fromUtf8(kPassword));
        environment.insert(QStringLiteral("CLINICDESK_KDF_PROFILE"), QStringLiteral("minimum"));
        environment.insert(QStringLiteral("CLINICDESK_LOG_DIR"), m_logDir);
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clinicdesk.*.debug=true"));
        environment.insert(QStringLiteral("HOME"), m_tmp.path());
        // The assertions read English messages (tst_translations covers the others).
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("xdg-data")));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isNull()) {
                environment.remove(it.key());
            } else {
                environment.insert(it.key(), it.value());
            }
        }
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        QStringList fullArgs;
        if (withVault) {
            fullArgs << QStringLiteral("--vault") << m_vault;
        }
        fullArgs << args;
        process.start(qEnvironmentVariable("CLINICDESK_CLI"), fullArgs);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    static QByteArray fileHash(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return "missing";
        }
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    QByteArray vaultHashes() const {
        QByteArray all;
        const QDir dir(m_vault);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            all += name.toUtf8() + ':' + fileHash(dir.filePath(name)).toHex() + '\n';
        }
        return all;
    }

    static bool oneSentence(const QByteArray& err) {
        const QByteArray trimmed = err.trimmed();
        return !trimmed.isEmpty() && !trimmed.contains('\n') && trimmed.startsWith("clinicdesk-cli: ");
    }

private slots:
    void initTestCase() {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("CLINICDESK_CLI")), "CLINICDESK_CLI must name the built binary");
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        m_logDir = m_tmp.filePath(QStringLiteral("logs"));
    }

    void initCreatesVaultAndPrintsRecoveryCodeOnce() {
        const Run run = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("anna"),
                             QStringLiteral("--profession"), QStringLiteral("dentist"), QStringLiteral("--licence"),
                             QStringLiteral("SE-123456")},
                            {{QStringLiteral("CLINICDESK_NEW_PASSWORD"), QString::fromUtf8(kPassword)}});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpression pattern(QStringLiteral("\\b([0-9A-Z]{5}(-[0-9A-Z]{5}){5})\\b"));
        const auto match = pattern.match(QString::fromUtf8(run.out));
        QVERIFY2(match.hasMatch(), run.out.constData());
        m_recoveryCode = match.captured(1);
        QVERIFY(QFile::exists(m_vault + QStringLiteral("/clinic.db")));
        QVERIFY(QFile::exists(m_vault + QStringLiteral("/keys.json")));
        // The code is not stored anywhere in the vault.
        QDirIterator it(m_vault, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(m_recoveryCode.toLatin1()), qPrintable(path));
        }
        // A second init on the same folder is refused and changes nothing.
        const QByteArray before = vaultHashes();
        const Run again = cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("bob")},
                              {{QStringLiteral("CLINICDESK_NEW_PASSWORD"), QStringLiteral("another-password")}});
        QCOMPARE(again.exitCode, 4);
        QVERIFY(oneSentence(again.err));
        QCOMPARE(vaultHashes(), before);
    }

    void patientAddListSearchShow() {
        Run add =
            cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first-name"),
                 QString::fromLatin1(kPatientFirst), QStringLiteral("--last-name"), QString::fromLatin1(kPatientLast),
                 QStringLiteral("--national-id"), QStringLiteral("19121212-1212"), QStringLiteral("--phone"),
                 QStringLiteral("070-123 45 67"), QStringLiteral("--email"), QStringLiteral("zebulon@example.com"),
                 QStringLiteral("--notes"), QStringLiteral("Bruxism, night guard advised")});
        QCOMPARE(add.exitCode, 0);
        m_patientId = QString::fromUtf8(add.out.trimmed());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(m_patientId).hasMatch());

        // Same national id again: saved, with a warning on stderr.
        Run duplicate = cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first-name"),
                             QStringLiteral("Zeb"), QStringLiteral("--last-name"), QStringLiteral("Other"),
                             QStringLiteral("--national-id"), QStringLiteral("191212121212")});
        QCOMPARE(duplicate.exitCode, 0);
        QVERIFY2(duplicate.err.contains("warning") && duplicate.err.contains(m_patientId.toLatin1()),
                 duplicate.err.constData());

        Run list = cli({QStringLiteral("patient"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray patients = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(patients.size(), 2);

        Run search = cli(
            {QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("quixo"), QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray found = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")).toString(), m_patientId);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("national_id")).toString(),
                 QStringLiteral("19121212-1212"));

        Run byPhone = cli({QStringLiteral("patient"), QStringLiteral("search"), QStringLiteral("0701234567"),
                           QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(byPhone.out).array().size(), 1);

        Run show = cli({QStringLiteral("patient"), QStringLiteral("show"), m_patientId, QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject patient = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(patient.value(QStringLiteral("last_name")).toString(), QString::fromLatin1(kPatientLast));
        QCOMPARE(patient.value(QStringLiteral("date_of_birth")).toString(), QStringLiteral("1912-12-12"));
        QCOMPARE(patient.value(QStringLiteral("clinical_notes")).toString(),
                 QStringLiteral("Bruxism, night guard advised"));
    }

    void appointments() {
        Run add = cli({QStringLiteral("appointment"), QStringLiteral("add"), QStringLiteral("--patient"), m_patientId,
                       QStringLiteral("--start"), QStringLiteral("2026-12-01T09:30:00"), QStringLiteral("--minutes"),
                       QStringLiteral("45"), QStringLiteral("--practitioner"), QStringLiteral("anna")});
        QCOMPARE(add.exitCode, 0);
        Run list = cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--day"),
                        QStringLiteral("2026-12-01"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("minutes")).toInt(), 45);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("patient_id")).toString(), m_patientId);
        Run otherDay = cli({QStringLiteral("appointment"), QStringLiteral("list"), QStringLiteral("--day"),
                            QStringLiteral("2026-12-02"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(otherDay.out).array().size(), 0);

        Run unknownPatient =
            cli({QStringLiteral("appointment"), QStringLiteral("add"), QStringLiteral("--patient"),
                 QStringLiteral("no-such-id"), QStringLiteral("--start"), QStringLiteral("2026-12-01T10:00"),
                 QStringLiteral("--minutes"), QStringLiteral("30")});
        QCOMPARE(unknownPatient.exitCode, 3);
        Run badMinutes = cli({QStringLiteral("appointment"), QStringLiteral("add"), QStringLiteral("--patient"),
                              m_patientId, QStringLiteral("--start"), QStringLiteral("2026-12-01T10:00"),
                              QStringLiteral("--minutes"), QStringLiteral("0")});
        QCOMPARE(badMinutes.exitCode, 4);
    }

    void badInputGetsOneSentenceAndChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("bad check digit")
            << QStringList{QStringLiteral("patient"),       QStringLiteral("add"),
                           QStringLiteral("--first-name"),  QStringLiteral("A"),
                           QStringLiteral("--last-name"),   QStringLiteral("B"),
                           QStringLiteral("--national-id"), QStringLiteral("19121212-1213")}
            << 4 << QStringLiteral("check digit");
        QTest::newRow("future birth") << QStringList{QStringLiteral("patient"),      QStringLiteral("add"),
                                                     QStringLiteral("--first-name"), QStringLiteral("A"),
                                                     QStringLiteral("--last-name"),  QStringLiteral("B"),
                                                     QStringLiteral("--dob"),        QStringLiteral("2999-01-01")}
                                      << 4 << QStringLiteral("future");
        QTest::newRow("pesel") << QStringList{QStringLiteral("patient"),       QStringLiteral("add"),
                                              QStringLiteral("--first-name"),  QStringLiteral("A"),
                                              QStringLiteral("--last-name"),   QStringLiteral("B"),
                                              QStringLiteral("--national-id"), QStringLiteral("44051401358")}
                               << 4 << QStringLiteral("PESEL");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1 << QStringLiteral("Unknown");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("patient"), QStringLiteral("list"),
                                                       QStringLiteral("--colour"), QStringLiteral("red")}
                                        << 1 << QStringLiteral("Unknown option");
        QTest::newRow("missing patient") << QStringList{QStringLiteral("patient"), QStringLiteral("show"),
                                                        QStringLiteral("00000000-0000-0000-0000-000000000000")}
                                         << 3 << QStringLiteral("does not exist");
    }

    void badInputGetsOneSentenceAndChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QByteArray before = vaultHashes();
        const Run run = cli(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(mentions.toUtf8()), run.err.constData());
        if (exitCode != 1) {
            QVERIFY2(oneSentence(run.err), run.err.constData());
        }
        if (exitCode == 4 || exitCode == 1) {
            QCOMPARE(vaultHashes(), before); // refused before the vault was even opened
        }
    }

    void wrongPasswordLeavesVaultByteForByte() {
        const QByteArray before = vaultHashes();
        const Run run = cli({QStringLiteral("patient"), QStringLiteral("list")},
                            {{QStringLiteral("CLINICDESK_PASSWORD"), QStringLiteral("not-the-password")}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneSentence(run.err));
        QCOMPARE(vaultHashes(), before);
        const Run unknownUser = cli(
            {QStringLiteral("--user"), QStringLiteral("mallory"), QStringLiteral("patient"), QStringLiteral("list")});
        QCOMPARE(unknownUser.exitCode, 2);
        QCOMPARE(unknownUser.err, run.err); // no hint whether the user exists
        QCOMPARE(vaultHashes(), before);
    }

    void receptionistSeesNoClinicalData() {
        const Run add = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("rita"),
                             QStringLiteral("--role"), QStringLiteral("receptionist")},
                            {{QStringLiteral("CLINICDESK_NEW_PASSWORD"), QStringLiteral("rita-password-1")}});
        QCOMPARE(add.exitCode, 0);
        const QMap<QString, QString> asRita{{QStringLiteral("CLINICDESK_PASSWORD"), QStringLiteral("rita-password-1")}};
        const Run show = cli({QStringLiteral("--user"), QStringLiteral("rita"), QStringLiteral("patient"),
                              QStringLiteral("show"), m_patientId, QStringLiteral("--json")},
                             asRita);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject patient = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(patient.value(QStringLiteral("last_name")).toString(), QString::fromLatin1(kPatientLast));
        QVERIFY(!patient.contains(QStringLiteral("clinical_notes")));
        QVERIFY(!show.out.contains("Bruxism"));

        const Run notes =
            cli({QStringLiteral("--user"), QStringLiteral("rita"), QStringLiteral("patient"), QStringLiteral("add"),
                 QStringLiteral("--first-name"), QStringLiteral("New"), QStringLiteral("--last-name"),
                 QStringLiteral("Patient"), QStringLiteral("--notes"), QStringLiteral("clinical text")},
                asRita);
        QCOMPARE(notes.exitCode, 6);
        QVERIFY(oneSentence(notes.err));
        const Run audit =
            cli({QStringLiteral("--user"), QStringLiteral("rita"), QStringLiteral("audit"), QStringLiteral("list")},
                asRita);
        QCOMPARE(audit.exitCode, 6);
        const Run addUser =
            cli({QStringLiteral("--user"), QStringLiteral("rita"), QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("admin")},
                {{QStringLiteral("CLINICDESK_PASSWORD"), QStringLiteral("rita-password-1")},
                 {QStringLiteral("CLINICDESK_NEW_PASSWORD"), QStringLiteral("eve-password-1")}});
        QCOMPARE(addUser.exitCode, 6);
    }

    void passwordChangeAndRecovery() {
        const Run passwd = cli({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("rita")},
                               {{QStringLiteral("CLINICDESK_NEW_PASSWORD"), QStringLiteral("rita-password-2")}});
        QCOMPARE(passwd.exitCode, 0);
        QCOMPARE(
            cli({QStringLiteral("--user"), QStringLiteral("rita"), QStringLiteral("patient"), QStringLiteral("list")},
                {{QStringLiteral("CLINICDESK_PASSWORD"), QStringLiteral("rita-password-1")}})
                .exitCode,
            2);
        QCOMPARE(
            cli({QStringLiteral("--user"), QStringLiteral("rita"), QStringLiteral("patient"), QStringLiteral("list")},
                {{QStringLiteral("CLINICDESK_PASSWORD"), QStringLiteral("rita-password-2")}})
                .exitCode,
            0);

        const Run wrongCode = cli({QStringLiteral("user"), QStringLiteral("recover"), QStringLiteral("anna")},
                                  {{QStringLiteral("CLINICDESK_RECOVERY_CODE"), QStringLiteral("AAAAA-BBBBB")},
                                   {QStringLiteral("CLINICDESK_NEW_PASSWORD"), QStringLiteral("whatever-123")}});
        QCOMPARE(wrongCode.exitCode, 2);
        const Run recover = cli({QStringLiteral("user"), QStringLiteral("recover"), QStringLiteral("anna")},
                                {{QStringLiteral("CLINICDESK_RECOVERY_CODE"), m_recoveryCode.toLower()},
                                 {QStringLiteral("CLINICDESK_NEW_PASSWORD"), QString::fromUtf8(kPassword)}});
        QCOMPARE(recover.exitCode, 0);
    }

    void auditVerifyAndList() {
        const Run verify = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 0);
        const Run list = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                              QStringLiteral("--limit"), QStringLiteral("500")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray entries = QJsonDocument::fromJson(list.out).array();
        QVERIFY(entries.size() > 10);
        bool sawView = false;
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            if (e.value(QStringLiteral("action")).toString() == QLatin1String("view") &&
                e.value(QStringLiteral("entity_id")).toString() == m_patientId) {
                sawView = true;
            }
        }
        QVERIFY2(sawView, "reading a patient record must be audited");
        QVERIFY(!list.out.contains(kPatientLast));
    }

    void backupRoundTripAndTamperedBackup() {
        const QString backup = m_tmp.filePath(QStringLiteral("clinic.cdb"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"), backup}).exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), backup}, {}, false).exitCode, 0);

        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(!bytes.contains(kPatientLast));
        const QString truncated = m_tmp.filePath(QStringLiteral("truncated.cdb"));
        QFile t(truncated);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(bytes.left(bytes.size() / 2));
        t.close();
        const Run truncatedRun = cli({QStringLiteral("backup"), QStringLiteral("verify"), truncated}, {}, false);
        QCOMPARE(truncatedRun.exitCode, 5);
        QVERIFY(oneSentence(truncatedRun.err));

        const QString tampered = m_tmp.filePath(QStringLiteral("tampered.cdb"));
        bytes[bytes.size() - 100] = static_cast<char>(bytes[bytes.size() - 100] ^ 0x40);
        QFile w(tampered);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(bytes);
        w.close();
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("verify"), tampered}, {}, false).exitCode, 5);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore"), tampered, QStringLiteral("--to"),
                      m_tmp.filePath(QStringLiteral("never"))},
                     {}, false)
                     .exitCode,
                 5);
        QVERIFY(!QDir(m_tmp.filePath(QStringLiteral("never"))).exists());

        const QString restored = m_tmp.filePath(QStringLiteral("restored"));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore"), backup, QStringLiteral("--to"), restored},
                     {}, false)
                     .exitCode,
                 0);
        const Run search = cli({QStringLiteral("--vault"), restored, QStringLiteral("patient"),
                                QStringLiteral("search"), QStringLiteral("quixotefjord"), QStringLiteral("--json")},
                               {}, false);
        QCOMPARE(search.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(search.out).array().size(), 1);
    }

    void vaultRefusals() {
        // keys.json damaged
        const QString damaged = m_tmp.filePath(QStringLiteral("damaged"));
        QVERIFY(QDir().mkpath(damaged));
        QVERIFY(QFile::copy(m_vault + QStringLiteral("/clinic.db"), damaged + QStringLiteral("/clinic.db")));
        QFile keys(damaged + QStringLiteral("/keys.json"));
        QVERIFY(keys.open(QIODevice::WriteOnly));
        keys.write("{\"format\": \"clinicdesk-keys\", \"vers");
        keys.close();
        const Run run =
            cli({QStringLiteral("--vault"), damaged, QStringLiteral("patient"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.exitCode, 5);
        QVERIFY(oneSentence(run.err));
        QVERIFY(run.err.contains("keys.json"));

        // a plain SQLite file where clinic.db should be
        const QString plain = m_tmp.filePath(QStringLiteral("plain"));
        QVERIFY(QDir().mkpath(plain));
        {
            auto db = Database::openUnencrypted(plain + QStringLiteral("/clinic.db"), Database::Mode::CreateNew);
            QVERIFY(db);
            QVERIFY(db->exec("CREATE TABLE t(x)"));
        }
        QVERIFY(QFile::copy(m_vault + QStringLiteral("/keys.json"), plain + QStringLiteral("/keys.json")));
        const Run plainRun =
            cli({QStringLiteral("--vault"), plain, QStringLiteral("patient"), QStringLiteral("list")}, {}, false);
        QCOMPARE(plainRun.exitCode, 5);
        QVERIFY(oneSentence(plainRun.err));

        // no vault at all
        const Run missing = cli({QStringLiteral("--vault"), m_tmp.filePath(QStringLiteral("nowhere")),
                                 QStringLiteral("patient"), QStringLiteral("list")},
                                {}, false);
        QCOMPARE(missing.exitCode, 3);
    }

    void logsHoldNoPatientDataOrSecrets() {
        // Everything above ran with debug logging on; the log file must exist and hold none of it.
        QDirIterator it(m_logDir, QDir::Files);
        QByteArray logs;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            logs += f.readAll();
        }
        QVERIFY2(logs.size() > 100, "the CLI must write its log file");
        for (const QByteArray& secret :
             {QByteArray(kPassword), QByteArray(kPatientFirst), QByteArray(kPatientLast), QByteArray("Bruxism"),
              QByteArray("19121212"), QByteArray("0701234567"), QByteArray("070-123"), QByteArray("zebulon@example"),
              QByteArray("rita-password"), m_recoveryCode.toLatin1()}) {
            QVERIFY2(!logs.contains(secret), secret.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
