// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Checks.h"
#include "audio/AudioPlayer.h"
#include "audio/OggOpusDecoder.h"
#include "audio/OpusStreamEncoder.h"
#include "audio/PlaybackDevice.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <cstring>
#include <numbers>
#include <vector>

Q_DECLARE_METATYPE(clinicdesk::ErrorCode)

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

constexpr double kToneHz = 440;

// A 440 Hz tone with a slow tremolo, never silent.
std::vector<float> tone(double seconds) {
    std::vector<float> pcm(static_cast<size_t>(48000 * seconds));
    for (size_t i = 0; i < pcm.size(); ++i) {
        const double t = double(i) / 48000;
        pcm[i] = float(0.3 * std::sin(2 * std::numbers::pi * kToneHz * t) *
                       (0.7 + 0.3 * std::sin(2 * std::numbers::pi * 2 * t)));
    }
    return pcm;
}

// `seconds` of tone as a finished Ogg Opus stream, the way a recording comes out of the vault.
QByteArray toneRecording(double seconds) {
    auto encoder = OpusStreamEncoder::create(48000);
    if (!encoder) {
        return {};
    }
    QByteArray ogg;
    if (!(*encoder)->write(tone(seconds))) {
        return {};
    }
    ogg += (*encoder)->takePages(true);
    auto tail = (*encoder)->finish();
    if (!tail) {
        return {};
    }
    return ogg + *tail;
}

double rms(const std::vector<float>& pcm) {
    double sum = 0;
    for (float v : pcm) {
        sum += double(v) * v;
    }
    return pcm.empty() ? 0 : std::sqrt(sum / double(pcm.size()));
}

// Sign changes per second: twice the frequency of a pure tone.
double zeroCrossingsPerSecond(const std::vector<float>& pcm, int rate) {
    int crossings = 0;
    for (size_t i = 1; i < pcm.size(); ++i) {
        if ((pcm[i - 1] < 0) != (pcm[i] < 0)) {
            ++crossings;
        }
    }
    return pcm.empty() ? 0 : crossings * double(rate) / double(pcm.size());
}

bool audioAvailable() {
    return !qEnvironmentVariableIsEmpty("CLINICDESK_TEST_AUDIO");
}

#define REQUIRE_AUDIO()                                                                                                \
    do {                                                                                                               \
        if (!audioAvailable()) {                                                                                       \
            QSKIP("Needs a real audio output: run through scripts/test-env, which starts a private PulseAudio and "    \
                  "sets CLINICDESK_TEST_AUDIO=1");                                                                     \
        }                                                                                                              \
    } while (false)

// Every file under the temporary folder and HOME, with its size.
QMap<QString, qint64> filesOnDisk() {
    QMap<QString, qint64> files;
    for (const QString& root : {QDir::tempPath(), QDir::homePath()}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            files.insert(it.filePath(), it.fileInfo().size());
        }
    }
    return files;
}

// Records the null sink's monitor ("room.monitor": what the default output plays) through
// parecord into memory: mono 16-bit 48 kHz on stdout, never a file.
class MonitorCapture {
public:
    ~MonitorCapture() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // False when parecord did not start or delivered nothing within 5 s.
    bool start() {
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput,
                         [this] { m_data += m_process.readAllStandardOutput(); });
        m_process.start(QStringLiteral("parecord"),
                        {QStringLiteral("--device=room.monitor"), QStringLiteral("--raw"),
                         QStringLiteral("--format=s16le"), QStringLiteral("--channels=1"),
                         QStringLiteral("--rate=48000"), QStringLiteral("--latency-msec=20")});
        if (!m_process.waitForStarted(5000)) {
            return false;
        }
        return QTest::qWaitFor([this] { return m_data.size() >= 4800; }, 5000);
    }

    void clear() { m_data.clear(); }

    // How long the captured signal was clearly sounding: 20 ms windows with an RMS above 1/30 of full scale.
    [[nodiscard]] qint64 soundingMs() const {
        const auto* samples = reinterpret_cast<const qint16*>(m_data.constData());
        const qsizetype count = m_data.size() / 2;
        constexpr qsizetype window = 960;
        qint64 loudWindows = 0;
        for (qsizetype start = 0; start + window <= count; start += window) {
            double sum = 0;
            for (qsizetype i = start; i < start + window; ++i) {
                sum += double(samples[i]) * samples[i];
            }
            if (std::sqrt(sum / window) > 32767.0 / 30) {
                ++loudWindows;
            }
        }
        return loudWindows * 20;
    }

private:
    QProcess m_process;
    QByteArray m_data;
};

// positionChanged() values with the time each arrived.
struct PositionLog {
    QElapsedTimer clock;
    std::vector<std::pair<qint64, qint64>> samples; // (elapsed ms, position ms)

    void attach(AudioPlayer& player) {
        clock.start();
        QObject::connect(&player, &AudioPlayer::positionChanged,
                         [this](qint64 ms) { samples.emplace_back(clock.elapsed(), ms); });
    }

    [[nodiscard]] qint64 maxPosition() const {
        qint64 max = -1;
        for (const auto& [t, ms] : samples) {
            max = std::max(max, ms);
        }
        return max;
    }
};

} // namespace

class TstAudioPlayer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_recording = toneRecording(3.0);
        QVERIFY(!m_recording.isEmpty());
    }

    // The device alone (no audio output needed): the sink's format, every channel the same, the
    // tone's pitch and level preserved through resampling, and a clean end.
    void deviceProducesTheSinkFormat_data() {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<bool>("asFloat");
        QTest::newRow("48 kHz float mono") << 48000 << 1 << true;
        QTest::newRow("48 kHz int16 stereo") << 48000 << 2 << false;
        QTest::newRow("44.1 kHz int16 stereo") << 44100 << 2 << false;
        QTest::newRow("96 kHz float 6 channels") << 96000 << 6 << true;
        QTest::newRow("22.05 kHz float stereo") << 22050 << 2 << true;
    }

    void deviceProducesTheSinkFormat() {
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(bool, asFloat);
        const auto sampleFormat = asFloat ? QAudioFormat::Float : QAudioFormat::Int16;
        QAudioFormat format;
        format.setSampleRate(rate);
        format.setChannelCount(channels);
        format.setSampleFormat(sampleFormat);
        QVERIFY(PlaybackDevice::supports(format));

        auto decoder = OggOpusDecoder::open(m_recording);
        CHECK_OK(decoder);
        PlaybackDevice device(std::move(*decoder), format);
        QSignalSpy ended(&device, &PlaybackDevice::endReached);
        QVERIFY(device.isSequential());
        QVERIFY(device.bytesAvailable() > 0);

        QByteArray pcm;
        QByteArray chunk(4000, Qt::Uninitialized); // not a whole number of frames for every format
        for (int guard = 0; guard < 100000; ++guard) {
            const qint64 n = device.read(chunk.data(), chunk.size());
            QVERIFY(n >= 0);
            QCOMPARE(n % format.bytesPerFrame(), 0);
            if (n == 0) {
                break;
            }
            pcm.append(chunk.constData(), n);
        }
        QVERIFY(device.atEnd());
        QVERIFY(device.reachedEnd());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(device.read(chunk.data(), chunk.size()), 0);
        QCOMPARE(ended.count(), 1);

        // 3 s at the sink's rate, give or take 25 ms.
        const qint64 frames = pcm.size() / format.bytesPerFrame();
        QVERIFY2(qAbs(frames - 3 * rate) <= rate / 40, qPrintable(QString::number(frames)));

        // Every channel carries the same (mono) signal.
        std::vector<float> mono(static_cast<size_t>(frames));
        for (qint64 f = 0; f < frames; ++f) {
            const char* frame = pcm.constData() + f * format.bytesPerFrame();
            float first = 0;
            for (int c = 0; c < channels; ++c) {
                float value = 0;
                if (sampleFormat == QAudioFormat::Float) {
                    std::memcpy(&value, frame + c * 4, 4);
                } else {
                    qint16 s = 0;
                    std::memcpy(&s, frame + c * 2, 2);
                    value = s / 32767.0f;
                }
                if (c == 0) {
                    first = value;
                } else if (value != first) {
                    QFAIL(qPrintable(QStringLiteral("channel %1 differs at frame %2").arg(c).arg(f)));
                }
            }
            mono[static_cast<size_t>(f)] = first;
        }
        // The pitch survives resampling (a wrong step would shift it) and so does the level.
        const double crossings = zeroCrossingsPerSecond(mono, rate);
        QVERIFY2(qAbs(crossings - 2 * kToneHz) < 2 * kToneHz * 0.02, qPrintable(QString::number(crossings)));
        const auto reference = OggOpusDecoder::decodeAll(m_recording);
        CHECK_OK(reference);
        QVERIFY2(qAbs(rms(mono) - rms(*reference)) < 0.05 * rms(*reference), qPrintable(QString::number(rms(mono))));

        // After a seek to 2 s the device hands out the last second, and the end is signalled again.
        CHECK_OK(device.seekMs(2000));
        QVERIFY(!device.atEnd());
        QCOMPARE(device.deliveredEndMs(), 2000);
        qint64 rest = 0;
        while (const qint64 n = device.read(chunk.data(), chunk.size())) {
            rest += n;
        }
        QVERIFY2(qAbs(rest / format.bytesPerFrame() - rate) <= rate / 40, qPrintable(QString::number(rest)));
        QVERIFY(qAbs(device.deliveredEndMs() - 3000) <= 25);
        QCOMPARE(ended.count(), 2);

        // A seek to (or past) the end leaves nothing to read.
        CHECK_OK(device.seekMs(device.durationMs() + 500));
        QCOMPARE(device.read(chunk.data(), chunk.size()), 0);
        QVERIFY(device.reachedEnd());
        QCOMPARE(ended.count(), 3);
    }

    void damagedDataIsRefused_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<ErrorCode>("expected");
        QByteArray noise(20000, Qt::Uninitialized);
        QRandomGenerator gen(7);
        for (auto& b : noise) {
            b = char(gen.bounded(256));
        }
        QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidInput;
        QTest::newRow("noise") << noise << ErrorCode::Integrity;
        QTest::newRow("headers cut") << m_recording.left(60) << ErrorCode::Integrity;
        QTest::newRow("not ogg") << QByteArray("RIFF....WAVEfmt ").repeated(100) << ErrorCode::Integrity;
    }

    void damagedDataIsRefused() {
        QFETCH(QByteArray, data);
        QFETCH(ErrorCode, expected);
        AudioPlayer player;
        QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
        const auto loaded = player.load(data);
        QVERIFY(!loaded);
        QCOMPARE(code(loaded.error().code), code(expected));
        QVERIFY(!loaded.error().message.isEmpty());
        QVERIFY(!player.isLoaded());
        QCOMPARE(player.duration(), 0);
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);

        // Playing nothing is an error the UI can show, not a crash.
        player.play();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(code(errors.at(0).at(0).value<Error>().code), code(ErrorCode::Usage));
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
    }

    void loadReportsTheDuration() {
        AudioPlayer player;
        QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
        CHECK_OK(player.load(m_recording));
        QVERIFY(player.isLoaded());
        QVERIFY2(qAbs(player.duration() - 3000) <= 25, qPrintable(QString::number(player.duration())));
        QCOMPARE(player.position(), 0);
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
        // Seeking while stopped moves the position without playing.
        player.seek(1500);
        QCOMPARE(player.position(), 1500);
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
        player.seek(99999);
        QCOMPARE(player.position(), player.duration());
        player.stop();
        QCOMPARE(player.position(), 0);
        QCOMPARE(errors.count(), 0);
    }

    void playsToTheEndInRealTime() {
        REQUIRE_AUDIO();
        AudioPlayer player;
        CHECK_OK(player.load(m_recording));
        PositionLog log;
        log.attach(player);
        QSignalSpy finished(&player, &AudioPlayer::finished);
        QSignalSpy states(&player, &AudioPlayer::stateChanged);
        QSignalSpy errors(&player, &AudioPlayer::errorOccurred);

        QElapsedTimer wall;
        wall.start();
        player.play();
        QCOMPARE(player.state(), AudioPlayer::State::Playing);
        QVERIFY2(finished.wait(10000), "finished() within 10 s");
        const qint64 took = wall.elapsed();
        QCOMPARE(errors.count(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
        QCOMPARE(states.count(), 2); // Playing, then Stopped
        // A 3 s recording takes about 3 s to hear (plus the output's start-up latency).
        QVERIFY2(took >= 2800 && took <= 4500, qPrintable(QString::number(took)));
        // The position reached the end.
        QVERIFY2(qAbs(log.maxPosition() - 3000) <= 30, qPrintable(QString::number(log.maxPosition())));
        QCOMPARE(player.position(), player.duration());

        // At least 10 updates a second, never going backwards.
        QVERIFY2(log.samples.size() >= size_t(took / 100), qPrintable(QString::number(log.samples.size())));
        for (size_t i = 1; i < log.samples.size(); ++i) {
            QVERIFY(log.samples[i].second >= log.samples[i - 1].second);
        }
        // The position advances at the rate of the clock on the wall.
        const auto from =
            std::find_if(log.samples.begin(), log.samples.end(), [](const auto& s) { return s.second >= 300; });
        const auto to =
            std::find_if(log.samples.begin(), log.samples.end(), [](const auto& s) { return s.second >= 2700; });
        QVERIFY(from != log.samples.end() && to != log.samples.end());
        const double rate = double(to->second - from->second) / double(to->first - from->first);
        qInfo("3 s recording: finished after %lld ms, %zu position updates, position rate %.3f x real time", took,
              log.samples.size(), rate);
        QVERIFY2(rate > 0.85 && rate < 1.15, qPrintable(QString::number(rate)));

        // Playing again after the end starts over.
        player.play();
        QCOMPARE(player.state(), AudioPlayer::State::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > 100, 3000);
        QVERIFY(player.position() < 2000);
        player.stop();
        QCOMPARE(player.position(), 0);
        QCOMPARE(finished.count(), 1);
    }

    void audioReachesTheOutputDevice() {
        REQUIRE_AUDIO();
        MonitorCapture capture;
        QVERIFY2(capture.start(), "parecord records room.monitor");
        // Before playback the room is silent.
        QCOMPARE(capture.soundingMs(), 0);

        AudioPlayer player;
        CHECK_OK(player.load(m_recording));
        QSignalSpy finished(&player, &AudioPlayer::finished);
        player.play();
        QVERIFY(finished.wait(10000));
        // The tone arrives with the monitor's latency; wait until all of it has been captured.
        QTRY_VERIFY_WITH_TIMEOUT(capture.soundingMs() >= 2800, 3000);
        qInfo("captured %lld ms of sound from room.monitor", capture.soundingMs());
        QTest::qWait(300); // nothing more than the recording comes out
        QVERIFY2(capture.soundingMs() <= 3200, qPrintable(QString::number(capture.soundingMs())));
    }

    void seekWhilePlayingSkipsAhead() {
        REQUIRE_AUDIO();
        AudioPlayer player;
        CHECK_OK(player.load(m_recording));
        PositionLog log;
        QSignalSpy finished(&player, &AudioPlayer::finished);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 300, 3000);

        log.attach(player);
        QElapsedTimer wall;
        wall.start();
        player.seek(2000);
        QCOMPARE(player.state(), AudioPlayer::State::Playing);
        QVERIFY(player.position() >= 2000);
        QVERIFY(finished.wait(10000));
        const qint64 took = wall.elapsed();
        qInfo("seek to 2000 ms: finished %lld ms later", took);
        // The remaining second plays, not the remaining 2.7 s.
        QVERIFY2(took >= 800 && took <= 1800, qPrintable(QString::number(took)));
        QVERIFY(!log.samples.empty());
        QCOMPARE(log.samples.front().second, 2000);
        for (const auto& [t, ms] : log.samples) {
            QVERIFY2(ms >= 2000, qPrintable(QString::number(ms)));
        }
        QVERIFY(qAbs(log.maxPosition() - 3000) <= 30);
    }

    void seekToTheEndWhilePlayingFinishes() {
        REQUIRE_AUDIO();
        AudioPlayer player;
        CHECK_OK(player.load(m_recording));
        QSignalSpy finished(&player, &AudioPlayer::finished);
        QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 200, 3000);
        QElapsedTimer wall;
        wall.start();
        player.seek(player.duration());
        QVERIFY(finished.wait(3000));
        QVERIFY2(wall.elapsed() < 500, qPrintable(QString::number(wall.elapsed())));
        QCOMPARE(errors.count(), 0);
        QCOMPARE(player.position(), player.duration());
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
    }

    void pauseStopsThePosition() {
        REQUIRE_AUDIO();
        AudioPlayer player;
        CHECK_OK(player.load(m_recording));
        QSignalSpy finished(&player, &AudioPlayer::finished);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 800, 4000);

        player.pause();
        QCOMPARE(player.state(), AudioPlayer::State::Paused);
        const qint64 pausedAt = player.position();
        QVERIFY(pausedAt >= 800 && pausedAt < 2500);
        QSignalSpy positions(&player, &AudioPlayer::positionChanged);
        QVERIFY2(!positions.wait(700), "no position updates while paused");
        QCOMPARE(player.position(), pausedAt);
        QCOMPARE(finished.count(), 0);

        // Resuming continues from where it paused.
        QElapsedTimer wall;
        wall.start();
        player.play();
        QCOMPARE(player.state(), AudioPlayer::State::Playing);
        QTRY_VERIFY_WITH_TIMEOUT(player.position() > pausedAt + 200, 3000);
        QVERIFY(finished.wait(10000));
        const qint64 rest = 3000 - pausedAt;
        QVERIFY2(qAbs(wall.elapsed() - rest) <= 700,
                 qPrintable(QStringLiteral("%1 ms for %2 ms").arg(wall.elapsed()).arg(rest)));
        for (const auto& args : positions) {
            QVERIFY(args.at(0).toLongLong() >= pausedAt);
        }
    }

    void damagedAudioStopsWithAMessage() {
        REQUIRE_AUDIO();
        // Valid headers, garbage from a third of the way in: the player either plays what it can and
        // finishes, or stops with an error; it never hangs or crashes.
        QByteArray damaged = m_recording;
        QRandomGenerator gen(11);
        for (qsizetype i = damaged.size() / 3; i < damaged.size() * 2 / 3; ++i) {
            damaged[i] = char(gen.bounded(256));
        }
        AudioPlayer player;
        const auto loaded = player.load(damaged);
        if (!loaded) {
            QCOMPARE(code(loaded.error().code), code(ErrorCode::Integrity));
            return;
        }
        QSignalSpy finished(&player, &AudioPlayer::finished);
        QSignalSpy errors(&player, &AudioPlayer::errorOccurred);
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + errors.count() == 1, 10000);
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
        if (!errors.isEmpty()) {
            QVERIFY(!errors.at(0).at(0).value<Error>().message.isEmpty());
        }
    }

    void nothingIsWrittenToDisk() {
        REQUIRE_AUDIO();
        const auto before = filesOnDisk();
        {
            AudioPlayer player;
            CHECK_OK(player.load(m_recording));
            QSignalSpy finished(&player, &AudioPlayer::finished);
            player.play();
            QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 500, 3000);
            player.pause();
            player.seek(2200);
            player.play();
            QVERIFY(finished.wait(10000));
        }
        const auto after = filesOnDisk();
        QStringList created;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!before.contains(it.key())) {
                created << it.key();
            }
        }
        QVERIFY2(created.isEmpty(), qPrintable(created.join(QLatin1String(", "))));
    }

private:
    QByteArray m_recording;
};

QTEST_GUILESS_MAIN(TstAudioPlayer)
#include "tst_audioplayer.moc"
