// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// bench_split: cutting a long recording into parts for transcription (OggOpusSplitter).
// Prints figures; it is not a test. See docs/PERFORMANCE.md.
//
//   bench_split [--minutes M] [--bitrate BPS] [--part-minutes P] [--part-mib B] [--runs N]
//
// Makes an M-minute (default 180) Ogg Opus recording of tone bursts with a pause every 10 s (the
// tests' LongRecording: one minute encoded, its pages repeated), then splits it N times (default 3)
// with parts of at most P minutes (default 20) and B MiB (default 24) and prints the mean and the
// slowest time, the parts and their sizes.

#include "LongRecording.h"
#include "audio/OggOpusSplitter.h"
#include "audio/OpusStreamEncoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace clinicdesk;

namespace {

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

int argInt(const QStringList& args, const QString& name, int fallback) {
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int minutes = argInt(args, QStringLiteral("--minutes"), 180);
    const int bitrate = argInt(args, QStringLiteral("--bitrate"), OpusStreamEncoder::kDefaultBitrate);
    const int partMinutes = argInt(args, QStringLiteral("--part-minutes"), 20);
    const int partMiB = argInt(args, QStringLiteral("--part-mib"), 24);
    const int runs = std::max(1, argInt(args, QStringLiteral("--runs"), 3));
    std::printf("bench_split: %d min recording at %d bit/s, parts <= %d min and <= %d MiB, %d runs\n", minutes, bitrate,
                partMinutes, partMiB, runs);

    QElapsedTimer timer;
    timer.start();
    auto recording = test::LongRecording::create({std::int64_t(minutes) * 60'000, bitrate, true});
    if (!recording) {
        std::printf("recording: %s\n", qPrintable(recording.error().detail));
        return 1;
    }
    std::printf("recording made in %.2f s: %.1f MB\n", double(timer.nsecsElapsed()) / 1e9,
                double(recording->ogg().size()) / 1e6);

    double total = 0;
    double slowest = 0;
    const double cpuBefore = cpuSeconds();
    std::vector<AudioPart> parts;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        auto split = OggOpusSplitter::split(recording->ogg(), std::int64_t(partMinutes) * 60'000,
                                            std::int64_t(partMiB) * 1024 * 1024);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!split) {
            std::printf("split: %s\n", qPrintable(split.error().detail));
            return 1;
        }
        total += seconds;
        slowest = std::max(slowest, seconds);
        parts = std::move(*split);
    }
    const double cpu = (cpuSeconds() - cpuBefore) / runs;
    std::printf("split %d min: %.3f s mean of %d runs (slowest %.3f s; CPU %.3f s per run), %.0fx real time\n", minutes,
                total / runs, runs, slowest, cpu, double(minutes) * 60.0 / (total / runs));
    qint64 bytes = 0;
    for (const AudioPart& part : parts) {
        bytes += part.ogg.size();
        std::printf("  part %2d: starts %7.1f s, %6.1f s long, %6.2f MB\n", part.index, double(part.startMs) / 1000,
                    double(part.durationMs) / 1000, double(part.ogg.size()) / 1e6);
    }
    std::printf("%zu parts, %.1f MB in all (%.1f kB of repeated headers)\n", parts.size(), double(bytes) / 1e6,
                double(bytes - recording->ogg().size()) / 1e3);
    return 0;
}
