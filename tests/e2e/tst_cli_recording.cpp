// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// clinicdesk-cli record / recording / audio end to end: the real binary, the
// real vault and the PulseAudio virtual microphone of scripts/test-env
// (CLINICDESK_TEST_AUDIO=1), with espeak-ng speech played into it.
#include "CliRun.h"
#include "SpeechSignal.h"
#include "audio/OggOpusDecoder.h"
#include "audio/OggPages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

using Run = clinicdesk::test::CliRun;

constexpr const char* kPassword = "Tandläkare-2026!";

} // namespace

class TstCliRecording : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;
    QString m_patientId;

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLINICDESK_PASSWORD"), QString::fromUtf8(kPassword));
        env.insert(QStringLiteral("CLINICDESK_NEW_PASSWORD"), QString::fromUtf8(kPassword));
        env.insert(QStringLiteral("CLINICDESK_KDF_PROFILE"), QStringLiteral("minimum"));
        env.insert(QStringLiteral("CLINICDESK_LOG_DIR"), m_tmp.filePath(QStringLiteral("logs")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        return env;
    }

    void startCli(QProcess& process, const QStringList& args) const {
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"), QStringList{QStringLiteral("--vault"), m_vault} + args);
    }

    Run cli(const QStringList& args) const {
        QProcess process;
        startCli(process, args);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QJsonArray recordings() const {
        const Run run = cli({QStringLiteral("recording"), QStringLiteral("list"), QStringLiteral("--json")});
        return QJsonDocument::fromJson(run.out).array();
    }

    QJsonObject recording(const QString& id) const {
        for (const auto& value : recordings()) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id) {
                return value.toObject();
            }
        }
        return {};
    }

    QByteArray exported(const QString& id) const {
        const QString out = m_tmp.filePath(id + QStringLiteral(".ogg"));
        const Run run = cli({QStringLiteral("recording"), QStringLiteral("export"), id, QStringLiteral("--out"), out});
        if (run.exitCode != 0) {
            return {};
        }
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // Starts `record` without a time limit and returns once its recording id is printed.
    QString startRecording(QProcess& process) const {
        startCli(process, {QStringLiteral("record"), QStringLiteral("--patient"), m_patientId});
        if (!process.waitForReadyRead(30000)) {
            return {};
        }
        return QString::fromUtf8(process.readLine()).trimmed();
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("CLINICDESK_TEST_AUDIO") != QLatin1String("1")) {
            QSKIP("no audio device: run under scripts/test-env, which starts a PulseAudio virtual microphone");
        }
        QVERIFY(m_tmp.isValid());
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("anna")}).exitCode, 0);
        const Run patient = cli({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first-name"),
                                 QStringLiteral("Olof"), QStringLiteral("--last-name"), QStringLiteral("Strand")});
        QCOMPARE(patient.exitCode, 0);
        m_patientId = QString::fromUtf8(patient.out).trimmed();
    }

    void listsTheVirtualMicrophone() {
        const Run run = cli({QStringLiteral("audio"), QStringLiteral("devices"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray devices = QJsonDocument::fromJson(run.out).array();
        const auto mic = std::ranges::find_if(devices, [](const QJsonValue& d) {
            return d.toObject().value(QStringLiteral("id")).toString() == QLatin1String("mic");
        });
        QVERIFY2(mic != devices.end(), run.out.constData());
        QCOMPARE((*mic).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Microphone"));
        QVERIFY((*mic).toObject().value(QStringLiteral("default")).toBool());
    }

    void recordsForTheGivenSeconds() {
        const Run run =
            cli({QStringLiteral("record"), QStringLiteral("--patient"), m_patientId, QStringLiteral("--seconds"),
                 QStringLiteral("4"), QStringLiteral("--device"), QStringLiteral("Microphone")});
        QCOMPARE(run.exitCode, 0);
        const QString id = QString::fromUtf8(run.out).trimmed();
        const QJsonObject r = recording(id);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QCOMPARE(r.value(QStringLiteral("patient_id")).toString(), m_patientId);
        QVERIFY(!r.value(QStringLiteral("encounter_id")).toString().isEmpty());
        QCOMPARE(r.value(QStringLiteral("codec")).toString(), QStringLiteral("opus"));
        QVERIFY(qAbs(r.value(QStringLiteral("duration_ms")).toInteger() - 4000) <= 1000);
        const QByteArray ogg = exported(id);
        QCOMPARE(r.value(QStringLiteral("bytes")).toInteger(), ogg.size());
        auto pcm = OggOpusDecoder::decodeAll(ogg);
        QVERIFY(pcm.has_value());
        QVERIFY(qAbs(qint64(pcm->size()) / 48 - 4000) <= 1000);
    }

    void ctrlCStopsCleanly() {
        QProcess process;
        const QString id = startRecording(process);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(recording(id).value(QStringLiteral("duration_ms")).toInteger() >= 2000, 20000);
        ::kill(static_cast<pid_t>(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(recording(id).value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
    }

    void killDashNineLeavesARecoverableRecording() {
        QProcess process;
        const QString id = startRecording(process);
        QVERIFY(!id.isEmpty());
        // About 10 s in, as far as the vault knows:
        QTRY_VERIFY_WITH_TIMEOUT(recording(id).value(QStringLiteral("duration_ms")).toInteger() >= 9500, 30000);
        process.kill(); // SIGKILL: no chance to finish anything
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const Run list = cli({QStringLiteral("recording"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.err.contains("recording recover"), list.err.constData());
        QCOMPARE(recording(id).value(QStringLiteral("state")).toString(), QStringLiteral("recording"));

        const Run recover = cli({QStringLiteral("recording"), QStringLiteral("recover"), QStringLiteral("--json")});
        QCOMPARE(recover.exitCode, 0);
        const QJsonArray recovered = QJsonDocument::fromJson(recover.out).array();
        QCOMPARE(recovered.size(), 1);
        QCOMPARE(recovered.at(0).toObject().value(QStringLiteral("id")).toString(), id);

        const QJsonObject r = recording(id);
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("recovered"));
        QVERIFY2(r.value(QStringLiteral("duration_ms")).toInteger() >= 8000,
                 qPrintable(QString::number(r.value(QStringLiteral("duration_ms")).toInteger())));
        // A proper, playable Ogg Opus file: intact pages to the end, the last one marked end-of-stream.
        const QByteArray ogg = exported(id);
        const auto pages = OggPages::scan(ogg);
        QVERIFY(!pages.empty());
        QCOMPARE(pages.back().offset + pages.back().size, ogg.size());
        QVERIFY(pages.back().flags & OggPages::kEndOfStream);
        auto pcm = OggOpusDecoder::decodeAll(ogg);
        QVERIFY(pcm.has_value());
        QVERIFY(pcm->size() >= size_t(8 * 48000));
        // Recovery is audited, and a second run finds nothing to do.
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(audit.out.contains("recovered"));
        const Run again = cli({QStringLiteral("recording"), QStringLiteral("recover"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(again.out).array().size(), 0);
    }

    void importsSpeechAndRefusesBadFiles() {
        const QString wav = m_tmp.filePath(QStringLiteral("dictation.wav"));
        QVERIFY(speak(QStringLiteral("Follow up in two weeks. Continue the mouth rinse twice a day."), wav));
        const double seconds = readWav(wav).seconds();
        const Run good =
            cli({QStringLiteral("recording"), QStringLiteral("import"), QStringLiteral("--patient"), m_patientId, wav});
        QCOMPARE(good.exitCode, 0);
        const QJsonObject r = recording(QString::fromUtf8(good.out).trimmed());
        QCOMPARE(r.value(QStringLiteral("source")).toString(), QStringLiteral("import"));
        QCOMPARE(r.value(QStringLiteral("state")).toString(), QStringLiteral("complete"));
        QVERIFY(qAbs(r.value(QStringLiteral("duration_ms")).toInteger() - qint64(seconds * 1000)) <= 100);

        QFile source(wav);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const auto write = [this](const QString& name, const QByteArray& data) {
            const QString path = m_tmp.filePath(name);
            QFile f(path);
            [&] { QVERIFY(f.open(QIODevice::WriteOnly)); }();
            f.write(data);
            return path;
        };
        const int before = int(recordings().size());
        const Run audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                               QStringLiteral("--limit"), QStringLiteral("1000")});
        const qsizetype auditBefore = QJsonDocument::fromJson(audit.out).array().size();
        struct Bad {
            QString path;
            int exitCode;
        };
        const QList<Bad> bad = {
            {write(QStringLiteral("notes.mp3"), "These are my notes, not audio.\n"), 4},
            {write(QStringLiteral("empty.wav"), {}), 4},
            {write(QStringLiteral("cut.wav"), bytes.left(bytes.size() / 2)), 4},
            {write(QStringLiteral("noise.ogg"), QByteArray(4096, '\x5a')), 4},
            {m_tmp.filePath(QStringLiteral("missing.flac")), 3},
        };
        for (const Bad& b : bad) {
            const Run run = cli({QStringLiteral("recording"), QStringLiteral("import"), QStringLiteral("--patient"),
                                 m_patientId, b.path});
            QVERIFY2(run.exitCode == b.exitCode,
                     qPrintable(b.path + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.trimmed().startsWith("clinicdesk-cli: ") && !run.err.trimmed().contains('\n'),
                     run.err.constData());
        }
        // Nothing left behind: no recording, no encounter, no audit entry.
        QCOMPARE(int(recordings().size()), before);
        const Run auditAfter = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                                    QStringLiteral("--limit"), QStringLiteral("1000")});
        // Each CLI run signs in and out (two entries); nothing else was written.
        QCOMPARE(QJsonDocument::fromJson(auditAfter.out).array().size(), auditBefore + 2 * (bad.size() + 2) - 2);
    }

    void badArgumentsAreRefused() {
        QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("--patient"), m_patientId, QStringLiteral("--device"),
                      QStringLiteral("No Such Mic"), QStringLiteral("--seconds"), QStringLiteral("1")})
                     .exitCode,
                 3);
        QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("--patient"), m_patientId, QStringLiteral("--seconds"),
                      QStringLiteral("soon")})
                     .exitCode,
                 4);
        QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("--patient"), QStringLiteral("no-such-patient"),
                      QStringLiteral("--seconds"), QStringLiteral("1")})
                     .exitCode,
                 3);
        QCOMPARE(cli({QStringLiteral("record")}).exitCode, 1);
        const QString existing = m_tmp.filePath(QStringLiteral("existing.ogg"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const QString id = recordings().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(cli({QStringLiteral("recording"), QStringLiteral("export"), id, QStringLiteral("--out"), existing})
                     .exitCode,
                 4);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
};

QTEST_GUILESS_MAIN(TstCliRecording)
#include "tst_cli_recording.moc"
