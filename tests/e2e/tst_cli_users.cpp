// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli's user administration end to end, the real binary against a real vault: `user
// disable` (the user's sign-in is then refused with exit 2 and a clear sentence, and audited),
// `user enable`, `user role` with profession and licence, the refusals that keep the vault
// manageable (one's own account, the last administrator: exit 4, nothing written), who may do it
// (exit 6), and `backup verify` recording a verified backup of --vault.
#include "CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = clinicdesk::test::CliRun;

constexpr const char* kPassword = "Tandläkare-2026!";
constexpr const char* kRitaPassword = "reception-desk-1";

QString s(const char* text) {
    return QString::fromUtf8(text);
}

} // namespace

class TstCliUsers : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(s("CLINICDESK_PASSWORD"), s(kPassword));
        environment.insert(s("CLINICDESK_KDF_PROFILE"), s("minimum"));
        environment.insert(s("CLINICDESK_LOG_DIR"), m_tmp.filePath(s("logs")));
        environment.insert(s("HOME"), m_tmp.path());
        environment.insert(s("LANG"), s("C.UTF-8"));
        environment.insert(s("LC_ALL"), s("C.UTF-8"));
        environment.remove(s("LANGUAGE"));
        environment.insert(s("XDG_DATA_HOME"), m_tmp.filePath(s("xdg-data")));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"), QStringList{s("--vault"), m_vault} + args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    Run asRita(const QStringList& args) {
        return cli(QStringList{s("--user"), s("rita")} + args, {{s("CLINICDESK_PASSWORD"), s(kRitaPassword)}});
    }

    QJsonObject userNamed(const QString& name) {
        const Run list = cli({s("user"), s("list"), s("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array()) {
            if (v.toObject().value(s("name")).toString() == name) {
                return v.toObject();
            }
        }
        return {};
    }
    QJsonArray audit() {
        return QJsonDocument::fromJson(cli({s("audit"), s("list"), s("--json"), s("--limit"), s("1000")}).out).array();
    }
    // The users as `user list --json` shows them: what a refused command must leave as it was (the
    // vault file itself changes with every sign-in, which is audited).
    QByteArray users() { return cli({s("user"), s("list"), s("--json")}).out; }
    static bool oneSentence(const QByteArray& err) {
        const QByteArray trimmed = err.trimmed();
        return !trimmed.isEmpty() && !trimmed.contains('\n') && trimmed.startsWith("clinicdesk-cli: ");
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CLINICDESK_CLI")), "CLINICDESK_CLI must name the built binary");
        m_vault = m_tmp.filePath(s("vault"));
        QCOMPARE(cli({s("init"), s("--admin"), s("anna")}, {{s("CLINICDESK_NEW_PASSWORD"), s(kPassword)}}).exitCode, 0);
        QCOMPARE(cli({s("user"), s("add"), s("rita"), s("--role"), s("receptionist")},
                     {{s("CLINICDESK_NEW_PASSWORD"), s(kRitaPassword)}})
                     .exitCode,
                 0);
        QCOMPARE(asRita({s("patient"), s("list")}).exitCode, 0);
    }

    void disabledUserIsRefusedAndAudited() {
        const Run disable = cli({s("user"), s("disable"), s("rita")});
        QCOMPARE(disable.exitCode, 0);
        QCOMPARE(disable.out.trimmed(), QByteArray("rita is disabled and can no longer sign in."));
        QCOMPARE(userNamed(s("rita")).value(s("active")).toBool(), false);

        const Run refused = asRita({s("patient"), s("list")});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.err.trimmed(),
                 QByteArray("clinicdesk-cli: This user account is disabled. Ask an administrator to enable it."));
        const QJsonArray entries = audit();
        QString ritaId = userNamed(s("rita")).value(s("id")).toString();
        bool refusedAudited = false;
        bool disableAudited = false;
        for (const QJsonValue& v : entries) {
            const QJsonObject e = v.toObject();
            refusedAudited |= e.value(s("action")).toString() == s("login_refused") &&
                              e.value(s("user_id")).toString() == ritaId &&
                              e.value(s("detail")).toString() == s("disabled");
            disableAudited |=
                e.value(s("action")).toString() == s("disable") && e.value(s("entity_id")).toString() == ritaId;
        }
        QVERIFY(refusedAudited);
        QVERIFY(disableAudited);

        const Run enable = cli({s("user"), s("enable"), s("rita")});
        QCOMPARE(enable.exitCode, 0);
        QCOMPARE(asRita({s("patient"), s("list")}).exitCode, 0);
    }

    void roleProfessionAndLicence() {
        const Run role = cli({s("user"), s("role"), s("rita"), s("--role"), s("practitioner"), s("--profession"),
                              s("therapist"), s("--licence"), s("PL-778899")});
        QCOMPARE(role.exitCode, 0);
        QCOMPARE(role.out.trimmed(),
                 QByteArray("rita is now practitioner. Profession: therapist. Licence: PL-778899."));
        QJsonObject rita = userNamed(s("rita"));
        QCOMPARE(rita.value(s("role")).toString(), s("practitioner"));
        QCOMPARE(rita.value(s("profession")).toString(), s("therapist"));
        QCOMPARE(rita.value(s("licence_number")).toString(), s("PL-778899"));
        // Back to reception: the profession and licence go with it.
        QCOMPARE(cli({s("user"), s("role"), s("rita"), s("--role"), s("receptionist")}).exitCode, 0);
        rita = userNamed(s("rita"));
        QCOMPARE(rita.value(s("role")).toString(), s("receptionist"));
        QVERIFY(rita.value(s("profession")).isNull());
        QVERIFY(rita.value(s("licence_number")).isNull());

        const QByteArray before = users();
        const Run withLicence =
            cli({s("user"), s("role"), s("rita"), s("--role"), s("receptionist"), s("--licence"), s("X-1")});
        QCOMPARE(withLicence.exitCode, 4);
        QVERIFY(oneSentence(withLicence.err));
        const Run badRole = cli({s("user"), s("role"), s("rita"), s("--role"), s("janitor")});
        QCOMPARE(badRole.exitCode, 1);
        const Run badProfession =
            cli({s("user"), s("role"), s("rita"), s("--role"), s("practitioner"), s("--profession"), s("surgeon")});
        QCOMPARE(badProfession.exitCode, 4);
        const Run unknown = cli({s("user"), s("disable"), s("nobody")});
        QCOMPARE(unknown.exitCode, 3);
        QCOMPARE(users(), before);
    }

    void lastAdministratorAndOwnAccountAreKept() {
        const QByteArray before = users();
        const Run disableSelf = cli({s("user"), s("disable"), s("anna")});
        QCOMPARE(disableSelf.exitCode, 4);
        QVERIFY(oneSentence(disableSelf.err));
        QVERIFY2(disableSelf.err.contains("last active administrator"), disableSelf.err.constData());
        const Run demote = cli({s("user"), s("role"), s("anna"), s("--role"), s("practitioner")});
        QCOMPARE(demote.exitCode, 4);
        QVERIFY2(demote.err.contains("must stay one"), demote.err.constData());
        QCOMPARE(users(), before);
        QCOMPARE(userNamed(s("anna")).value(s("role")).toString(), s("admin"));
    }

    void onlyAdministratorsManageUsers() {
        const Run denied = asRita({s("user"), s("disable"), s("anna")});
        QCOMPARE(denied.exitCode, 6);
        QVERIFY(oneSentence(denied.err));
        const Run promote = asRita({s("user"), s("role"), s("rita"), s("--role"), s("admin")});
        QCOMPARE(promote.exitCode, 6);
        // Only their sign-ins were written: the users are as they were.
        QCOMPARE(userNamed(s("rita")).value(s("role")).toString(), s("receptionist"));
        QCOMPARE(userNamed(s("anna")).value(s("active")).toBool(), true);
    }

    void verifiedBackupIsRecordedInTheVault() {
        const QString file = m_tmp.filePath(s("clinic.cdb"));
        QCOMPARE(cli({s("backup"), s("create"), s("--out"), file}).exitCode, 0);
        const Run verify = cli({s("backup"), s("verify"), file});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains("Recorded in the vault as its last verified backup."), verify.out.constData());
        const Run json = cli({s("backup"), s("verify"), file, s("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(s("recorded_in_vault")).toBool(), true);
        bool recorded = false;
        for (const QJsonValue& v : audit()) {
            recorded |= v.toObject().value(s("action")).toString() == s("backup_verified");
        }
        QVERIFY(recorded);
    }
};

QTEST_GUILESS_MAIN(TstCliUsers)
#include "tst_cli_users.moc"
