// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Checks.h"
#include "audio/AudioFileDecoder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cmath>
#include <memory>
#include <vector>

Q_DECLARE_METATYPE(clinicdesk::ErrorCode)

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

// Everything the sink received.
struct Collected {
    std::vector<float> samples;
    int blocks = 0;
    int rate = 0;
    bool rateChanged = false;
    bool outOfRange = false;

    [[nodiscard]] AudioFileDecoder::Sink sink() {
        return [this](std::span<const float> mono, int sampleRate) -> Status {
            if (rate != 0 && rate != sampleRate) {
                rateChanged = true;
            }
            rate = sampleRate;
            ++blocks;
            for (const float s : mono) {
                outOfRange = outOfRange || !(s >= -1.0F && s <= 1.0F);
            }
            samples.insert(samples.end(), mono.begin(), mono.end());
            return {};
        };
    }

    [[nodiscard]] double rms() const {
        double sum = 0;
        for (const float s : samples) {
            sum += double(s) * double(s);
        }
        return samples.empty() ? 0.0 : std::sqrt(sum / double(samples.size()));
    }

    // The share of 20 ms windows louder than -40 dBFS: speech has pauses, noise and tones do not.
    [[nodiscard]] double voicedShare() const {
        const auto window = std::size_t(rate / 50);
        if (window == 0 || samples.size() < window) {
            return 0;
        }
        int voiced = 0;
        int windows = 0;
        for (std::size_t start = 0; start + window <= samples.size(); start += window, ++windows) {
            double sum = 0;
            for (std::size_t i = start; i < start + window; ++i) {
                sum += double(samples[i]) * double(samples[i]);
            }
            voiced += std::sqrt(sum / double(window)) > 0.01 ? 1 : 0;
        }
        return double(voiced) / double(windows);
    }
};

bool haveTool(const QString& name) {
    return !QStandardPaths::findExecutable(name).isEmpty();
}

// Runs a tool; on failure returns why.
QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return program + QStringLiteral(" did not finish");
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return program + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
    }
    return {};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TstAudioFileDecoder : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    qint64 speechMs_ = 0; // length of the spoken source, from soxi
    double speechRms_ = 0;
    QStringList missingFixtures_; // "file: reason" for fixtures whose tool is unavailable

    [[nodiscard]] QString path(const QString& name) const { return dir_.filePath(name); }

    // Makes a fixture with a tool, or records why the tool is unavailable. Returns false only on a real failure.
    bool make(const QString& output, const QString& program, const QStringList& arguments) {
        if (!haveTool(program)) {
            missingFixtures_ << output + QStringLiteral(": ") + program + QStringLiteral(" is not installed");
            return true;
        }
        const QString why = run(program, arguments);
        if (!why.isEmpty()) {
            qWarning("%s", qPrintable(why));
            return false;
        }
        return QFile::exists(path(output));
    }

    bool gst(const QString& input, const QString& encoder, const QString& output) {
        const QStringList pipeline =
            QStringList{QStringLiteral("-q"),
                        QStringLiteral("filesrc"),
                        QStringLiteral("location=") + path(input),
                        QStringLiteral("!"),
                        QStringLiteral("wavparse"),
                        QStringLiteral("!"),
                        QStringLiteral("audioconvert"),
                        QStringLiteral("!"),
                        QStringLiteral("audioresample"),
                        QStringLiteral("!")} +
            encoder.split(QLatin1Char(' ')) +
            QStringList{QStringLiteral("!"), QStringLiteral("filesink"), QStringLiteral("location=") + path(output)};
        return make(output, QStringLiteral("gst-launch-1.0"), pipeline);
    }

    // Skips the current row when its fixture could not be made for lack of a tool.
    [[nodiscard]] QString unavailable(const QString& name) const {
        for (const QString& missing : missingFixtures_) {
            if (missing.startsWith(name + QLatin1Char(':'))) {
                return missing;
            }
        }
        return {};
    }

    bool cutInHalf(const QString& from, const QString& to) {
        if (!QFile::exists(path(from))) {
            missingFixtures_ << to + QStringLiteral(": ") + unavailable(from);
            return true;
        }
        const QByteArray bytes = readAll(path(from));
        return !bytes.isEmpty() && writeAll(path(to), bytes.left(bytes.size() / 2));
    }

    [[nodiscard]] Result<AudioFileDecoder::Summary> decode(const QString& name, Collected& out) const {
        return AudioFileDecoder::decode(path(name), out.sink());
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        dir_.setAutoRemove(false);
        if (!haveTool(QStringLiteral("espeak-ng")) || !haveTool(QStringLiteral("sox"))) {
            QSKIP("espeak-ng and sox make the speech fixtures; run scripts/deps");
        }
        // espeak-ng writes 22.05 kHz mono 16-bit WAV.
        QCOMPARE(run(QStringLiteral("espeak-ng"),
                     {QStringLiteral("-w"), path(QStringLiteral("speech.wav")),
                      QStringLiteral("The patient reports a dull pain in the lower left molar since Tuesday. "
                                     "There is no swelling, and the gum looks healthy.")}),
                 QString());
        QProcess soxi;
        soxi.start(QStringLiteral("soxi"), {QStringLiteral("-D"), path(QStringLiteral("speech.wav"))});
        QVERIFY(soxi.waitForFinished(30000));
        speechMs_ = std::llround(soxi.readAllStandardOutput().trimmed().toDouble() * 1000.0);
        QVERIFY2(speechMs_ > 3000, "espeak-ng made a suspiciously short recording");

        const QString sox = QStringLiteral("sox");
        const auto soxArgs = [this](const QString& out, const QStringList& options) {
            return QStringList{path(QStringLiteral("speech.wav"))} +
                   options.mid(0, options.indexOf(QStringLiteral("|"))) + QStringList{path(out)} +
                   options.mid(options.indexOf(QStringLiteral("|")) + 1);
        };
        struct SoxFixture {
            QString name;
            QStringList options; // before "|": output options; after: effects
        };
        const std::vector<SoxFixture> soxFixtures{
            {QStringLiteral("speech-8k.wav"), {QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("|")}},
            {QStringLiteral("speech-44k-stereo.wav"),
             {QStringLiteral("-r"), QStringLiteral("44100"), QStringLiteral("-c"), QStringLiteral("2"),
              QStringLiteral("|")}},
            {QStringLiteral("speech-48k.wav"), {QStringLiteral("-r"), QStringLiteral("48000"), QStringLiteral("|")}},
            {QStringLiteral("speech.flac"), {QStringLiteral("|")}},
            {QStringLiteral("speech-24bit.flac"), {QStringLiteral("-b"), QStringLiteral("24"), QStringLiteral("|")}},
            {QStringLiteral("speech.ogg"), {QStringLiteral("|")}},
            // Stereo with the voice on the left only, and with the right channel inverted.
            {QStringLiteral("left-only.wav"),
             {QStringLiteral("|"), QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("0")}},
            {QStringLiteral("anti-phase.wav"),
             {QStringLiteral("|"), QStringLiteral("remix"), QStringLiteral("1"), QStringLiteral("1v-1")}},
            // A valid WAV with no samples at all.
            {QStringLiteral("no-samples.wav"),
             {QStringLiteral("|"), QStringLiteral("trim"), QStringLiteral("0"), QStringLiteral("0")}},
        };
        for (const SoxFixture& fixture : soxFixtures) {
            QVERIFY2(make(fixture.name, sox, soxArgs(fixture.name, fixture.options)), qPrintable(fixture.name));
        }
        QVERIFY(
            gst(QStringLiteral("speech-44k-stereo.wav"), QStringLiteral("lamemp3enc"), QStringLiteral("speech.mp3")));
        QVERIFY(gst(QStringLiteral("speech-44k-stereo.wav"), QStringLiteral("avenc_aac ! mp4mux"),
                    QStringLiteral("speech.m4a")));
        QVERIFY(gst(QStringLiteral("speech.wav"), QStringLiteral("opusenc ! webmmux"), QStringLiteral("speech.webm")));
        QVERIFY(gst(QStringLiteral("speech.wav"), QStringLiteral("opusenc ! oggmux"), QStringLiteral("speech.opus")));

        for (const QString& name :
             {QStringLiteral("speech.wav"), QStringLiteral("speech.flac"), QStringLiteral("speech.ogg"),
              QStringLiteral("speech.mp3"), QStringLiteral("speech.m4a"), QStringLiteral("speech.webm"),
              QStringLiteral("speech.opus")}) {
            QVERIFY(cutInHalf(name, QStringLiteral("cut-") + name));
        }

        // Not audio: text and random bytes named like audio, and a WAV whose codec nobody knows.
        QVERIFY(writeAll(path(QStringLiteral("notes.mp3")),
                         QByteArrayLiteral("Shopping list:\nmilk\nbread\n").repeated(200)));
        QByteArray noise(64 * 1024, '\0');
        QRandomGenerator random(20240611);
        for (char& byte : noise) {
            byte = char(random.bounded(256));
        }
        QVERIFY(writeAll(path(QStringLiteral("noise.mp3")), noise));
        QByteArray unknownCodec = readAll(path(QStringLiteral("speech.wav")));
        QVERIFY(unknownCodec.size() > 44 && unknownCodec.mid(12, 4) == "fmt ");
        unknownCodec[20] = char(0x77); // wFormatTag: 0x7777, no such codec
        unknownCodec[21] = char(0x77);
        QVERIFY(writeAll(path(QStringLiteral("unknown-codec.wav")), unknownCodec));
        QVERIFY(writeAll(path(QStringLiteral("empty.wav")), {}));

        // Reference level: the original WAV, decoded.
        Collected reference;
        CHECK_OK(decode(QStringLiteral("speech.wav"), reference));
        speechRms_ = reference.rms();
        QVERIFY2(speechRms_ > 0.02, qPrintable(QString::number(speechRms_)));
    }

    void decodesEachFormat_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("wav 22.05 kHz mono") << QStringLiteral("speech.wav") << QStringLiteral("wav");
        QTest::newRow("wav 8 kHz") << QStringLiteral("speech-8k.wav") << QStringLiteral("wav");
        QTest::newRow("wav 44.1 kHz stereo") << QStringLiteral("speech-44k-stereo.wav") << QStringLiteral("wav");
        QTest::newRow("wav 48 kHz") << QStringLiteral("speech-48k.wav") << QStringLiteral("wav");
        QTest::newRow("flac") << QStringLiteral("speech.flac") << QStringLiteral("flac");
        QTest::newRow("flac 24-bit") << QStringLiteral("speech-24bit.flac") << QStringLiteral("flac");
        QTest::newRow("ogg vorbis") << QStringLiteral("speech.ogg") << QStringLiteral("ogg-vorbis");
        QTest::newRow("ogg opus") << QStringLiteral("speech.opus") << QStringLiteral("ogg-opus");
        QTest::newRow("mp3 44.1 kHz stereo") << QStringLiteral("speech.mp3") << QStringLiteral("mp3");
        QTest::newRow("m4a aac stereo") << QStringLiteral("speech.m4a") << QStringLiteral("m4a");
        QTest::newRow("webm opus") << QStringLiteral("speech.webm") << QStringLiteral("webm");
    }

    // Every format decodes to mono speech of the source's length, at the level of the source.
    void decodesEachFormat() {
        QFETCH(QString, file);
        QFETCH(QString, format);
        if (const QString why = unavailable(file); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        Collected out;
        const auto summary = decode(file, out);
        CHECK_OK(summary);
        QCOMPARE(summary->format, format);
        QCOMPARE(summary->sampleRate, AudioFileDecoder::kOutputSampleRate);
        QCOMPARE(out.rate, summary->sampleRate);
        QVERIFY(!out.rateChanged);
        QVERIFY(out.blocks > 1);
        QCOMPARE(qint64(out.samples.size()), summary->frames);
        QCOMPARE(summary->durationMs, summary->frames * 1000 / summary->sampleRate);
        QVERIFY2(std::abs(summary->durationMs - speechMs_) <= 50,
                 qPrintable(QStringLiteral("decoded %1 ms, source %2 ms").arg(summary->durationMs).arg(speechMs_)));
        QVERIFY(!out.outOfRange);
        // Speech: about the source's level, with pauses between words.
        const double rms = out.rms();
        QVERIFY2(rms > speechRms_ * 0.7 && rms < speechRms_ * 1.3,
                 qPrintable(QStringLiteral("rms %1, source %2").arg(rms).arg(speechRms_)));
        const double voiced = out.voicedShare();
        QVERIFY2(voiced > 0.3 && voiced < 0.95, qPrintable(QStringLiteral("voiced share %1").arg(voiced)));
    }

    // Channels are averaged: a voice on one side comes out at half level, and inverted channels cancel.
    void downMixesStereoByAveraging() {
        Collected left;
        CHECK_OK(decode(QStringLiteral("left-only.wav"), left));
        QVERIFY2(std::abs(left.rms() - speechRms_ / 2) < speechRms_ * 0.05,
                 qPrintable(QStringLiteral("rms %1, source %2").arg(left.rms()).arg(speechRms_)));

        Collected cancelled;
        CHECK_OK(decode(QStringLiteral("anti-phase.wav"), cancelled));
        QVERIFY2(cancelled.rms() < speechRms_ * 0.01, qPrintable(QString::number(cancelled.rms())));
        QVERIFY(!cancelled.samples.empty());
    }

    void refusesBadFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << QStringLiteral("absent.wav") << ErrorCode::NotFound << QStringLiteral("exist");
        QTest::newRow("empty") << QStringLiteral("empty.wav") << ErrorCode::InvalidInput << QStringLiteral("empty");
        QTest::newRow("text named .mp3") << QStringLiteral("notes.mp3") << ErrorCode::InvalidInput
                                         << QStringLiteral("not an audio file");
        QTest::newRow("random bytes named .mp3")
            << QStringLiteral("noise.mp3") << ErrorCode::InvalidInput << QStringLiteral("not an audio file");
        QTest::newRow("wav with an unknown codec")
            << QStringLiteral("unknown-codec.wav") << ErrorCode::InvalidInput << QStringLiteral("not an audio file");
        QTest::newRow("no samples") << QStringLiteral("no-samples.wav") << ErrorCode::InvalidInput
                                    << QStringLiteral("no audio");
        for (const char* name :
             {"speech.wav", "speech.flac", "speech.ogg", "speech.opus", "speech.mp3", "speech.m4a", "speech.webm"}) {
            QTest::newRow(qPrintable(QStringLiteral("cut in half: %1").arg(QLatin1String(name))))
                << QStringLiteral("cut-") + QLatin1String(name) << ErrorCode::InvalidInput
                << QStringLiteral("incomplete");
        }
    }

    // Each bad input is refused with the right code and a sentence naming the file, never its folder, and
    // nothing of a cut file reaches the caller as a success.
    void refusesBadFiles() {
        QFETCH(QString, file);
        QFETCH(ErrorCode, expected);
        QFETCH(QString, says);
        if (const QString why = unavailable(file); !why.isEmpty()) {
            QSKIP(qPrintable(why));
        }
        Collected out;
        const auto summary = decode(file, out);
        QVERIFY2(!summary, qPrintable(QStringLiteral("decoded %1 ms").arg(summary ? summary->durationMs : 0)));
        QCOMPARE(code(summary.error().code), code(expected));
        QVERIFY2(summary.error().message.contains(file), qPrintable(summary.error().message));
        QVERIFY2(summary.error().message.contains(says), qPrintable(summary.error().message));
        QVERIFY(!summary.error().message.contains(dir_.path()));
    }

    void cancelStopsDecoding() {
        std::atomic_bool cancel{false};
        int blocks = 0;
        const auto summary = AudioFileDecoder::decode(
            path(QStringLiteral("speech-48k.wav")),
            [&](std::span<const float>, int) -> Status {
                ++blocks;
                cancel = true; // as if the user pressed Cancel while the first block was being encoded
                return {};
            },
            &cancel);
        QVERIFY(!summary);
        QCOMPARE(code(summary.error().code), code(ErrorCode::Cancelled));
        QVERIFY(summary.error().message.contains(QStringLiteral("speech-48k.wav")));
        QCOMPARE(blocks, 1);

        // Cancelled before it started: the sink never runs.
        blocks = 0;
        const auto early = AudioFileDecoder::decode(
            path(QStringLiteral("speech.wav")),
            [&](std::span<const float>, int) -> Status {
                ++blocks;
                return {};
            },
            &cancel);
        QVERIFY(!early);
        QCOMPARE(code(early.error().code), code(ErrorCode::Cancelled));
        QCOMPARE(blocks, 0);
    }

    void sinkErrorStopsDecoding() {
        int blocks = 0;
        const auto summary =
            AudioFileDecoder::decode(path(QStringLiteral("speech.flac")), [&](std::span<const float>, int) -> Status {
                ++blocks;
                return fail(ErrorCode::Io, QStringLiteral("disk full"));
            });
        QVERIFY(!summary);
        QCOMPARE(code(summary.error().code), code(ErrorCode::Io));
        QCOMPARE(summary.error().message, QStringLiteral("disk full"));
        QCOMPARE(blocks, 1);
    }

    // From a worker thread, with the main thread blocked (not running its event loop) until the worker ends.
    void decodesOnAWorkerThreadWhileTheMainThreadIsBlocked() {
        Collected out;
        std::optional<Result<AudioFileDecoder::Summary>> summary;
        std::unique_ptr<QThread> worker(QThread::create(
            [&] { summary = AudioFileDecoder::decode(path(QStringLiteral("speech.ogg")), out.sink()); }));
        worker->start();
        QVERIFY2(worker->wait(QDeadlineTimer(120000)), "decoding on a worker thread did not finish");
        QVERIFY(summary.has_value());
        CHECK_OK(*summary);
        QVERIFY(std::abs((*summary)->durationMs - speechMs_) <= 50);
        QCOMPARE(qint64(out.samples.size()), (*summary)->frames);
        QVERIFY(out.rms() > speechRms_ * 0.7);
    }
};

QTEST_GUILESS_MAIN(TstAudioFileDecoder)
#include "tst_audiofiledecoder.moc"
