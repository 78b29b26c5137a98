// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// The recorder against the real audio stack: a private PulseAudio with a virtual
// microphone (scripts/test-env sets CLINICDESK_TEST_AUDIO=1), espeak-ng speech
// played into it in real time, and the real SQLCipher vault.
#include "Checks.h"
#include "SpeechSignal.h"
#include "TestVault.h"
#include "async/Worker.h"
#include "audio/AudioPlayer.h"
#include "audio/OggOpusDecoder.h"
#include "audio/Recorder.h"
#include "audio/RecordingImporter.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

bool pactl(const QStringList& args, QByteArray* out = nullptr) {
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    const bool ok = p.waitForFinished(10000) && p.exitCode() == 0;
    if (out) {
        *out = p.readAllStandardOutput().trimmed();
    }
    return ok;
}

} // namespace

class TstRecorder : public QObject {
    Q_OBJECT

    std::unique_ptr<TestVault> m_vault;
    QTemporaryDir m_work;
    QString m_patientId;
    QString m_encounterId;
    std::unique_ptr<Worker> m_thread;
    Recorder* m_recorder = nullptr;
    qint64 m_lastElapsed = 0;

    void makeRecorder(Recorder::Options options = {}) {
        auto db = m_vault->session().vault().openConnection();
        QVERIFY2(db.has_value(), why(db).constData());
        m_thread = std::make_unique<Worker>(QStringLiteral("Recorder"));
        m_recorder = new Recorder(std::move(*db), m_vault->session().session(), m_vault->dir(), options);
        m_thread->adopt(m_recorder);
        connect(m_recorder, &Recorder::elapsed, this, [this](qint64 ms) { m_lastElapsed = ms; });
    }

    template <typename F>
    void onRecorder(F&& f) {
        QMetaObject::invokeMethod(m_recorder, tsan::handOff(m_recorder->thread(), std::forward<F>(f)),
                                  Qt::QueuedConnection);
    }

    void start(const QByteArray& deviceId = {}) {
        QSignalSpy started(m_recorder, &Recorder::started);
        onRecorder([r = m_recorder, id = m_encounterId, deviceId] { r->start(id, deviceId); });
        QVERIFY(started.wait(10000));
    }

    Recording stopAndGet() {
        QSignalSpy finished(m_recorder, &Recorder::finished);
        QElapsedTimer stopping;
        stopping.start();
        onRecorder([r = m_recorder] { r->stop(); });
        [&] { QVERIFY(finished.wait(10000)); }();
        // A figure for docs/PERFORMANCE.md, not an assertion: Stop (drain included) to the finished row.
        qInfo("stop to finished: %lld ms", static_cast<long long>(stopping.elapsed()));
        auto recording = m_vault->session().recordings().get(finished.value(0).at(0).toString());
        [&] { QVERIFY2(recording.has_value(), why(recording).constData()); }();
        return recording ? *recording : Recording{};
    }

    Mono decoded(const QString& recordingId) {
        auto audio = m_vault->session().recordings().audio(recordingId, RecordingRepository::Purpose::Process);
        [&] { QVERIFY2(audio.has_value(), why(audio).constData()); }();
        auto pcm = OggOpusDecoder::decodeAll(audio.value_or(QByteArray()));
        [&] { QVERIFY2(pcm.has_value(), why(pcm).constData()); }();
        return Mono{pcm.value_or(std::vector<float>()), OggOpusDecoder::kSampleRate};
    }

    QString speech(const QString& name, const QString& text) {
        QString path = m_work.filePath(name + QStringLiteral(".wav"));
        if (!QFile::exists(path)) {
            [&] { QVERIFY2(speak(text, path), "espeak-ng could not write the speech file"); }();
        }
        return path;
    }

    // Plays a file into the virtual room (and so into the microphone) in real time.
    QProcess* play(const QString& wav) {
        auto* p = new QProcess(this);
        p->start(QStringLiteral("paplay"), {QStringLiteral("--device=room"), wav});
        return p;
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("CLINICDESK_TEST_AUDIO") != QLatin1String("1")) {
            QSKIP("no audio device: run under scripts/test-env, which starts a PulseAudio virtual microphone");
        }
        QVERIFY(m_work.isValid());
    }

    void init() {
        m_vault = std::make_unique<TestVault>();
        auto patient =
            m_vault->session().patients().add(patientDraft(QStringLiteral("Ingrid"), QStringLiteral("Holm")));
        CHECK_OK(patient);
        m_patientId = patient->patient.id;
        auto encounter = m_vault->session().encounters().open(m_patientId, Consent::Verbal);
        CHECK_OK(encounter);
        m_encounterId = encounter->id;
        m_lastElapsed = 0;
    }

    void cleanup() {
        if (m_thread) {
            // As RecorderHost does: the recorder is deleted on its thread while that thread's event loop
            // still runs, so the audio source it let go of is deleted once, by that loop (left to the
            // thread's exit, Qt's PulseAudio source was now and then deleted twice).
            m_thread->post([recorder = m_recorder] { delete recorder; });
            m_thread->finish();
            m_thread.reset();
            m_recorder = nullptr;
        }
        m_vault.reset();
    }

    void firstAndLastWordsAreInTheRecording() {
        const QString wav = speech(QStringLiteral("consultation"),
                                   QStringLiteral("Good morning. The patient reports pain in tooth forty six since "
                                                  "Monday. Cold water makes it worse. We will take an x-ray today."));
        const Mono source = readWav(wav);
        QVERIFY(source.seconds() > 4);
        makeRecorder();
        QElapsedTimer wall;
        start();
        wall.start();
        // Speech from 1 s after Record ...
        QTest::qWait(1000);
        QProcess* player = play(wav);
        QVERIFY(player->waitForFinished(60000));
        QCOMPARE(player->exitCode(), 0);
        // ... until 1.5 s before Stop.
        QTest::qWait(1500);
        const qint64 asked = wall.elapsed();
        const Recording recording = stopAndGet();
        QCOMPARE(recording.state, RecordingState::Complete);
        QVERIFY2(qAbs(recording.durationMs - asked) <= 1000,
                 qPrintable(QStringLiteral("recorded %1 ms of %2 ms").arg(recording.durationMs).arg(asked)));
        const Mono recorded = decoded(recording.id);
        QVERIFY(qAbs(qint64(recorded.seconds() * 1000) - recording.durationMs) <= 100);
        const Coverage coverage = spokenCoverage(source, recorded);
        qInfo("spoken frames %d, present %.1f %%, speech starts at %.2f s", coverage.spokenFrames,
              coverage.fraction * 100, coverage.offsetSeconds);
        QVERIFY2(coverage.fraction >= 0.95, qPrintable(QString::number(coverage.fraction)));
        QVERIFY2(coverage.offsetSeconds > 0.5 && coverage.offsetSeconds < 1.8,
                 qPrintable(QString::number(coverage.offsetSeconds)));
    }

    void pauseAndResumeMakeOneRecordingWithPausePoints() {
        makeRecorder();
        QSignalSpy states(m_recorder, &Recorder::stateChanged);
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_lastElapsed >= 1500, 10000);
        onRecorder([r = m_recorder] { r->pause(); });
        QTRY_VERIFY_WITH_TIMEOUT(
            !states.isEmpty() && states.last().at(0).value<Recorder::State>() == Recorder::State::Paused, 5000);
        const qint64 atPause = m_lastElapsed;
        // A paused recording does not grow.
        QTest::qWait(1200);
        QVERIFY2(m_lastElapsed - atPause <= 100, qPrintable(QString::number(m_lastElapsed - atPause)));
        onRecorder([r = m_recorder] { r->resume({}); });
        QTRY_VERIFY_WITH_TIMEOUT(m_lastElapsed >= atPause + 1500, 10000);
        const Recording recording = stopAndGet();
        const QJsonArray pauses = QJsonDocument::fromJson(recording.pauses.toUtf8()).array();
        QCOMPARE(pauses.size(), 1);
        QVERIFY(qAbs(pauses.at(0).toInteger() - atPause) <= 300);
        QVERIFY(recording.durationMs >= atPause + 1500 && recording.durationMs <= atPause + 3000);
        auto all = m_vault->session().recordings().list(m_patientId);
        CHECK_OK(all);
        QCOMPARE(all->size(), size_t(1));
    }

    void levelsArriveTwentyTimesASecondAndShowSpeech() {
        const QString wav = speech(QStringLiteral("short"), QStringLiteral("Open wide, please."));
        makeRecorder();
        QList<float> peaks;
        connect(m_recorder, &Recorder::levels, this, [&peaks](float peak, float) { peaks << peak; });
        start();
        QElapsedTimer timer;
        timer.start();
        QProcess* player = play(wav);
        QVERIFY(player->waitForFinished(30000));
        QTest::qWait(500);
        const double seconds = timer.elapsed() / 1000.0;
        const double rate = peaks.size() / seconds;
        QVERIFY2(rate >= 20, qPrintable(QString::number(rate)));
        QVERIFY2(*std::max_element(peaks.begin(), peaks.end()) > -30, "speech shows on the meter");
        QVERIFY2(*std::min_element(peaks.begin(), peaks.end()) < -60, "silence shows on the meter");
        (void)stopAndGet();
    }

    void warnsWhenTheInputStaysSilent() {
        Recorder::Options options;
        options.silenceWarningMs = 1500;
        makeRecorder(options);
        QSignalSpy silence(m_recorder, &Recorder::silenceChanged);
        start();
        QVERIFY(silence.wait(5000));
        QCOMPARE(silence.last().at(0).toBool(), true);
        QProcess* player = play(speech(QStringLiteral("short"), QStringLiteral("Open wide, please.")));
        QTRY_VERIFY_WITH_TIMEOUT(silence.size() >= 2, 10000);
        QCOMPARE(silence.last().at(0).toBool(), false);
        QVERIFY(player->waitForFinished(30000));
        (void)stopAndGet();
    }

    void aVanishingMicrophonePausesAndKeepsTheAudio() {
        // A microphone of our own, so unplugging it cannot disturb anything else.
        QByteArray module;
        QVERIFY(pactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
                       QStringLiteral("source_name=usbmic"), QStringLiteral("master=room.monitor"),
                       QStringLiteral("source_properties=device.description=USB-Mic")},
                      &module));
        auto unload = qScopeGuard([&] { pactl({QStringLiteral("unload-module"), QString::fromUtf8(module)}); });
        QTRY_VERIFY_WITH_TIMEOUT(
            std::ranges::any_of(QMediaDevices::audioInputs(), [](const QAudioDevice& d) { return d.id() == "usbmic"; }),
            10000);
        makeRecorder();
        QSignalSpy lost(m_recorder, &Recorder::deviceLost);
        QSignalSpy states(m_recorder, &Recorder::stateChanged);
        start("usbmic");
        QTRY_VERIFY_WITH_TIMEOUT(m_lastElapsed >= 2000, 10000);
        QVERIFY(pactl({QStringLiteral("unload-module"), QString::fromUtf8(module)}));
        unload.dismiss();
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::none_of(QMediaDevices::audioInputs(),
                                                      [](const QAudioDevice& d) { return d.id() == "usbmic"; }),
                                 10000);
        QVERIFY(lost.wait(10000));
        QCOMPARE(lost.first().at(0).toString(), QStringLiteral("USB-Mic"));
        QCOMPARE(states.last().at(0).value<Recorder::State>(), Recorder::State::DeviceLost);
        const qint64 atLoss = m_lastElapsed;

        // What was recorded is already safe in the vault, before anyone presses anything.
        auto recordings = m_vault->session().recordings().list(m_patientId);
        CHECK_OK(recordings);
        QCOMPARE(recordings->size(), size_t(1));
        const QString id = recordings->front().id;
        QVERIFY2(decoded(id).seconds() >= 1.5, qPrintable(QString::number(decoded(id).seconds())));

        // The clinician continues on the built-in microphone.
        onRecorder([r = m_recorder] { r->resume("mic"); });
        QTRY_VERIFY_WITH_TIMEOUT(states.last().at(0).value<Recorder::State>() == Recorder::State::Recording, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(m_lastElapsed >= atLoss + 1000, 10000);
        const Recording recording = stopAndGet();
        QCOMPARE(recording.id, id);
        QCOMPARE(recording.state, RecordingState::Complete);
        QVERIFY(recording.durationMs >= atLoss + 1000);
        QCOMPARE(QJsonDocument::fromJson(recording.pauses.toUtf8()).array().size(), 1);
    }

    void aMicrophoneThatSendsNothingDoesNotStart() {
        // A microphone that opens but never delivers a sample (its room is suspended): the recording must not be
        // announced as running, the user is told, and nothing of it is kept. (A suspended source itself is no
        // good here: Qt's QAudioSource::start() then blocks for more than 10 s.)
        QByteArray sink;
        QByteArray module;
        QVERIFY(pactl(
            {QStringLiteral("load-module"), QStringLiteral("module-null-sink"), QStringLiteral("sink_name=deadroom")},
            &sink));
        QVERIFY(pactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"),
                       QStringLiteral("source_name=deadmic"), QStringLiteral("master=deadroom.monitor"),
                       QStringLiteral("source_properties=device.description=Dead-Mic")},
                      &module));
        auto unload = qScopeGuard([&] {
            pactl({QStringLiteral("unload-module"), QString::fromUtf8(module)});
            pactl({QStringLiteral("unload-module"), QString::fromUtf8(sink)});
        });
        QVERIFY(pactl({QStringLiteral("suspend-sink"), QStringLiteral("deadroom"), QStringLiteral("1")}));
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::any_of(QMediaDevices::audioInputs(),
                                                     [](const QAudioDevice& d) { return d.id() == "deadmic"; }),
                                 10000);
        makeRecorder();
        QSignalSpy started(m_recorder, &Recorder::started);
        QSignalSpy states(m_recorder, &Recorder::stateChanged);
        QSignalSpy failed(m_recorder, &Recorder::failed);
        onRecorder([r = m_recorder, id = m_encounterId] { r->start(id, "deadmic"); });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::Io);
        QVERIFY(!failed.first().at(0).value<Error>().message.isEmpty());
        QVERIFY(started.isEmpty());
        QVERIFY(states.isEmpty());
        auto all = m_vault->session().recordings().list(m_patientId);
        CHECK_OK(all);
        QVERIFY(all->empty());
        // The recorder is free again: the next recording on a working microphone starts.
        start();
        (void)stopAndGet();
    }

    void declinedConsentRefusesToRecord() {
        auto declined = m_vault->session().encounters().recordConsent(m_encounterId, Consent::Declined);
        CHECK_OK(declined);
        makeRecorder();
        QSignalSpy failed(m_recorder, &Recorder::failed);
        onRecorder([r = m_recorder, id = m_encounterId] { r->start(id, {}); });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).value<Error>().code, ErrorCode::PermissionDenied);
        auto all = m_vault->session().recordings().list(m_patientId);
        CHECK_OK(all);
        QVERIFY(all->empty());
    }

    void discardDeletesTheAudio() {
        makeRecorder();
        start();
        QTRY_VERIFY_WITH_TIMEOUT(m_lastElapsed >= 1500, 10000);
        QSignalSpy discarded(m_recorder, &Recorder::discarded);
        onRecorder([r = m_recorder] { r->discard(); });
        QVERIFY(discarded.wait(10000));
        const QString id = discarded.first().at(0).toString();
        auto all = m_vault->session().recordings().list(m_patientId);
        CHECK_OK(all);
        QVERIFY(all->empty());
        auto chunks = m_vault->session().recordings().chunks(id);
        CHECK_OK(chunks);
        QVERIFY(chunks->empty());
        auto audit = m_vault->session().auditEntries(5);
        CHECK_OK(audit);
        QVERIFY(std::ranges::any_of(
            *audit, [&](const AuditEntry& e) { return e.entityId == id && e.detail == QLatin1String("discarded"); }));
    }

    void nothingDecryptedLeavesTheVault() {
        const QStringList watched = {QDir::tempPath(), QDir::homePath(), qEnvironmentVariable("XDG_DATA_HOME"),
                                     qEnvironmentVariable("XDG_CACHE_HOME"), qEnvironmentVariable("XDG_RUNTIME_DIR")};
        const auto snapshot = [&] {
            QSet<QString> files;
            for (const QString& root : watched) {
                if (root.isEmpty()) {
                    continue;
                }
                QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
                while (it.hasNext()) {
                    const QString path = it.next();
                    // PulseAudio's runtime files and GStreamer's plugin registry (a list of plugins) are not ours.
                    if (!path.startsWith(m_work.path()) && !path.contains(QLatin1String("/pulse/")) &&
                        !path.contains(QLatin1String("/gstreamer-1.0/registry."))) {
                        files.insert(path);
                    }
                }
            }
            return files;
        };
        const QString wav = speech(QStringLiteral("short"), QStringLiteral("Open wide, please."));
        const QSet<QString> before = snapshot();
        makeRecorder();
        start();
        QProcess* player = play(wav);
        QVERIFY(player->waitForFinished(30000));
        const Recording recording = stopAndGet();
        QVERIFY(decoded(recording.id).seconds() > 1);
        // Import a file and play a recording back: both stay in memory and in the vault.
        auto imported = RecordingImporter::importFile(m_vault->session().db(), m_vault->session().session(),
                                                      m_patientId, m_encounterId, wav);
        CHECK_OK(imported);
        auto audio = m_vault->session().recordings().audio(imported->recordingId, RecordingRepository::Purpose::Play);
        CHECK_OK(audio);
        AudioPlayer playback;
        CHECK_OK(playback.load(*audio));
        QSignalSpy played(&playback, &AudioPlayer::finished);
        playback.play();
        QVERIFY(played.wait(20000));

        const QSet<QString> created = snapshot() - before;
        const QString vault = QDir(m_vault->dir()).canonicalPath();
        for (const QString& path : created) {
            const QString name = QFileInfo(path).fileName();
            QVERIFY2(QFileInfo(path).canonicalPath() == vault &&
                         (name.startsWith(QLatin1String("clinic.db")) || name == QLatin1String("keys.json") ||
                          name == QLatin1String("audit-anchor.json")),
                     qPrintable(QStringLiteral("unexpected file %1").arg(path)));
        }
        // The vault's own files hold the audio encrypted: no Ogg or Opus header appears in them.
        for (const QString& name : QDir(vault).entryList(QDir::Files)) {
            const QByteArray bytes = readAll(QDir(vault).filePath(name));
            QVERIFY2(!bytes.contains("OggS") && !bytes.contains("OpusHead"), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TstRecorder)
#include "tst_recorder.moc"
