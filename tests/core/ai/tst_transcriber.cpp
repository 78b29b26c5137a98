// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// Joining part transcripts: every segment moves by its part's offset, parts without
// segments become one segment, and a failing part fails the whole attempt.

#include "ai/Transcriber.h"

#include <QTest>

using namespace clinicdesk;

class TstTranscriber : public QObject {
    Q_OBJECT

private slots:
    void joinMovesSegmentsByPartOffset();
    void partWithoutSegmentsSpansThePart();
    void garbageIsFatalAndSendsNothing();
    void languageNamesBecomeCodes();
};

void TstTranscriber::languageNamesBecomeCodes() {
    QCOMPARE(Transcriber::isoLanguage(QStringLiteral("swedish")), QStringLiteral("sv"));
    QCOMPARE(Transcriber::isoLanguage(QStringLiteral("Polish")), QStringLiteral("pl"));
    QCOMPARE(Transcriber::isoLanguage(QStringLiteral("af")), QStringLiteral("af"));
}

void TstTranscriber::joinMovesSegmentsByPartOffset() {
    std::vector<AudioPart> parts{{0, 0, 1'200'000, {}}, {1, 1'200'000, 1'100'000, {}}};
    std::vector<TranscriptionResult> results(2);
    results[0].text = QStringLiteral("first part");
    results[0].language = QStringLiteral("sv");
    results[0].segments = {{0, 1500, QStringLiteral("a"), {}}, {1'190'000, 1'199'000, QStringLiteral("b"), {}}};
    results[1].text = QStringLiteral("second part");
    results[1].segments = {{2000, 4000, QStringLiteral("c"), {}}};
    const TranscriptionResult joined = Transcriber::join(parts, results);
    QCOMPARE(joined.text, QStringLiteral("first part second part"));
    QCOMPARE(joined.language, QStringLiteral("sv"));
    QCOMPARE(joined.segments.size(), std::size_t(3));
    QCOMPARE(joined.segments[1].startMs, std::int64_t(1'190'000));
    QCOMPARE(joined.segments[2].startMs, std::int64_t(1'202'000));
    QCOMPARE(joined.segments[2].endMs, std::int64_t(1'204'000));
    QCOMPARE(joined.segments[2].text, QStringLiteral("c"));
}

void TstTranscriber::partWithoutSegmentsSpansThePart() {
    std::vector<AudioPart> parts{{0, 0, 60'000, {}}, {1, 60'000, 30'000, {}}};
    std::vector<TranscriptionResult> results(2);
    results[0].text = QStringLiteral("  hello  ");
    results[1].text = QString(); // silence: no text, no segment
    const TranscriptionResult joined = Transcriber::join(parts, results);
    QCOMPARE(joined.segments.size(), std::size_t(1));
    QCOMPARE(joined.segments[0].startMs, std::int64_t(0));
    QCOMPARE(joined.segments[0].endMs, std::int64_t(60'000));
    QCOMPARE(joined.segments[0].text, QStringLiteral("hello"));
}

void TstTranscriber::garbageIsFatalAndSendsNothing() {
    int sent = 0;
    HttpCancel cancel;
    auto result = Transcriber::run(
        QByteArray("not an ogg file at all"), {},
        [&](const AudioPart&, const auto&) {
            ++sent;
            return std::expected<TranscriptionResult, JobFailure>(TranscriptionResult{});
        },
        {}, cancel);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, JobFailure::Kind::Fatal);
    QCOMPARE(sent, 0);
}

QTEST_GUILESS_MAIN(TstTranscriber)
#include "tst_transcriber.moc"
