// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// OggOpusSplitter: a long recording cut into parts that a transcription provider accepts (at most 20 min
// and 25 MiB per request), at pauses, without re-encoding. Each part must be a stream of its own that
// opusfile plays from start to end, and its offset must place every sound of the part where it was in the
// recording, or the transcript's timestamps would be wrong.
#include "Checks.h"
#include "LongRecording.h"
#include "audio/OggOpusDecoder.h"
#include "audio/OggOpusSplitter.h"
#include "audio/OggPages.h"
#include "audio/OpusStreamEncoder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace clinicdesk;
using namespace clinicdesk::test;

namespace {

constexpr std::int64_t kMiB = 1024 * 1024;
constexpr std::int64_t kMinute = 60'000;

// Where the first burst in [fromMs, toMs) starts that follows at least 150 ms of quiet, or -1.
double burstStartIn(const LongRecording& recording, double fromMs, double toMs) {
    double quietSince = -1;
    for (const auto& burst : recording.bursts(fromMs - 1000, toMs)) {
        if (burst.startMs >= fromMs && quietSince >= 0 && burst.startMs - quietSince >= 150) {
            return burst.startMs;
        }
        quietSince = burst.endMs;
    }
    return -1;
}

// The time (ms from `fromMs`) at which the decoded audio first turns loud: the first 0.5 ms block whose RMS
// reaches a third of the bursts' (0.3 peak).
Result<double> onsetAfter(OggOpusDecoder& decoder, double fromMs, int lengthMs) {
    if (auto seeked = decoder.seekMs(std::int64_t(fromMs)); !seeked) {
        return std::unexpected(seeked.error());
    }
    std::vector<float> pcm(std::size_t(lengthMs * 48));
    qsizetype filled = 0;
    while (filled < qsizetype(pcm.size())) {
        auto n = decoder.read(std::span<float>(pcm).subspan(std::size_t(filled)));
        if (!n) {
            return std::unexpected(n.error());
        }
        if (*n == 0) {
            break;
        }
        filled += *n;
    }
    for (qsizetype block = 0; block + 24 <= filled; block += 24) {
        double sum = 0;
        for (qsizetype i = block; i < block + 24; ++i) {
            sum += double(pcm[std::size_t(i)]) * double(pcm[std::size_t(i)]);
        }
        if (std::sqrt(sum / 24) >= 0.07) {
            return double(std::int64_t(fromMs)) + double(block) / 48.0;
        }
    }
    return -1.0;
}

} // namespace

class TstOggOpusSplitter : public QObject {
    Q_OBJECT

    // Every part is a complete stream within both limits, and the parts cover the recording without gap
    // or overlap. Failures are reported through QVERIFY; callers return when QTest::currentTestFailed().
    void checkParts(const LongRecording& recording, const std::vector<AudioPart>& parts, std::int64_t maxMs,
                    std::int64_t maxBytes) {
        const auto original = OggPages::scan(recording.ogg());
        QVERIFY(original.size() > 2);
        const qsizetype headerBytes = original[2].offset;
        std::int64_t covered = 0;
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const AudioPart& part = parts[i];
            const QByteArray at = QByteArray::number(qulonglong(i));
            QCOMPARE(part.index, int(i));
            QCOMPARE(part.startMs, covered);
            covered += part.durationMs;
            QVERIFY2(part.durationMs <= maxMs, at);
            QVERIFY2(part.ogg.size() <= maxBytes, at);

            // Ogg framing: whole, checksum-valid pages; BOS first, EOS last; sequence numbers from 0; one serial.
            const auto pages = OggPages::scan(part.ogg);
            QVERIFY2(pages.size() > 2, at);
            QVERIFY2(pages.back().offset + pages.back().size == part.ogg.size(), at);
            for (std::size_t p = 0; p < pages.size(); ++p) {
                QCOMPARE(bool(pages[p].flags & OggPages::kBeginOfStream), p == 0);
                QCOMPARE(bool(pages[p].flags & OggPages::kEndOfStream), p + 1 == pages.size());
                QCOMPARE(pages[p].sequence, std::uint32_t(p));
                QCOMPARE(pages[p].serial, original[0].serial);
            }
            // The original OpusHead and OpusTags, then the original audio pages from the cut on, unchanged but
            // for their granule positions, rebased so that the part starts at granule 0 like a fresh stream.
            QCOMPARE(part.ogg.first(headerBytes), recording.ogg().first(headerBytes));
            const std::int64_t startGranule = part.startMs * 48; // cuts fall on 20 ms packets: whole ms
            std::size_t k = 2;
            while (k < original.size() && original[k].granule <= startGranule) {
                ++k;
            }
            QVERIFY2(startGranule == (k == 2 ? 0 : original[k - 1].granule), at);
            QVERIFY2(k + pages.size() - 2 <= original.size(), at);
            for (std::size_t p = 2; p < pages.size(); ++p) {
                const auto& from = original[k + p - 2];
                QCOMPARE(pages[p].granule, from.granule - startGranule);
                QVERIFY2(part.ogg.sliced(pages[p].offset + 26, pages[p].size - 26) ==
                             recording.ogg().sliced(from.offset + 26, from.size - 26),
                         at);
            }

            // opusfile agrees on the length; a part followed by another loses at most its pre-skip (~6.5 ms).
            auto decoder = OggOpusDecoder::open(part.ogg);
            CHECK_OK(decoder);
            QVERIFY2((*decoder)->durationMs() <= part.durationMs, at);
            QVERIFY2((*decoder)->durationMs() >= part.durationMs - 8, at);
        }
        QCOMPARE(covered, recording.durationMs());
    }

    // Every cut lies inside a pause of the pattern.
    void checkCutsInPauses(const LongRecording& recording, const std::vector<AudioPart>& parts) {
        for (std::size_t i = 1; i < parts.size(); ++i) {
            const double cut = double(parts[i].startMs);
            QVERIFY2(!recording.pauses(cut, cut + 1).empty() && recording.bursts(cut - 300, cut + 300).empty(),
                     qPrintable(QStringLiteral("cut %1 at %2 ms").arg(i).arg(cut)));
        }
    }

    // A burst at a known time of the recording is heard at (time - startMs) in its part, to the sample as
    // far as the decoder tells: the same onset as in the original, and where the pattern put it.
    void checkOffsets(const LongRecording& recording, const std::vector<AudioPart>& parts) {
        auto whole = OggOpusDecoder::open(recording.ogg());
        CHECK_OK(whole);
        for (const AudioPart& part : parts) {
            auto decoder = OggOpusDecoder::open(part.ogg);
            CHECK_OK(decoder);
            const double start = double(part.startMs);
            const double end = start + double(part.durationMs);
            // One burst near the start of the part (past the decoder's pre-roll) and one near its end.
            for (const double from : {start + 1000.0, std::max(start + 1000.0, end - 20'000.0)}) {
                const double burst = burstStartIn(recording, from, from + 10'000);
                QVERIFY(burst > 0);
                auto inOriginal = onsetAfter(**whole, burst - 100, 200);
                CHECK_OK(inOriginal);
                auto inPart = onsetAfter(**decoder, burst - 100 - start, 200);
                CHECK_OK(inPart);
                const QByteArray what = QStringLiteral("part %1: burst at %2 ms, heard at %3 ms, in the part at %4 ms")
                                            .arg(part.index)
                                            .arg(burst, 0, 'f', 1)
                                            .arg(*inOriginal, 0, 'f', 1)
                                            .arg(*inPart + start, 0, 'f', 1)
                                            .toUtf8();
                QVERIFY2(*inPart >= 0 && std::abs(*inOriginal - burst) <= 4, what);
                QVERIFY2(std::abs(*inPart + start - *inOriginal) <= 0.5, what);
            }
        }
    }

    // opusfile reads `part` to its end: completely, or (`whole` false) its last seconds, which still checks
    // the stream's end and the seek index over it. Decoding hours of audio costs seconds of CPU.
    void checkDecodes(const AudioPart& part, bool whole) {
        auto decoder = OggOpusDecoder::open(part.ogg);
        CHECK_OK(decoder);
        const std::int64_t from = whole ? 0 : std::max<std::int64_t>(0, (*decoder)->durationMs() - 3000);
        CHECK_OK((*decoder)->seekMs(from));
        std::vector<float> block(48000);
        qsizetype samples = 0;
        while (true) {
            auto n = (*decoder)->read(block);
            CHECK_OK(n);
            if (*n == 0) {
                break;
            }
            samples += *n;
        }
        const std::int64_t decodedMs = from + samples / 48;
        QVERIFY2(
            decodedMs <= part.durationMs && decodedMs >= part.durationMs - 8,
            qPrintable(QStringLiteral("part %1: %2 of %3 ms").arg(part.index).arg(decodedMs).arg(part.durationMs)));
    }

private slots:
    void shortRecordingIsOnePartUnchanged() {
        auto recording = LongRecording::create({2 * kMinute, 24000, true});
        CHECK_OK(recording);
        auto parts = OggOpusSplitter::split(recording->ogg(), 20 * kMinute, 24 * kMiB);
        CHECK_OK(parts);
        QCOMPARE(parts->size(), std::size_t(1));
        QCOMPARE(parts->front().ogg, recording->ogg());
        QCOMPARE(parts->front().startMs, 0);
        QCOMPARE(parts->front().durationMs, 2 * kMinute);
    }

    void threeHoursSplitAtPausesWithinBothLimits() {
        QElapsedTimer made;
        made.start();
        auto recording = LongRecording::create({180 * kMinute, 24000, true});
        CHECK_OK(recording);
        qInfo("3 h recording made in %lld ms from the cached pattern (%.1f MB)", made.elapsed(),
              double(recording->ogg().size()) / 1e6);

        QElapsedTimer timer;
        timer.start();
        auto parts = OggOpusSplitter::split(recording->ogg(), 20 * kMinute, 24 * kMiB);
        const qint64 splitMs = timer.elapsed();
        CHECK_OK(parts);
        qInfo("3 h recording split into %zu parts in %lld ms", parts->size(), splitMs);

        // 9 parts of exactly 20 min would need cuts at the limit; cutting in pauses takes one more.
        QCOMPARE(parts->size(), std::size_t(10));
        checkParts(*recording, *parts, 20 * kMinute, 24 * kMiB);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkCutsInPauses(*recording, *parts);
        if (QTest::currentTestFailed()) {
            return;
        }
        for (std::size_t i = 0; i + 1 < parts->size(); ++i) {
            // The latest pause: the pattern pauses every 10 s.
            QVERIFY2((*parts)[i].durationMs > 20 * kMinute - 11'000, qPrintable(QString::number(i)));
        }
        checkOffsets(*recording, *parts);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Every part plays to its end; the short last one is decoded whole (the other tests decode parts of
        // several minutes whole).
        for (const AudioPart& part : *parts) {
            checkDecodes(part, part.index + 1 == int(parts->size()));
        }
    }

    void byteLimitBindsAtLowBitRates() {
        // 2 MiB hold about 11 min at 24 kbit/s: the byte limit binds before the 20 min one.
        auto recording = LongRecording::create({24 * kMinute, 24000, true});
        CHECK_OK(recording);
        const std::int64_t maxBytes = 2 * kMiB;
        auto parts = OggOpusSplitter::split(recording->ogg(), 20 * kMinute, maxBytes);
        CHECK_OK(parts);
        QVERIFY(parts->size() >= std::size_t(recording->ogg().size() / maxBytes + 1));
        checkParts(*recording, *parts, 20 * kMinute, maxBytes);
        if (QTest::currentTestFailed()) {
            return;
        }
        checkCutsInPauses(*recording, *parts);
        for (std::size_t i = 0; i + 1 < parts->size(); ++i) {
            QVERIFY((*parts)[i].durationMs < 15 * kMinute);
            // Full but for the stretch after the latest pause (10 s at most: ~30 kB).
            QVERIFY2((*parts)[i].ogg.size() > maxBytes - 60'000, qPrintable(QString::number(i)));
        }
        checkOffsets(*recording, *parts);
        for (const AudioPart& part : *parts) {
            checkDecodes(part, part.index == 0 || part.index + 1 == int(parts->size()));
        }
    }

    void withoutPausesCutsAtTheLimit() {
        auto recording = LongRecording::create({11 * kMinute, 24000, false});
        CHECK_OK(recording);
        QVERIFY(recording->pauses(0, double(recording->durationMs())).empty());
        auto parts = OggOpusSplitter::split(recording->ogg(), 5 * kMinute, 24 * kMiB);
        CHECK_OK(parts);
        QCOMPARE(parts->size(), std::size_t(3));
        checkParts(*recording, *parts, 5 * kMinute, 24 * kMiB);
        if (QTest::currentTestFailed()) {
            return;
        }
        // Pages hold at most 0.5 s: the cut is the last page boundary before the limit.
        QVERIFY((*parts)[0].durationMs > 5 * kMinute - 600);
        QVERIFY((*parts)[1].durationMs > 5 * kMinute - 600);
        checkOffsets(*recording, *parts);
        for (const AudioPart& part : *parts) {
            checkDecodes(part, true);
        }
    }

    void silenceUpToTheLimitCutsAtTheLimit() {
        // Nothing but digital silence: the pause reaches the limit, so the part is as long as allowed.
        auto encoder = OpusStreamEncoder::create(48000);
        CHECK_OK(encoder);
        const std::vector<float> silence(48000 * 150, 0.0f);
        CHECK_OK((*encoder)->write(silence));
        auto rest = (*encoder)->finish();
        CHECK_OK(rest);
        const QByteArray ogg = (*encoder)->takePages(false) + *rest;
        auto parts = OggOpusSplitter::split(ogg, kMinute, 24 * kMiB);
        CHECK_OK(parts);
        QCOMPARE(parts->size(), std::size_t(3));
        QVERIFY((*parts)[0].durationMs > kMinute - 600 && (*parts)[0].durationMs <= kMinute);
        QVERIFY((*parts)[1].durationMs > kMinute - 600 && (*parts)[1].durationMs <= kMinute);
        QCOMPARE((*parts)[0].durationMs + (*parts)[1].durationMs + (*parts)[2].durationMs, 150'000);
    }

    void refusesWhatIsNotOggOpus() {
        QByteArray garbage(100'000, Qt::Uninitialized);
        QRandomGenerator generator(3);
        for (char& c : garbage) {
            c = char(generator.bounded(256));
        }
        auto recording = LongRecording::create({1 * kMinute, 24000, true});
        CHECK_OK(recording);
        // An Ogg stream whose first packet is not OpusHead (e.g. Vorbis): the magic changed, checksum redone.
        QByteArray notOpus = recording->ogg();
        const qsizetype head = notOpus.indexOf("OpusHead");
        notOpus.replace(head, 8, "OpusHeaX");
        const auto firstPage = OggPages::scan(recording->ogg()).front();
        const std::uint32_t crc = OggPages::crc(QByteArrayView(notOpus).first(firstPage.size));
        for (int i = 0; i < 4; ++i) {
            notOpus[22 + i] = char(crc >> (8 * i));
        }
        // Only the headers: no audio.
        const QByteArray headersOnly = recording->ogg().first(OggPages::scan(recording->ogg())[2].offset);

        for (const QByteArray& input : {QByteArray(), garbage, notOpus, headersOnly}) {
            auto parts = OggOpusSplitter::split(input, 20 * kMinute, 24 * kMiB);
            QVERIFY(!parts);
            QCOMPARE(code(parts.error().code), code(ErrorCode::InvalidInput));
            QVERIFY(!parts.error().message.isEmpty());
        }
        // Limits too small for a single page of audio.
        auto tiny = OggOpusSplitter::split(recording->ogg(), 20 * kMinute, 1000);
        QVERIFY(!tiny);
        QCOMPARE(code(tiny.error().code), code(ErrorCode::InvalidInput));
    }
};

QTEST_GUILESS_MAIN(TstOggOpusSplitter)
#include "tst_oggopussplitter.moc"
