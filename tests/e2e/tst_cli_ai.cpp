// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The AI pipeline end to end through the real clinicdesk-cli: the real vault, the real keychain
// (scripts/test-env), the PulseAudio virtual microphone (CLINICDESK_TEST_AUDIO=1) with espeak-ng
// speech played into it, and the fake OpenAI server as a process of its own (FAKE_OPENAI), so a
// CLI can be killed mid-request and the server taken away and brought back.
#include "CliRun.h"
#include "SpeechSignal.h"
#include "ai/AiKeyStore.h"
#include "keychain/KeychainStore.h"
#include "net/HttpClient.h"
#include "session/VaultSession.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

using Run = clinicdesk::test::CliRun;

constexpr const char* kPassword = "Tandläkare-2026!";
// Distinctive values that must end up only where they belong.
constexpr const char* kApiKey = "sk-test-UNIQUE-7f3a9c2e5b1d4f60a8e7";
constexpr const char* kWrongKey = "sk-wrong-3c5e7a9b1d0f";
const QString kFirstName = QStringLiteral("Zebulonia");
const QString kLastName = QStringLiteral("Quixmarrow");
const QString kNationalId = QStringLiteral("19790314-2839");
const QString kTranscript = QStringLiteral("Zebulonia Quixmarrow reports throbbing pain near the lower left molar "
                                           "since Tuesday and the Vexplorin rinse helps a little");
const QString kVocabulary = QStringLiteral("FDI tooth numbering, gingivitis, Ledermix");
const QString kSpeech =
    QStringLiteral("The pain started on Tuesday near the lower left molar. The rinse helps a little.");

QJsonObject soapNote() {
    return {{QStringLiteral("subjective"), QStringLiteral("Throbbing pain at the lower left molar since Tuesday; the "
                                                          "Vexplorin rinse helps a little.")},
            {QStringLiteral("objective"), QStringLiteral("")},
            {QStringLiteral("assessment"), QStringLiteral("Suspected Mordravex pulpitis.")},
            {QStringLiteral("plan"), QStringLiteral("Recall in two weeks.")}};
}

// What the scripted chat answer holds: the note and its evidence (segment 99 does not exist).
QJsonObject chatAnswer() {
    return {{QStringLiteral("note"), soapNote()},
            {QStringLiteral("evidence"), QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("/subjective")},
                                                                {QStringLiteral("segments"), QJsonArray{1}}},
                                                    QJsonObject{{QStringLiteral("path"), QStringLiteral("/assessment")},
                                                                {QStringLiteral("segments"), QJsonArray{1, 99}}}}}};
}

QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

bool isOneSentenceError(const QByteArray& err) {
    const QByteArray e = err.trimmed();
    return e.startsWith("clinicdesk-cli: ") && !e.contains('\n');
}

} // namespace

class TstCliAi : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_vault;
    QString m_logDir;
    QString m_wav;
    QString m_patientId;
    std::unique_ptr<QProcess> m_fake;
    quint16 m_port = 0;
    HttpClient m_control{HttpClient::Options{{}, QStringLiteral("direct"), "tst_cli_ai"}};
    std::unique_ptr<VaultSession> m_session; // in-process, to count rows the CLI cannot list
    QByteArray m_cliOut;                     // every CLI run's stdout
    QByteArray m_cliErr;                     // and stderr
    QString m_faultEncounter;                // an encounter with a transcript, for note faults
    QString m_draftNoteId;                   // a draft made during the fault tests

    // --- the CLI ---------------------------------------------------------------------------------

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLINICDESK_PASSWORD"), QString::fromUtf8(kPassword));
        env.insert(QStringLiteral("CLINICDESK_NEW_PASSWORD"), QString::fromUtf8(kPassword));
        env.insert(QStringLiteral("CLINICDESK_KDF_PROFILE"), QStringLiteral("minimum"));
        env.insert(QStringLiteral("CLINICDESK_LOG_DIR"), m_logDir);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("clinicdesk.*.debug=true"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.remove(QStringLiteral("CLINICDESK_LOG_STDERR"));
        return env;
    }

    void startCli(QProcess& process, const QStringList& args) const {
        process.setProcessEnvironment(environment());
        process.start(qEnvironmentVariable("CLINICDESK_CLI"), QStringList{QStringLiteral("--vault"), m_vault} + args);
    }

    Run cli(const QStringList& args, const QByteArray& input = {}) {
        QProcess process;
        if (input.isEmpty()) {
            process.setStandardInputFile(QProcess::nullDevice());
        }
        startCli(process, args);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
        m_cliOut += run.out;
        m_cliErr += run.err;
        return run;
    }

    QString cliLine(const QStringList& args, const QByteArray& input = {}) {
        const Run run = cli(args, input);
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed() : QString();
    }

    QJsonArray cliArray(const QStringList& args) { return QJsonDocument::fromJson(cli(args).out).array(); }
    QJsonObject cliObject(const QStringList& args) { return QJsonDocument::fromJson(cli(args).out).object(); }

    QJsonObject job(const QString& id) {
        for (const auto& v : cliArray({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")})) {
            if (str(v.toObject(), "id") == id) {
                return v.toObject();
            }
        }
        return {};
    }

    QList<QJsonObject> jobsFor(const QString& subjectId) {
        QList<QJsonObject> found;
        for (const auto& v : cliArray({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")})) {
            if (str(v.toObject(), "subject_id") == subjectId) {
                found << v.toObject();
            }
        }
        return found;
    }

    QJsonObject recording(const QString& id) {
        for (const auto& v :
             cliArray({QStringLiteral("recording"), QStringLiteral("list"), QStringLiteral("--json")})) {
            if (str(v.toObject(), "id") == id) {
                return v.toObject();
            }
        }
        return {};
    }

    QString importRecording() {
        return cliLine(
            {QStringLiteral("recording"), QStringLiteral("import"), QStringLiteral("--patient"), m_patientId, m_wav});
    }

    Run configureProvider(const QString& task, const QString& model, const QByteArray& key) {
        return cli({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--task"), task,
                    QStringLiteral("--provider"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                    QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port), QStringLiteral("--model"), model,
                    QStringLiteral("--api-key-stdin")},
                   key + '\n');
    }

    Run transcribeWait(const QString& recordingId) {
        return cli({QStringLiteral("transcribe"), recordingId, QStringLiteral("--wait"), QStringLiteral("--timeout"),
                    QStringLiteral("60")});
    }

    Run noteWait(const QString& encounterId) {
        return cli({QStringLiteral("note"), QStringLiteral("generate"), encounterId, QStringLiteral("--template"),
                    QStringLiteral("soap"), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                    QStringLiteral("60")});
    }

    Run jobsRun() { return cli({QStringLiteral("jobs"), QStringLiteral("run")}); }

    // --- rows the CLI does not list, counted in-process --------------------------------------------

    VaultSession* session() {
        if (!m_session) {
            auto s = VaultSession::login(m_vault, {}, SecureBytes::fromUtf8(QString::fromUtf8(kPassword)));
            if (!s) {
                qWarning() << "in-process login failed:" << s.error().detail;
                return nullptr;
            }
            m_session = std::move(*s);
        }
        return m_session.get();
    }

    qint64 count(std::string_view sql, const QString& arg) {
        if (session() == nullptr) {
            return -1;
        }
        auto stmt = m_session->db().prepare(sql);
        if (!stmt) {
            return -1;
        }
        stmt->bindAll(arg);
        auto row = stmt->step();
        return row && *row ? stmt->int64(0) : -1;
    }
    qint64 transcriptsOf(const QString& recordingId) {
        return count("SELECT count(*) FROM transcripts WHERE recording_id = ? AND deleted_at IS NULL", recordingId);
    }
    qint64 notesOf(const QString& encounterId) {
        return count("SELECT count(*) FROM notes WHERE encounter_id = ? AND deleted_at IS NULL", encounterId);
    }

    // --- the fake --------------------------------------------------------------------------------

    bool startFake(quint16 port) {
        m_fake = std::make_unique<QProcess>();
        m_fake->setProgram(qEnvironmentVariable("FAKE_OPENAI"));
        m_fake->setArguments({QStringLiteral("--port"), QString::number(port), QStringLiteral("--api-key"),
                              QString::fromLatin1(kApiKey)});
        m_fake->start();
        if (!m_fake->waitForStarted(10000)) {
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (!m_fake->canReadLine() && m_fake->state() == QProcess::Running && clock.elapsed() < 10000) {
            m_fake->waitForReadyRead(100);
        }
        static const QRegularExpression listening(QStringLiteral("^listening on (\\d+)$"));
        const auto m = listening.match(QString::fromUtf8(m_fake->readLine()).trimmed());
        if (!m.hasMatch()) {
            return false;
        }
        m_port = quint16(m.captured(1).toUInt());
        return true;
    }

    void stopFake() {
        if (!m_fake) {
            return;
        }
        m_fake->terminate();
        if (!m_fake->waitForFinished(5000)) {
            m_fake->kill();
            m_fake->waitForFinished(5000);
        }
        m_fake.reset();
    }

    Result<HttpResponse> control(const QByteArray& method, const QString& what, const QJsonObject& body = {}) {
        HttpRequest request;
        request.method = method;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/_fake/%2").arg(m_port).arg(what));
        if (method == "POST") {
            request.headers.emplaceBack(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        request.timeoutMs = 10'000;
        return m_control.send(request);
    }

    bool post(const QString& what, const QJsonObject& body) {
        auto response = control("POST", what, body);
        return response && response->status == 200;
    }

    bool pushFault(const QString& path, const QString& fault, QJsonObject extra = {}) {
        extra.insert(QStringLiteral("path"), path);
        extra.insert(QStringLiteral("fault"), fault);
        return post(QStringLiteral("fault"), extra);
    }

    // Clears faults and recorded requests, and scripts the transcript and the chat answer again.
    bool resetFake() {
        return post(QStringLiteral("reset"), {}) && post(QStringLiteral("transcript"), {{"text", kTranscript}}) &&
               post(QStringLiteral("chat"), {{"content", chatAnswer()}});
    }

    // The requests the fake received for one endpoint ("audio/transcriptions", "chat/completions").
    QList<QJsonObject> received(const QString& endpoint) {
        QList<QJsonObject> list;
        auto response = control("GET", QStringLiteral("requests"));
        if (!response) {
            return list;
        }
        for (const auto& v : QJsonDocument::fromJson(response->body).array()) {
            if (str(v.toObject(), "path") == QStringLiteral("/v1/") + endpoint) {
                list << v.toObject();
            }
        }
        return list;
    }

    QList<int> statuses(const QString& endpoint) {
        QList<int> list;
        for (const QJsonObject& r : received(endpoint)) {
            list << r.value(QStringLiteral("status")).toInt();
        }
        return list;
    }

    // Every file below `dir` whose bytes contain `needle`.
    static QStringList filesContaining(const QString& dir, const QByteArray& needle) {
        QStringList hits;
        if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
            return hits;
        }
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (QFileInfo(path).size() < 200'000'000 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle)) {
                hits << path;
            }
        }
        return hits;
    }

    QByteArray logs() const {
        QByteArray all;
        QDirIterator it(m_logDir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly)) {
                all += f.readAll();
            }
        }
        return all;
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("CLINICDESK_TEST_KEYCHAIN") != QLatin1String("1")) {
            QSKIP("no keychain: run under scripts/test-env, which starts a Secret Service");
        }
        QVERIFY2(QFileInfo(qEnvironmentVariable("FAKE_OPENAI")).isExecutable(), "FAKE_OPENAI is not set");
        QVERIFY2(QFileInfo(qEnvironmentVariable("CLINICDESK_CLI")).isExecutable(), "CLINICDESK_CLI is not set");
        QVERIFY(m_tmp.isValid());
        m_vault = m_tmp.filePath(QStringLiteral("vault"));
        m_logDir = m_tmp.filePath(QStringLiteral("logs"));
        m_wav = m_tmp.filePath(QStringLiteral("speech.wav"));
        QVERIFY(speak(kSpeech, m_wav));
        QVERIFY(startFake(0));
        QVERIFY(resetFake());

        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("anna"),
                      QStringLiteral("--display-name"), QStringLiteral("Anna Lind"), QStringLiteral("--profession"),
                      QStringLiteral("dentist")})
                     .exitCode,
                 0);
        m_patientId =
            cliLine({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--first-name"), kFirstName,
                     QStringLiteral("--last-name"), kLastName, QStringLiteral("--national-id"), kNationalId});
        QVERIFY(!m_patientId.isEmpty());
        QCOMPARE(configureProvider(QStringLiteral("transcription"), QStringLiteral("whisper-1"), kApiKey).exitCode, 0);
        QCOMPARE(configureProvider(QStringLiteral("notes"), QStringLiteral("gpt-4o-mini"), kApiKey).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--language"),
                      QStringLiteral("sv"), QStringLiteral("--vocabulary"), kVocabulary})
                     .exitCode,
                 0);
    }

    void cleanupTestCase() {
        if (m_session) {
            m_session->logout();
            m_session.reset();
        }
        stopFake();
    }

    // Virtual-microphone recording -> transcription -> SOAP note -> sign -> PDF, with the requests the fake
    // received checked field by field.
    void recordTranscribeWriteSignExport() {
        if (qEnvironmentVariable("CLINICDESK_TEST_AUDIO") != QLatin1String("1")) {
            QSKIP("no audio device: run under scripts/test-env, which starts a PulseAudio virtual microphone");
        }
        QVERIFY(resetFake());
        QProcess record;
        record.setStandardInputFile(QProcess::nullDevice());
        startCli(record,
                 {QStringLiteral("record"), QStringLiteral("--patient"), m_patientId, QStringLiteral("--seconds"),
                  QStringLiteral("6"), QStringLiteral("--consent"), QStringLiteral("verbal")});
        QVERIFY(record.waitForReadyRead(30000));
        const QString recordingId = QString::fromUtf8(record.readLine()).trimmed();
        QVERIFY(!recordingId.isEmpty());
        QProcess play; // espeak-ng's speech into the room, in real time, while `record` listens
        play.start(QStringLiteral("paplay"), {QStringLiteral("--device=room"), m_wav});
        QVERIFY(play.waitForFinished(20000));
        QCOMPARE(play.exitCode(), 0);
        QVERIFY(record.waitForFinished(30000));
        QCOMPARE(record.exitCode(), 0);

        const QJsonObject rec = recording(recordingId);
        QCOMPARE(str(rec, "state"), QStringLiteral("complete"));
        const qint64 durationMs = rec.value(QStringLiteral("duration_ms")).toInteger();
        const qint64 bytes = rec.value(QStringLiteral("bytes")).toInteger();
        const QString encounterId = str(rec, "encounter_id");
        QVERIFY(qAbs(durationMs - 6000) <= 1000);
        const QString exported = m_tmp.filePath(QStringLiteral("consultation.ogg"));
        QCOMPARE(
            cli({QStringLiteral("recording"), QStringLiteral("export"), recordingId, QStringLiteral("--out"), exported})
                .exitCode,
            0);
        QFile ogg(exported);
        QVERIFY(ogg.open(QIODevice::ReadOnly));
        const QByteArray oggSha = QCryptographicHash::hash(ogg.readAll(), QCryptographicHash::Sha256).toHex();

        // Transcription.
        const Run transcribed = transcribeWait(recordingId);
        QVERIFY2(transcribed.exitCode == 0, transcribed.err.constData());
        const QString transcriptId = QString::fromUtf8(transcribed.out).trimmed();
        QVERIFY(!transcriptId.isEmpty());
        const QJsonObject transcript =
            cliObject({QStringLiteral("transcript"), QStringLiteral("show"), recordingId, QStringLiteral("--json")});
        QCOMPARE(str(transcript, "id"), transcriptId);
        QCOMPARE(str(transcript, "recording_id"), recordingId);
        QCOMPARE(str(transcript, "text"), kTranscript);
        QCOMPARE(str(transcript, "model"), QStringLiteral("whisper-1"));
        QCOMPARE(str(transcript, "language"), QStringLiteral("sv"));
        const QJsonArray segments = transcript.value(QStringLiteral("segments")).toArray();
        QVERIFY(!segments.isEmpty());
        QStringList segmentTexts;
        for (const auto& v : segments) {
            const QJsonObject s = v.toObject();
            const qint64 start = s.value(QStringLiteral("start_ms")).toInteger();
            const qint64 end = s.value(QStringLiteral("end_ms")).toInteger();
            QVERIFY2(start >= 0 && start < end && end <= durationMs + 100,
                     qPrintable(QStringLiteral("%1-%2 of %3").arg(start).arg(end).arg(durationMs)));
            segmentTexts << str(s, "text");
        }
        QCOMPARE(segmentTexts.join(QLatin1Char(' ')), kTranscript);
        // The speech began after the capture did, and ended before the recording.
        QVERIFY(segments.first().toObject().value(QStringLiteral("start_ms")).toInteger() > 0);

        // The note.
        const Run generated = noteWait(encounterId);
        QVERIFY2(generated.exitCode == 0, generated.err.constData());
        const QString noteId = QString::fromUtf8(generated.out).trimmed();
        QVERIFY(!noteId.isEmpty());
        const QStringList showArgs{QStringLiteral("note"), QStringLiteral("show"), noteId, QStringLiteral("--json")};
        const QJsonObject draft = cliObject(showArgs);
        QCOMPARE(str(draft, "id"), noteId);
        QCOMPARE(str(draft, "encounter_id"), encounterId);
        QCOMPARE(str(draft, "patient_id"), m_patientId);
        QCOMPARE(str(draft, "template"), QStringLiteral("soap"));
        QCOMPARE(str(draft, "status"), QStringLiteral("draft"));
        QCOMPARE(str(draft, "transcript_id"), transcriptId);
        QCOMPARE(draft.value(QStringLiteral("content")).toObject(), soapNote());
        QVERIFY(draft.value(QStringLiteral("content_hash")).isNull());
        const QJsonArray statements =
            draft.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("statements")).toArray();
        QCOMPARE(statements.size(), 2);
        const QJsonObject first = segments.first().toObject();
        for (const auto& v : statements) {
            const QJsonArray cited = v.toObject().value(QStringLiteral("segments")).toArray();
            QCOMPARE(cited.size(), 1); // segment 99 does not exist and is not evidence
            const QJsonObject c = cited.first().toObject();
            QCOMPARE(str(c, "transcript"), transcriptId);
            QCOMPARE(c.value(QStringLiteral("index")).toInt(), first.value(QStringLiteral("index")).toInt());
            QCOMPARE(c.value(QStringLiteral("start_ms")).toInteger(),
                     first.value(QStringLiteral("start_ms")).toInteger());
            QCOMPARE(c.value(QStringLiteral("end_ms")).toInteger(), first.value(QStringLiteral("end_ms")).toInteger());
        }
        QCOMPARE(str(statements.at(0).toObject(), "path"), QStringLiteral("/subjective"));
        QCOMPARE(str(statements.at(1).toObject(), "path"), QStringLiteral("/assessment"));

        // Sign, then export.
        const Run signedRun = cli({QStringLiteral("note"), QStringLiteral("sign"), noteId});
        QCOMPARE(signedRun.exitCode, 0);
        const QJsonObject signedNote = cliObject(showArgs);
        QCOMPARE(str(signedNote, "status"), QStringLiteral("signed"));
        const QString hash = str(signedNote, "content_hash");
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch(), qPrintable(hash));
        QVERIFY(signedRun.out.contains(hash.toLatin1()));
        QVERIFY(!signedNote.value(QStringLiteral("signed_by")).isNull());
        QCOMPARE(signedNote.value(QStringLiteral("content")).toObject(), soapNote());
        const Run again = cli({QStringLiteral("note"), QStringLiteral("sign"), noteId});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(isOneSentenceError(again.err), again.err.constData());

        const QString pdf = m_tmp.filePath(QStringLiteral("note.pdf"));
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("export"), noteId, QStringLiteral("--pdf"), pdf}).exitCode,
                 0);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(20000));
            const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            QVERIFY2(body.contains(QStringLiteral("Suspected Mordravex pulpitis.")), qPrintable(body));
            QVERIFY2(body.contains(QStringLiteral("Recall in two weeks.")), qPrintable(body));
            QVERIFY2(QString(body).remove(QLatin1Char(' ')).contains(hash), qPrintable(body));
        }

        // What the fake received, field by field.
        const QList<QJsonObject> transcriptions = received(QStringLiteral("audio/transcriptions"));
        QCOMPARE(transcriptions.size(), 1);
        const QJsonObject t = transcriptions.first();
        const QJsonObject fields = t.value(QStringLiteral("fields")).toObject();
        QCOMPARE(str(t, "method"), QStringLiteral("POST"));
        QCOMPARE(str(t.value(QStringLiteral("headers")).toObject(), "authorization"),
                 QStringLiteral("Bearer ") + QString::fromLatin1(kApiKey));
        QCOMPARE(str(fields, "model"), QStringLiteral("whisper-1"));
        QCOMPARE(str(fields, "response_format"), QStringLiteral("verbose_json"));
        QCOMPARE(str(fields, "timestamp_granularities[]"), QStringLiteral("segment"));
        QCOMPARE(str(fields, "language"), QStringLiteral("sv"));
        QCOMPARE(str(fields, "prompt"), kVocabulary);
        QCOMPARE(str(t, "fileField"), QStringLiteral("file"));
        QVERIFY2(str(t, "fileName").endsWith(QLatin1String(".ogg")), qPrintable(str(t, "fileName")));
        QCOMPARE(str(t, "fileContentType"), QStringLiteral("audio/ogg"));
        QCOMPARE(t.value(QStringLiteral("fileBytes")).toInteger(), bytes);
        QCOMPARE(str(t, "fileSha256").toLatin1(), oggSha);
        QVERIFY2(qAbs(t.value(QStringLiteral("fileDurationSeconds")).toDouble() * 1000 - double(durationMs)) <= 250,
                 qPrintable(QString::number(t.value(QStringLiteral("fileDurationSeconds")).toDouble())));
        QCOMPARE(t.value(QStringLiteral("status")).toInt(), 200);

        const QList<QJsonObject> chats = received(QStringLiteral("chat/completions"));
        QCOMPARE(chats.size(), 1);
        const QJsonObject c = chats.first();
        const QJsonObject body = c.value(QStringLiteral("json")).toObject();
        QCOMPARE(str(c, "method"), QStringLiteral("POST"));
        QCOMPARE(str(c.value(QStringLiteral("headers")).toObject(), "authorization"),
                 QStringLiteral("Bearer ") + QString::fromLatin1(kApiKey));
        QCOMPARE(str(body, "model"), QStringLiteral("gpt-4o-mini"));
        const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(str(messages.at(0).toObject(), "role"), QStringLiteral("system"));
        QVERIFY(!str(messages.at(0).toObject(), "content").isEmpty());
        QCOMPARE(str(messages.at(1).toObject(), "role"), QStringLiteral("user"));
        for (const QString& segmentText : segmentTexts) {
            QVERIFY2(str(messages.at(1).toObject(), "content").contains(segmentText), qPrintable(segmentText));
        }
        const QJsonObject format = body.value(QStringLiteral("response_format")).toObject();
        QCOMPARE(str(format, "type"), QStringLiteral("json_schema"));
        const QJsonObject schema = format.value(QStringLiteral("json_schema")).toObject();
        QCOMPARE(schema.value(QStringLiteral("strict")).toBool(), true);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9_-]{1,64}$")).match(str(schema, "name")).hasMatch());
        QCOMPARE(str(schema, "name"), QStringLiteral("clinical_note_soap"));
        QVERIFY(schema.value(QStringLiteral("schema"))
                    .toObject()
                    .value(QStringLiteral("properties"))
                    .toObject()
                    .contains(QStringLiteral("note")));
        QCOMPARE(c.value(QStringLiteral("status")).toInt(), 200);

        // Metered: usage per model, and the egress log per request.
        bool whisper = false;
        bool chat = false;
        for (const auto& v : cliArray({QStringLiteral("usage"), QStringLiteral("--json")})) {
            const QJsonObject u = v.toObject();
            whisper |= str(u, "model") == QLatin1String("whisper-1") &&
                       u.value(QStringLiteral("audio_seconds")).toDouble() > 3 &&
                       u.value(QStringLiteral("requests")).toInt() >= 1;
            chat |=
                str(u, "model") == QLatin1String("gpt-4o-mini") && u.value(QStringLiteral("input_tokens")).toInt() > 0;
        }
        QVERIFY(whisper);
        QVERIFY(chat);
        QStringList purposes;
        for (const auto& v : cliArray({QStringLiteral("egress"), QStringLiteral("list"), QStringLiteral("--json")})) {
            const QJsonObject e = v.toObject();
            QCOMPARE(str(e, "host"), QStringLiteral("127.0.0.1:%1").arg(m_port));
            if (e.value(QStringLiteral("http_status")).toInt() == 200) {
                purposes << str(e, "purpose");
            }
        }
        QVERIFY2(purposes.contains(QStringLiteral("transcription")) && purposes.contains(QStringLiteral("notes")),
                 qPrintable(purposes.join(QLatin1Char(','))));
    }

    // Every fault ends in the right state, and a job that ends done made exactly one transcript or note.
    void transcriptionFaultsEndInTheRightState() {
        struct Case {
            QString fault;
            QJsonObject extra;
            int times;     // how many requests in a row get the fault (the client retries twice in a call)
            QString state; // after `transcribe --wait` (done, needs_user, failed) or `jobs run` (waiting_retry)
            QString reason;
            QList<int> statuses; // what the fake answered, in order (0: no answer)
        };
        const QList<Case> cases{
            {QStringLiteral("rate_limit"), {{"retry_after_ms", 300}}, 1, QStringLiteral("done"), {}, {429, 200}},
            {QStringLiteral("rate_limit"),
             {{"retry_after_ms", 120000}},
             1,
             QStringLiteral("waiting_retry"),
             QStringLiteral("rate limit"),
             {429}},
            {QStringLiteral("unavailable"),
             {},
             3,
             QStringLiteral("waiting_retry"),
             QStringLiteral("HTTP 503"),
             {503, 503, 503}},
            {QStringLiteral("unauthorized"),
             {},
             1,
             QStringLiteral("needs_user"),
             QStringLiteral("The API key was refused"),
             {401}},
            {QStringLiteral("insufficient_quota"),
             {},
             1,
             QStringLiteral("needs_user"),
             QStringLiteral("run out of credit"),
             {429}},
            {QStringLiteral("drop"), {}, 1, QStringLiteral("done"), {}, {0, 200}},
            {QStringLiteral("drop"), {}, 3, QStringLiteral("waiting_retry"), QStringLiteral("connection"), {0, 0, 0}},
            {QStringLiteral("malformed"), {}, 1, QStringLiteral("failed"), QStringLiteral("not valid JSON"), {200}},
        };
        for (const Case& c : cases) {
            const QString what = QStringLiteral("%1 x%2").arg(c.fault).arg(c.times);
            QVERIFY(resetFake());
            const QString recordingId = importRecording();
            QVERIFY2(!recordingId.isEmpty(), qPrintable(what));
            for (int i = 0; i < c.times; ++i) {
                QVERIFY(pushFault(QStringLiteral("audio/transcriptions"), c.fault, c.extra));
            }
            QString jobId;
            const QDateTime started = QDateTime::currentDateTime().addSecs(-1); // next_attempt_at has whole seconds
            if (c.state == QLatin1String("waiting_retry")) {
                jobId = cliLine({QStringLiteral("transcribe"), recordingId});
                QVERIFY2(!jobId.isEmpty(), qPrintable(what));
                QCOMPARE(jobsRun().exitCode, 0);
            } else {
                const Run run = transcribeWait(recordingId);
                if (c.state == QLatin1String("done")) {
                    QVERIFY2(run.exitCode == 0, qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(run.err)));
                } else {
                    QVERIFY2(run.exitCode == 8, qPrintable(what + QStringLiteral(": ") + QString::fromUtf8(run.err)));
                    QVERIFY2(isOneSentenceError(run.err) && run.err.contains(c.reason.toUtf8()), run.err.constData());
                }
                const QList<QJsonObject> jobs = jobsFor(recordingId);
                QCOMPARE(jobs.size(), 1);
                jobId = str(jobs.first(), "id");
            }
            const QJsonObject j = job(jobId);
            QVERIFY2(str(j, "state") == c.state, qPrintable(what + QStringLiteral(": ") + str(j, "state")));
            QCOMPARE(str(j, "kind"), QStringLiteral("transcribe"));
            QCOMPARE(j.value(QStringLiteral("attempts")).toInt(), 1);
            QVERIFY2(c.reason.isEmpty() ? j.value(QStringLiteral("last_error")).isNull()
                                        : str(j, "last_error").contains(c.reason),
                     qPrintable(what + QStringLiteral(": ") + str(j, "last_error")));
            QVERIFY2(statuses(QStringLiteral("audio/transcriptions")) == c.statuses, qPrintable(what));
            QCOMPARE(transcriptsOf(recordingId), c.state == QLatin1String("done") ? 1 : 0);
            if (c.state == QLatin1String("done")) {
                QCOMPARE(str(j, "result_id"), str(cliObject({QStringLiteral("transcript"), QStringLiteral("show"),
                                                             recordingId, QStringLiteral("--json")}),
                                                  "id"));
                m_faultEncounter = str(recording(recordingId), "encounter_id");
            }
            if (c.state == QLatin1String("waiting_retry")) {
                const QDateTime next = QDateTime::fromString(str(j, "next_attempt_at"), Qt::ISODate);
                QVERIFY(next.isValid());
                // Retry-After (120 s) is honoured over the backoff (5 s at most for a first attempt).
                const qint64 wait = started.secsTo(next);
                if (c.extra.contains(QStringLiteral("retry_after_ms"))) {
                    QVERIFY2(wait >= 115, qPrintable(QString::number(wait)));
                } else {
                    QVERIFY2(wait >= 1 && wait <= 6 + started.secsTo(QDateTime::currentDateTime()),
                             qPrintable(QString::number(wait)));
                }
            }
            if (c.state != QLatin1String("done") && c.state != QLatin1String("failed")) {
                // The user (or the time) retries: the job completes once, with one transcript.
                QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("retry"), jobId}).exitCode, 0);
                QCOMPARE(jobsRun().exitCode, 0);
                QCOMPARE(str(job(jobId), "state"), QStringLiteral("done"));
                QCOMPARE(transcriptsOf(recordingId), 1);
                QCOMPARE(jobsFor(recordingId).size(), 1);
            }
        }
    }

    void slowAnswerPastTheTimeoutIsRetried() {
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--timeout-seconds"),
                      QStringLiteral("5")})
                     .exitCode,
                 0);
        QVERIFY(resetFake());
        const QString recordingId = importRecording();
        QVERIFY(pushFault(QStringLiteral("audio/transcriptions"), QStringLiteral("slow"), {{"delay_ms", 9000}}));
        QElapsedTimer clock;
        clock.start();
        const Run run = transcribeWait(recordingId);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(clock.elapsed() >= 5000); // it waited for the timeout, then asked again
        QCOMPARE(received(QStringLiteral("audio/transcriptions")).size(), 2);
        QCOMPARE(transcriptsOf(recordingId), 1);
        const QList<QJsonObject> jobs = jobsFor(recordingId);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(str(jobs.first(), "state"), QStringLiteral("done"));
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--timeout-seconds"),
                      QStringLiteral("300")})
                     .exitCode,
                 0);
        QCOMPARE(cliObject({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--show"),
                            QStringLiteral("--json")})
                     .value(QStringLiteral("requestTimeoutSeconds"))
                     .toInt(),
                 300);
    }

    void noteFaultsEndInTheRightState() {
        QVERIFY2(!m_faultEncounter.isEmpty(), "needs an encounter with a transcript");
        const QString enc = m_faultEncounter;
        struct Case {
            QString fault;
            QString reason;
        };
        for (const Case& c : {Case{QStringLiteral("length"), QStringLiteral("cut off")},
                              Case{QStringLiteral("refusal"), QStringLiteral("refused")},
                              Case{QStringLiteral("malformed"), QStringLiteral("not valid JSON")}}) {
            QVERIFY(resetFake());
            const qint64 before = notesOf(enc);
            QVERIFY(pushFault(QStringLiteral("chat/completions"), c.fault));
            const Run run = noteWait(enc);
            QVERIFY2(run.exitCode == 8, qPrintable(c.fault + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(isOneSentenceError(run.err) && run.err.contains(c.reason.toUtf8()), run.err.constData());
            const QList<QJsonObject> jobs = jobsFor(enc);
            QVERIFY(!jobs.isEmpty());
            const QJsonObject j = jobs.first(); // newest first
            QCOMPARE(str(j, "kind"), QStringLiteral("note"));
            QCOMPARE(str(j, "state"), QStringLiteral("failed"));
            QVERIFY2(str(j, "last_error").contains(c.reason), qPrintable(str(j, "last_error")));
            QCOMPARE(received(QStringLiteral("chat/completions")).size(), 1); // never retried
            QCOMPARE(notesOf(enc), before);
        }

        // A 503 once: retried within the call, one note.
        QVERIFY(resetFake());
        qint64 before = notesOf(enc);
        QVERIFY(pushFault(QStringLiteral("chat/completions"), QStringLiteral("unavailable")));
        Run run = noteWait(enc);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(statuses(QStringLiteral("chat/completions")), (QList<int>{503, 200}));
        QCOMPARE(notesOf(enc), before + 1);

        // A wrong key: needs_user; the user enters the right one and retries: one note.
        QCOMPARE(configureProvider(QStringLiteral("notes"), QStringLiteral("gpt-4o-mini"), kWrongKey).exitCode, 0);
        QVERIFY(resetFake());
        before = notesOf(enc);
        run = noteWait(enc);
        QCOMPARE(run.exitCode, 8);
        QVERIFY2(run.err.contains("The API key was refused"), run.err.constData());
        const QString jobId = str(jobsFor(enc).first(), "id");
        QCOMPARE(str(job(jobId), "state"), QStringLiteral("needs_user"));
        QCOMPARE(str(received(QStringLiteral("chat/completions")).first().value(QStringLiteral("headers")).toObject(),
                     "authorization"),
                 QStringLiteral("Bearer ") + QString::fromLatin1(kWrongKey));
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--task"), QStringLiteral("notes"),
                      QStringLiteral("--api-key-stdin")},
                     QByteArray(kApiKey) + '\n')
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("retry"), jobId}).exitCode, 0);
        QCOMPARE(jobsRun().exitCode, 0);
        const QJsonObject done = job(jobId);
        QCOMPARE(str(done, "state"), QStringLiteral("done"));
        QCOMPARE(notesOf(enc), before + 1);
        m_draftNoteId = str(done, "result_id");
        QCOMPARE(
            str(cliObject({QStringLiteral("note"), QStringLiteral("show"), m_draftNoteId, QStringLiteral("--json")}),
                "status"),
            QStringLiteral("draft"));
    }

    void cancelledJobSendsNothing() {
        QVERIFY(resetFake());
        const QString recordingId = importRecording();
        const QString jobId = cliLine({QStringLiteral("transcribe"), recordingId});
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(str(job(jobId), "state"), QStringLiteral("queued"));
        // Asking again returns the pending job, not a second one.
        QCOMPARE(cliLine({QStringLiteral("transcribe"), recordingId}), jobId);
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("cancel"), jobId}).exitCode, 0);
        QCOMPARE(str(job(jobId), "state"), QStringLiteral("cancelled"));
        QCOMPARE(jobsRun().exitCode, 0);
        QCOMPARE(str(job(jobId), "state"), QStringLiteral("cancelled"));
        QCOMPARE(received(QStringLiteral("audio/transcriptions")).size(), 0);
        QCOMPARE(transcriptsOf(recordingId), 0);
    }

    // kill -9 of the runner while the provider holds the request: the next runner takes the job over
    // and it ends with exactly one transcript.
    void killedRunnerLeavesNoDuplicate() {
        QVERIFY(resetFake());
        const QString recordingId = importRecording();
        const QString jobId = cliLine({QStringLiteral("transcribe"), recordingId});
        QVERIFY(!jobId.isEmpty());
        QVERIFY(pushFault(QStringLiteral("audio/transcriptions"), QStringLiteral("hang")));
        QProcess runner;
        runner.setStandardInputFile(QProcess::nullDevice());
        startCli(runner, {QStringLiteral("jobs"), QStringLiteral("run")});
        QTRY_COMPARE_WITH_TIMEOUT(received(QStringLiteral("audio/transcriptions")).size(), 1, 30000);
        QCOMPARE(runner.state(), QProcess::Running);
        runner.kill(); // SIGKILL, mid-request
        QVERIFY(runner.waitForFinished(10000));
        QCOMPARE(runner.exitStatus(), QProcess::CrashExit);
        QCOMPARE(str(job(jobId), "state"), QStringLiteral("running")); // as the dead runner left it

        QVERIFY(resetFake());
        QCOMPARE(jobsRun().exitCode, 0);
        const QJsonObject j = job(jobId);
        QCOMPARE(str(j, "state"), QStringLiteral("done"));
        QCOMPARE(j.value(QStringLiteral("attempts")).toInt(), 2);
        QCOMPARE(statuses(QStringLiteral("audio/transcriptions")), (QList<int>{200}));
        QCOMPARE(transcriptsOf(recordingId), 1);
        QCOMPARE(jobsFor(recordingId).size(), 1);
        const QJsonObject t =
            cliObject({QStringLiteral("transcript"), QStringLiteral("show"), recordingId, QStringLiteral("--json")});
        QCOMPARE(str(t, "job_id"), jobId);
        QCOMPARE(str(t, "id"), str(j, "result_id"));
    }

    // `--wait` for a job that another runner (the app, or another `jobs run`) holds: it returns as soon as
    // that runner is done, with its result, and nothing is sent twice.
    void waitsForAJobAnotherRunnerHolds() {
        QVERIFY(resetFake());
        const QString recordingId = importRecording();
        const QString jobId = cliLine({QStringLiteral("transcribe"), recordingId});
        QVERIFY(!jobId.isEmpty());
        QVERIFY(pushFault(QStringLiteral("audio/transcriptions"), QStringLiteral("slow"), {{"delay_ms", 3000}}));
        QProcess other;
        other.setStandardInputFile(QProcess::nullDevice());
        startCli(other, {QStringLiteral("jobs"), QStringLiteral("run")});
        QTRY_COMPARE_WITH_TIMEOUT(received(QStringLiteral("audio/transcriptions")).size(), 1, 30000);
        QElapsedTimer clock;
        clock.start();
        const Run waited = cli({QStringLiteral("transcribe"), recordingId, QStringLiteral("--wait"),
                                QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(waited.exitCode == 0, waited.err.constData());
        QVERIFY2(clock.elapsed() < 15000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        const QJsonObject j = job(jobId);
        QCOMPARE(str(j, "state"), QStringLiteral("done"));
        QCOMPARE(QString::fromUtf8(waited.out).trimmed(), str(j, "result_id"));
        QCOMPARE(received(QStringLiteral("audio/transcriptions")).size(), 1);
        QCOMPARE(transcriptsOf(recordingId), 1);
        QCOMPARE(jobsFor(recordingId).size(), 1);
    }

    // A job queued while the provider cannot be reached waits (offline is not an error) and runs by
    // itself once the provider is back.
    void offlineJobRunsWhenTheProviderIsBack() {
        const quint16 port = m_port;
        const QString recordingId = importRecording();
        stopFake();
        const QString jobId = cliLine({QStringLiteral("transcribe"), recordingId});
        QVERIFY(!jobId.isEmpty());
        QCOMPARE(jobsRun().exitCode, 0);
        QJsonObject j = job(jobId);
        QCOMPARE(str(j, "state"), QStringLiteral("waiting_retry"));
        QVERIFY2(str(j, "last_error").contains(QStringLiteral("Could not connect to 127.0.0.1")),
                 qPrintable(str(j, "last_error")));

        QVERIFY(startFake(port));
        QCOMPARE(m_port, port);
        QVERIFY(resetFake());
        QElapsedTimer clock;
        clock.start();
        const Run run = transcribeWait(recordingId); // the same pending job, waited for
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(clock.elapsed() < 60000);
        j = job(jobId);
        QCOMPARE(str(j, "state"), QStringLiteral("done"));
        QCOMPARE(QString::fromUtf8(run.out).trimmed(), str(j, "result_id"));
        QCOMPARE(jobsFor(recordingId).size(), 1);
        QCOMPARE(transcriptsOf(recordingId), 1);
        QCOMPARE(received(QStringLiteral("audio/transcriptions")).size(), 1);
    }

    void badInputIsRefused() {
        // Refused with `code` and a one-sentence error.
        const auto refused = [this](const QStringList& args, int code) {
            const Run run = cli(args);
            if (run.exitCode != code || !isOneSentenceError(run.err)) {
                qWarning().noquote() << args.join(QLatin1Char(' ')) << "exited" << run.exitCode << run.err;
                return false;
            }
            return true;
        };
        const QJsonObject settingsBefore = cliObject(
            {QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--show"), QStringLiteral("--json")});
        QVERIFY(refused({QStringLiteral("transcribe"), QStringLiteral("no-such-recording")}, 3));
        QVERIFY(!m_faultEncounter.isEmpty());
        const Run tmpl = cli({QStringLiteral("note"), QStringLiteral("generate"), m_faultEncounter,
                              QStringLiteral("--template"), QStringLiteral("nope")});
        QCOMPARE(tmpl.exitCode, 3);
        QVERIFY2(isOneSentenceError(tmpl.err) && tmpl.err.contains("soap") && tmpl.err.contains("dental-exam"),
                 tmpl.err.constData());
        QVERIFY(refused({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--task"),
                         QStringLiteral("transcription"), QStringLiteral("--provider"), QStringLiteral("nope")},
                        4));
        QVERIFY(refused({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--task"),
                         QStringLiteral("transcription"), QStringLiteral("--provider"), QStringLiteral("openai"),
                         QStringLiteral("--model"), QStringLiteral("whisper-1"), QStringLiteral("--base-url"),
                         QStringLiteral("notaurl")},
                        4));
        QVERIFY(refused(
            {QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--timeout-seconds"), QStringLiteral("1")},
            4));
        QCOMPARE(cliObject({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--show"),
                            QStringLiteral("--json")}),
                 settingsBefore);
        QVERIFY(refused({QStringLiteral("usage"), QStringLiteral("--month"), QStringLiteral("2026-13")}, 4));

        QVERIFY(!m_draftNoteId.isEmpty());
        const QString existing = m_tmp.filePath(QStringLiteral("existing.pdf"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        QVERIFY(refused(
            {QStringLiteral("note"), QStringLiteral("export"), m_draftNoteId, QStringLiteral("--pdf"), existing}, 4));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
        QCOMPARE(cli({QStringLiteral("note"), QStringLiteral("sign"), m_draftNoteId}).exitCode, 0);
        QVERIFY(refused({QStringLiteral("note"), QStringLiteral("sign"), m_draftNoteId}, 4));
    }

    // After everything above: the API key is in the keychain and nowhere else.
    void apiKeyIsOnlyInTheKeychain() {
        const QByteArray key(kApiKey);
        const Run shown =
            cli({QStringLiteral("config"), QStringLiteral("ai"), QStringLiteral("--show"), QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(!shown.out.contains(key));
        QVERIFY(!m_cliOut.contains(key));
        QVERIFY(!m_cliErr.contains(key));
        QVERIFY(!m_cliOut.contains(kWrongKey) && !m_cliErr.contains(kWrongKey));
        QStringList dirs{m_tmp.path(), m_vault, m_logDir, QDir::home().filePath(QStringLiteral(".config")),
                         QDir::home().filePath(QStringLiteral(".local"))};
        for (const char* var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            dirs << qEnvironmentVariable(var);
        }
        for (const QString& dir : dirs) {
            for (const QByteArray& secret : {key, QByteArray(kWrongKey)}) {
                const QStringList hits = filesContaining(dir, secret);
                QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
            }
        }
        QVERIFY(!logs().isEmpty());

        // And the keychain has it, under this vault.
        VaultSession* vault = session();
        QVERIFY(vault != nullptr);
        KeychainStore keychain;
        AiKeyStore keys(keychain, vault->vault().vaultId());
        for (const QString& slot : {QStringLiteral("transcription"), QStringLiteral("notes")}) {
            auto stored = keys.read(slot);
            QVERIFY2(stored.has_value(), qPrintable(slot));
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(stored->span().data()),
                                static_cast<qsizetype>(stored->span().size())),
                     key);
        }
    }

    // With debug logging on, nothing of the patient, the transcript or the note reached a log or stderr.
    void logsHoldNoPatientData() {
        const QByteArray log = logs();
        // The log is really there, at debug level, and covers the AI work.
        QVERIFY(log.contains("audio/transcriptions"));
        QVERIFY(log.contains("chat/completions"));
        QVERIFY(log.contains("running job"));
        QVERIFY(m_cliOut.contains(kTranscript.toUtf8())); // it was shown where asked for (transcript show)
        const QList<QByteArray> secrets{kFirstName.toUtf8(),
                                        kLastName.toUtf8(),
                                        kNationalId.toUtf8(),
                                        QString(kNationalId).remove(QLatin1Char('-')).toUtf8(),
                                        kNationalId.mid(2).toUtf8(),
                                        "Vexplorin",
                                        "throbbing",
                                        "Mordravex",
                                        "Recall in two weeks"};
        for (const QByteArray& secret : secrets) {
            QVERIFY2(!log.contains(secret), secret.constData());
            QVERIFY2(!m_cliErr.contains(secret), secret.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TstCliAi)
#include "tst_cli_ai.moc"
