// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli against what it must not trust, the real binary against a real vault:
// - a keys.json or backup header edited by hand (a number where a string belongs, a string where a
//   number belongs, a key-derivation cost of billions of passes or terabytes): refused with exit 5 and
//   one sentence, never a crash or a hang, and nothing in the vault changes;
// - CLINICDESK_PASSWORD: gone from /proc/PID/environ while the command still runs;
// - the clinic's AI API key: only an administrator replaces or removes it (exit 6, audited);
// - a remote AI provider over plain http: refused (exit 4); http only to this computer; the settings
//   audit entry names the host.
#include "CliRun.h"
#include "keychain/KeychainStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <functional>

namespace {

using Run = clinicdesk::test::CliRun;

constexpr const char* kPassword = "Tandläkare-2026!";
constexpr const char* kDoctorPassword = "doctor-password-1";
constexpr qsizetype kBackupPrefix = 16; // magic (8), format version (4), header length (4)

QString s(const char* text) {
    return QString::fromUtf8(text);
}

bool oneSentence(const QByteArray& err) {
    const QByteArray trimmed = err.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains('\n') && trimmed.startsWith("clinicdesk-cli: ");
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The files of a vault folder with their hashes: what a refused command must leave as it was.
QByteArray folderHashes(const QString& dir) {
    QByteArray all;
    const QDir folder(dir);
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
        all += name.toUtf8() + ':' +
               QCryptographicHash::hash(readAll(folder.filePath(name)), QCryptographicHash::Sha256).toHex() + '\n';
    }
    return all;
}

using Edit = std::function<void(QJsonObject&)>;

// Edits the first password envelope of a key file's JSON.
void editFirstPasswordEnvelope(QJsonObject& keys, const std::function<void(QJsonObject&)>& edit) {
    QJsonArray envelopes = keys.value(s("envelopes")).toArray();
    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        QJsonObject envelope = envelopes.at(i).toObject();
        if (envelope.value(s("kind")).toString() == s("password")) {
            edit(envelope);
            envelopes.replace(i, envelope);
            break;
        }
    }
    keys[s("envelopes")] = envelopes;
}

void editKdf(QJsonObject& keys, const char* field, const QJsonValue& value) {
    editFirstPasswordEnvelope(keys, [&](QJsonObject& envelope) {
        QJsonObject kdf = envelope.value(s("kdf")).toObject();
        kdf[s(field)] = value;
        envelope[s("kdf")] = kdf;
    });
}

// The key-file edits both a keys.json and a backup header's "keys" are tried with.
void addKeyFileEdits() {
    QTest::addColumn<Edit>("edit");
    QTest::newRow("format is a number") << Edit([](QJsonObject& k) { k[s("format")] = 5; });
    QTest::newRow("version is a string") << Edit([](QJsonObject& k) { k[s("version")] = s("1"); });
    QTest::newRow("version is a fraction") << Edit([](QJsonObject& k) { k[s("version")] = 0.5; });
    QTest::newRow("vault id is a number") << Edit([](QJsonObject& k) { k[s("vault_id")] = 42; });
    QTest::newRow("envelopes is an object") << Edit([](QJsonObject& k) { k[s("envelopes")] = QJsonObject(); });
    QTest::newRow("an envelope is a number") << Edit([](QJsonObject& k) {
        QJsonArray envelopes = k.value(s("envelopes")).toArray();
        envelopes.prepend(7);
        k[s("envelopes")] = envelopes;
    });
    QTest::newRow("user id is a number") << Edit(
        [](QJsonObject& k) { editFirstPasswordEnvelope(k, [](QJsonObject& e) { e[s("user_id")] = 7; }); });
    QTest::newRow("user is an array") << Edit(
        [](QJsonObject& k) { editFirstPasswordEnvelope(k, [](QJsonObject& e) { e[s("user")] = QJsonArray{1}; }); });
    QTest::newRow("admin is a string") << Edit(
        [](QJsonObject& k) { editFirstPasswordEnvelope(k, [](QJsonObject& e) { e[s("admin")] = s("yes"); }); });
    QTest::newRow("kdf algorithm is a number") << Edit([](QJsonObject& k) { editKdf(k, "alg", 13); });
    QTest::newRow("four billion passes") << Edit([](QJsonObject& k) { editKdf(k, "ops", 4294967295.0); });
    QTest::newRow("a petabyte of memory") << Edit([](QJsonObject& k) { editKdf(k, "mem", 1125899906842624.0); });
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TstCliUntrusted : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;
    QString m_backup;

    QProcessEnvironment environment(const QString& password = s(kPassword)) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(s("CLINICDESK_PASSWORD"), password);
        env.insert(s("CLINICDESK_KDF_PROFILE"), s("minimum"));
        env.insert(s("CLINICDESK_LOG_DIR"), m_tmp.filePath(s("logs")));
        env.insert(s("HOME"), m_tmp.path());
        env.insert(s("LANG"), s("C.UTF-8"));
        env.insert(s("LC_ALL"), s("C.UTF-8"));
        env.remove(s("LANGUAGE"));
        env.insert(s("XDG_DATA_HOME"), m_tmp.filePath(s("xdg-data")));
        return env;
    }

    Run cli(const QStringList& args, const QByteArray& input = {}, const QMap<QString, QString>& extra = {},
            const QString& vault = {}) {
        QProcess process;
        QProcessEnvironment env = environment();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            env.insert(it.key(), it.value());
        }
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("CLINICDESK_CLI"),
                      QStringList{s("--vault"), vault.isEmpty() ? m_vault : vault} + args);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }
    Run asDoctor(const QStringList& args, const QByteArray& input = {}) {
        return cli(QStringList{s("--user"), s("doc")} + args, input, {{s("CLINICDESK_PASSWORD"), s(kDoctorPassword)}});
    }

    // A copy of the vault folder, for a test that edits its files.
    QString copyOfVault(const QString& name) {
        QString dir = m_tmp.filePath(name);
        if (!QDir().mkpath(dir)) {
            return {};
        }
        const QDir source(m_vault);
        for (const QString& file : source.entryList(QDir::Files)) {
            if (!QFile::copy(source.filePath(file), QDir(dir).filePath(file))) {
                return {};
            }
        }
        return dir;
    }

    QString vaultId() const {
        return QJsonDocument::fromJson(readAll(m_vault + s("/keys.json"))).object().value(s("vault_id")).toString();
    }

    QJsonArray audit() {
        return QJsonDocument::fromJson(cli({s("audit"), s("list"), s("--json"), s("--limit"), s("1000")}).out).array();
    }

    static QByteArray storedKey(const QString& vaultId, const QString& slot) {
        clinicdesk::KeychainStore keychain;
        auto key = keychain.readBlocking(s("ai-key:%1:%2").arg(vaultId, slot));
        if (!key) {
            return "missing";
        }
        return {reinterpret_cast<const char*>(key->data()), static_cast<qsizetype>(key->size())};
    }

private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CLINICDESK_CLI")), "CLINICDESK_CLI must name the built binary");
        m_vault = m_tmp.filePath(s("vault"));
        QCOMPARE(cli({s("init"), s("--admin"), s("anna")}, {}, {{s("CLINICDESK_NEW_PASSWORD"), s(kPassword)}}).exitCode,
                 0);
        QCOMPARE(cli({s("user"), s("add"), s("doc"), s("--role"), s("practitioner")}, {},
                     {{s("CLINICDESK_NEW_PASSWORD"), s(kDoctorPassword)}})
                     .exitCode,
                 0);
        m_backup = m_tmp.filePath(s("clinic.cdb"));
        QCOMPARE(cli({s("backup"), s("create"), s("--out"), m_backup}).exitCode, 0);
        QCOMPARE(cli({s("backup"), s("verify"), m_backup}).exitCode, 0);
    }

    void editedKeyFileIsRefused_data() { addKeyFileEdits(); }
    void editedKeyFileIsRefused() {
        QFETCH(Edit, edit);
        const QString vault = copyOfVault(s("keys-") + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-'));
        QVERIFY(!vault.isEmpty());
        QJsonObject keys = QJsonDocument::fromJson(readAll(vault + s("/keys.json"))).object();
        edit(keys);
        QVERIFY(writeAll(vault + s("/keys.json"), QJsonDocument(keys).toJson()));
        const QByteArray before = folderHashes(vault);

        const Run run = cli({s("patient"), s("list")}, {}, {}, vault);
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(oneSentence(run.err), run.err.constData());
        QVERIFY(run.err.contains("keys.json"));
        QCOMPARE(folderHashes(vault), before);
    }

    void editedBackupHeaderIsRefused_data() {
        addKeyFileEdits();
        QTest::newRow("created_at is a string") << Edit([](QJsonObject& h) { h[s("created_at")] = s("yesterday"); });
        QTest::newRow("schema is a string") << Edit([](QJsonObject& h) { h[s("schema")] = s("six"); });
        QTest::newRow("audit hash is a number") << Edit([](QJsonObject& h) { h[s("audit_hash")] = 7; });
        QTest::newRow("audit seq is a fraction") << Edit([](QJsonObject& h) { h[s("audit_seq")] = 2.5; });
        QTest::newRow("db size is a string") << Edit([](QJsonObject& h) { h[s("db_size")] = s("big"); });
    }
    void editedBackupHeaderIsRefused() {
        QFETCH(Edit, edit);
        const QByteArray bytes = readAll(m_backup);
        QVERIFY(bytes.size() > kBackupPrefix);
        const auto headerLength = qFromBigEndian<quint32>(bytes.constData() + 12);
        QJsonObject header = QJsonDocument::fromJson(bytes.mid(kBackupPrefix, qsizetype(headerLength))).object();
        QVERIFY(header.contains(s("keys")));
        // The key-file edits apply to the header's copy of keys.json, the others to the header itself.
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const bool headerField = tag.contains(s("created_at")) || tag.contains(s("schema")) ||
                                 tag.contains(s("audit")) || tag.contains(s("db size"));
        if (headerField) {
            edit(header);
        } else {
            QJsonObject keys = header.value(s("keys")).toObject();
            edit(keys);
            header[s("keys")] = keys;
        }
        const QByteArray newHeader = QJsonDocument(header).toJson(QJsonDocument::Compact);
        QByteArray edited = bytes.left(12);
        QByteArray length(4, '\0');
        qToBigEndian<quint32>(quint32(newHeader.size()), length.data());
        edited += length + newHeader + bytes.mid(kBackupPrefix + qsizetype(headerLength));
        const QString path = m_tmp.filePath(s("edited.cdb"));
        QVERIFY(writeAll(path, edited));

        const Run verify = cli({s("backup"), s("verify"), path});
        QCOMPARE(verify.exitCode, 5);
        QVERIFY2(oneSentence(verify.err), verify.err.constData());
        const QString target = m_tmp.filePath(s("restored-from-edited"));
        const Run restore = cli({s("backup"), s("restore"), path, s("--to"), target});
        QCOMPARE(restore.exitCode, 5);
        QVERIFY2(oneSentence(restore.err), restore.err.constData());
        QVERIFY(!QDir(target).exists());
    }

    void passwordLeavesTheEnvironment() {
        // The command waits for its key on stdin: while it does, another process of this user (this test)
        // looks at what the kernel shows of its environment.
        QCOMPARE(cli({s("config"), s("ai"), s("--task"), s("notes"), s("--provider"), s("compatible"), s("--base-url"),
                      s("http://127.0.0.1:9/v1"), s("--model"), s("local-model")})
                     .exitCode,
                 0);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"),
                      {s("--vault"), m_vault, s("config"), s("ai"), s("--task"), s("notes"), s("--api-key-stdin")});
        QVERIFY(process.waitForStarted(10000));
        const QString environFile = s("/proc/%1/environ").arg(process.processId());
        const QByteArray password = QByteArray(kPassword);
        // Until the kernel shows the CLI's own environment (its variables, readable to this test at all); then
        // until the password is no longer in it, while the CLI still waits for its key.
        const QByteArray logDir = QByteArray("CLINICDESK_LOG_DIR=") + m_tmp.filePath(s("logs")).toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT(readAll(environFile).contains(logDir), process.readAllStandardError().constData(),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(!readAll(environFile).contains(password), 10000);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY(readAll(environFile).contains(logDir));
        process.write("sk-local-test\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        // It signed in with the password it took out of its environment.
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(storedKey(vaultId(), s("notes")), QByteArray("sk-local-test"));
    }

    void onlyAnAdministratorChangesTheApiKey() {
        QCOMPARE(cli({s("config"), s("ai"), s("--task"), s("notes"), s("--api-key-stdin")}, "sk-clinic-key\n").exitCode,
                 0);
        const Run replaced =
            asDoctor({s("config"), s("ai"), s("--task"), s("notes"), s("--api-key-stdin")}, "sk-doctors-own-key\n");
        QCOMPARE(replaced.exitCode, 6);
        QVERIFY2(oneSentence(replaced.err), replaced.err.constData());
        QVERIFY(replaced.err.contains("administrator"));
        const Run removed = asDoctor({s("config"), s("ai"), s("--task"), s("notes"), s("--remove-key")});
        QCOMPARE(removed.exitCode, 6);
        QVERIFY2(oneSentence(removed.err), removed.err.constData());
        QCOMPARE(storedKey(vaultId(), s("notes")), QByteArray("sk-clinic-key"));

        int denials = 0;
        for (const QJsonValue& v : audit()) {
            const QJsonObject e = v.toObject();
            denials += e.value(s("action")).toString() == s("denied") &&
                       e.value(s("entity")).toString() == s("ai_key") &&
                       e.value(s("entity_id")).toString() == s("notes");
        }
        QCOMPARE(denials, 2);
    }

    void remoteProvidersOnlyOverHttps() {
        const QByteArray before = cli({s("config"), s("ai"), s("--json")}).out;
        const Run refused =
            cli({s("config"), s("ai"), s("--task"), s("transcription"), s("--provider"), s("compatible"),
                 s("--base-url"), s("http://10.0.0.5:8080/v1"), s("--model"), s("whisper-large")});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(oneSentence(refused.err), refused.err.constData());
        QVERIFY(refused.err.contains("https://"));
        QCOMPARE(cli({s("config"), s("ai"), s("--json")}).out, before);

        QCOMPARE(cli({s("config"), s("ai"), s("--task"), s("transcription"), s("--provider"), s("compatible"),
                      s("--base-url"), s("https://10.0.0.5:8443/v1"), s("--model"), s("whisper-large")})
                     .exitCode,
                 0);
        // The settings' audit entry says where requests now go.
        QString detail;
        qint64 newest = -1;
        for (const QJsonValue& v : audit()) {
            const QJsonObject e = v.toObject();
            if (e.value(s("entity")).toString() == s("settings") && e.value(s("seq")).toInteger() > newest) {
                newest = e.value(s("seq")).toInteger();
                detail = e.value(s("detail")).toString();
            }
        }
        QVERIFY2(detail.contains(s("transcription=compatible/whisper-large@10.0.0.5:8443")), qPrintable(detail));
        QVERIFY2(detail.contains(s("notes=compatible/local-model@127.0.0.1:9")), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TstCliUntrusted)

#include "tst_cli_untrusted.moc"
