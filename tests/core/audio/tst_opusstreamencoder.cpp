// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Checks.h"
#include "audio/OggOpusDecoder.h"
#include "audio/OggPages.h"
#include "audio/OpusStreamEncoder.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace clinicdesk;

namespace {

// A 440 Hz tone with a 3 Hz tremolo: not silence, so the encoder spends real bits on it.
std::vector<float> tone(int rate, double seconds, double startSeconds = 0) {
    std::vector<float> pcm(static_cast<size_t>(rate * seconds));
    for (size_t i = 0; i < pcm.size(); ++i) {
        const double t = startSeconds + double(i) / rate;
        pcm[i] = float(0.3 * std::sin(2 * std::numbers::pi * 440 * t) *
                       (0.6 + 0.4 * std::sin(2 * std::numbers::pi * 3 * t)));
    }
    return pcm;
}

double rms(std::span<const float> pcm) {
    double sum = 0;
    for (float v : pcm) {
        sum += double(v) * v;
    }
    return pcm.empty() ? 0 : std::sqrt(sum / double(pcm.size()));
}

} // namespace

class TstOpusStreamEncoder : public QObject {
    Q_OBJECT

private slots:
    void finishedStreamLastsAsLongAsTheInput_data() {
        QTest::addColumn<int>("rate");
        QTest::newRow("16 kHz") << 16000;
        QTest::newRow("44.1 kHz") << 44100;
        QTest::newRow("48 kHz") << 48000;
    }

    void finishedStreamLastsAsLongAsTheInput() {
        QFETCH(int, rate);
        auto encoder = OpusStreamEncoder::create(rate);
        CHECK_OK(encoder);
        QByteArray stream;
        for (int second = 0; second < 10; ++second) {
            const auto pcm = tone(rate, 1.0, second);
            CHECK_OK((*encoder)->write(pcm));
            stream += (*encoder)->takePages(true);
        }
        auto tail = (*encoder)->finish();
        CHECK_OK(tail);
        stream += *tail;

        const auto pages = OggPages::scan(stream);
        QVERIFY(!pages.empty());
        QCOMPARE(pages.back().offset + pages.back().size, stream.size());
        QVERIFY(pages.front().flags & OggPages::kBeginOfStream);
        QVERIFY(pages.back().flags & OggPages::kEndOfStream);
        QVERIFY(qAbs(OggPages::opusDurationMs(stream) - 10000) <= 25);

        auto decoded = OggOpusDecoder::decodeAll(stream);
        CHECK_OK(decoded);
        QVERIFY(qAbs(qint64(decoded->size()) - 480000) <= 48 * 25);
        // The tone survives encoding: its level is within 10 % of the source's.
        const double source = rms(tone(48000, 10.0));
        QVERIFY2(qAbs(rms(*decoded) - source) < 0.1 * source, qPrintable(QString::number(rms(*decoded))));
    }

    void everyFlushLeavesAPlayablePrefix() {
        // What a crash leaves behind: the pages taken so far, no end-of-stream page.
        auto encoder = OpusStreamEncoder::create(48000);
        CHECK_OK(encoder);
        QByteArray stored;
        for (int second = 0; second < 6; ++second) {
            CHECK_OK((*encoder)->write(tone(48000, 1.0, second)));
            const QByteArray pages = (*encoder)->takePages(true);
            QVERIFY2(!pages.isEmpty(), "a flush after a second of audio yields pages");
            // Each flush is whole pages only.
            const auto scanned = OggPages::scan(pages);
            QVERIFY(!scanned.empty());
            QCOMPARE(scanned.back().offset + scanned.back().size, pages.size());
            stored += pages;
        }
        // At most the last frame is still inside the encoder (the decision delay is 0).
        const auto prefixMs = OggPages::opusDurationMs(stored);
        QVERIFY2(prefixMs >= 5300, qPrintable(QString::number(prefixMs)));

        auto pages = OggPages::scan(stored);
        QVERIFY(!(pages.back().flags & OggPages::kEndOfStream));
        OggPages::markEndOfStream(stored, pages.back());
        pages = OggPages::scan(stored);
        QVERIFY2(pages.back().flags & OggPages::kEndOfStream, "the patched page keeps a valid checksum");
        auto decoded = OggOpusDecoder::decodeAll(stored);
        CHECK_OK(decoded);
        QVERIFY(qAbs(qint64(decoded->size()) / 48 - prefixMs) <= 25);
    }

    void speechRateStaysUnder200KBPerMinute() {
        auto encoder = OpusStreamEncoder::create(48000);
        CHECK_OK(encoder);
        qint64 bytes = 0;
        for (int second = 0; second < 60; ++second) {
            CHECK_OK((*encoder)->write(tone(48000, 1.0, second)));
            bytes += (*encoder)->takePages(second % 2 == 1).size();
        }
        auto tail = (*encoder)->finish();
        CHECK_OK(tail);
        bytes += tail->size();
        QVERIFY2(bytes <= 200 * 1024, qPrintable(QString::number(bytes)));
    }

    void damagedPagesEndTheScan() {
        auto encoder = OpusStreamEncoder::create(48000);
        CHECK_OK(encoder);
        CHECK_OK((*encoder)->write(tone(48000, 3.0)));
        auto tail = (*encoder)->finish();
        CHECK_OK(tail);
        QByteArray stream = (*encoder)->takePages(true) + *tail;
        const auto pages = OggPages::scan(stream);
        QVERIFY(pages.size() >= 3);
        // A torn write: the last page is cut short.
        QByteArray torn = stream.left(stream.size() - 10);
        QCOMPARE(OggPages::scan(torn).size(), pages.size() - 1);
        // A flipped byte in the second page's body fails its checksum.
        QByteArray flipped = stream;
        flipped[pages[1].offset + pages[1].size - 1] = char(flipped[pages[1].offset + pages[1].size - 1] ^ 0x5a);
        QCOMPARE(OggPages::scan(flipped).size(), size_t(1));
    }

    void refusesNonsenseSettings() {
        QCOMPARE(OpusStreamEncoder::create(4000).error().code, ErrorCode::InvalidInput);
        QCOMPARE(OpusStreamEncoder::create(48000, 1000).error().code, ErrorCode::InvalidInput);
        QCOMPARE(OggOpusDecoder::open(QByteArray("not audio at all")).error().code, ErrorCode::Integrity);
        QCOMPARE(OggOpusDecoder::open(QByteArray()).error().code, ErrorCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TstOpusStreamEncoder)
#include "tst_opusstreamencoder.moc"
