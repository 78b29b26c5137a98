// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// bench_recording: the recording pipeline against the recording issue's targets.
// Prints figures and ratios; it is not a test. See docs/PERFORMANCE.md.
//
//   bench_recording [--minutes M] [--rate HZ] [--bitrate BPS] [--encode-minutes E] [--flush-ms F]
//
// 1. Encoder CPU per minute of audio: OpusStreamEncoder on E minutes of a
//    synthetic voice (harmonics at a speaking pitch, syllable-rate envelope,
//    pauses, breath noise) at the capture rate, process CPU time measured.
// 2. Bytes per minute at the default bit rate, against 16 kHz 16-bit WAV: with
//    the page in progress closed every F ms of audio (default: the recorder's
//    flush interval), as a live recording stores it, and with pages closed by the
//    encoder's muxing delay alone, as an import stores it.
// 3. Peak memory over an M-minute recording (default 120): the same path as a
//    live recording (encoder, whole pages into the real vault every F ms of
//    audio in a transaction of its own) fed faster than real time; VmRSS is
//    sampled every audio minute and compared with the figure before recording.
//    The same run times each chunk's commit (wall and thread CPU) and counts the
//    bytes the process wrote to disk (/proc/self/io: the WAL and its checkpoints).
// 4. Stop to finished row: encoder drain + last chunk + the `complete` update.
// 5. Reading the whole recording back from the vault (playback, transcription).

#include "audio/OggOpusDecoder.h"
#include "audio/OggPages.h"
#include "audio/OpusStreamEncoder.h"
#include "audio/Recorder.h"
#include "crypto/KdfParams.h"
#include "crypto/SecureBytes.h"
#include "repo/RecordingRepository.h"
#include "session/VaultSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>
#include <random>

using namespace clinicdesk;

namespace {

double cpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double threadCpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Bytes this process caused to be written to the disk (Linux; includes the WAL's checkpoints).
long long diskWriteBytes() {
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:")) {
            return line.mid(12).trimmed().toLongLong();
        }
    }
    return -1;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * double(values.size())))];
}

// Resident memory in KiB (Linux).
long rssKiB() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLong();
        }
    }
    return -1;
}

// A deterministic voice-like signal: a 120-220 Hz glottal pitch with harmonics,
// shaped into ~4 syllables per second, phrases of 2-6 s and pauses of 0.3-1.5 s.
class SyntheticVoice {
public:
    explicit SyntheticVoice(int rate)
        : m_rate(rate)
        , m_random(42) {}

    void fill(std::vector<float>& out) {
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        std::normal_distribution<double> noise(0.0, 1.0);
        for (float& sample : out) {
            if (m_left <= 0) {
                m_speaking = !m_speaking;
                m_left = static_cast<long>(
                    m_rate * (m_speaking ? 2.0 + 4.0 * uniform(m_random) : 0.3 + 1.2 * uniform(m_random)));
                m_pitch = 120.0 + 100.0 * uniform(m_random);
            }
            --m_left;
            m_t += 1.0 / m_rate;
            double v = 0.0005 * noise(m_random);
            if (m_speaking) {
                m_phase +=
                    2 * std::numbers::pi * m_pitch * (1.0 + 0.05 * std::sin(2 * std::numbers::pi * 0.7 * m_t)) / m_rate;
                double voiced = 0;
                for (int h = 1; h <= 12; ++h) {
                    voiced += std::sin(h * m_phase) / h;
                }
                const double syllable = 0.5 - 0.5 * std::cos(2 * std::numbers::pi * 4.0 * m_t);
                v += 0.12 * voiced * syllable + 0.01 * noise(m_random) * syllable;
            }
            sample = static_cast<float>(v);
        }
    }

private:
    int m_rate;
    std::mt19937 m_random;
    bool m_speaking = false;
    long m_left = 0;
    double m_pitch = 150;
    double m_phase = 0;
    double m_t = 0;
};

int argInt(const QStringList& args, const QString& name, int fallback) {
    const auto i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (!initCrypto()) {
        return 1;
    }
    const QStringList args = QCoreApplication::arguments();
    const int minutes = argInt(args, QStringLiteral("--minutes"), 120);
    const int rate = argInt(args, QStringLiteral("--rate"), 48000);
    const int bitrate = argInt(args, QStringLiteral("--bitrate"), OpusStreamEncoder::kDefaultBitrate);
    const int encodeMinutes = argInt(args, QStringLiteral("--encode-minutes"), 10);
    const int flushMs = std::max(20, argInt(args, QStringLiteral("--flush-ms"), Recorder::Options{}.flushIntervalMs));
    // Audio arrives in 20 ms blocks; the page in progress is closed after the block that crosses the next
    // multiple of the flush interval (250 ms: after 260, 500, 760, 1000 ms, ...), as the recorder's timer.
    const auto flushDue = [flushMs](long block) { return (block + 1) * 20 / flushMs != block * 20 / flushMs; };
    std::printf("bench_recording: capture %d Hz mono, %d bit/s, %d min memory run, %d min encoder run, "
                "pages closed and stored every %d ms of audio\n",
                rate, bitrate, minutes, encodeMinutes, flushMs);

    // 1 + 2: encoder alone.
    {
        auto encoder = OpusStreamEncoder::create(rate, bitrate);
        if (!encoder) {
            std::printf("encoder: %s\n", qPrintable(encoder.error().detail));
            return 1;
        }
        SyntheticVoice voice(rate);
        std::vector<float> block(static_cast<size_t>(rate / 50)); // 20 ms, as capture delivers it
        std::vector<float> generated(block.size() * 50 * 60 * static_cast<size_t>(encodeMinutes));
        voice.fill(generated);
        QByteArray stream;
        const double cpu0 = cpuSeconds();
        for (size_t offset = 0; offset < generated.size(); offset += block.size()) {
            if (!(*encoder)->write(std::span<const float>(generated).subspan(offset, block.size()))) {
                return 1;
            }
            if (flushDue(long(offset / block.size()))) {
                stream += (*encoder)->takePages(true);
            }
        }
        auto tail = (*encoder)->finish();
        stream += tail ? *tail : QByteArray();
        const double cpu = cpuSeconds() - cpu0;
        const double perMinute = cpu / encodeMinutes;
        const double kbPerMinute = double(stream.size()) / encodeMinutes / 1000.0;
        const double pagesPerMinute = double(OggPages::scan(stream).size()) / encodeMinutes;
        std::printf("encoder CPU:      %.3f s per audio minute (target <= 0.5)  %s\n", perMinute,
                    perMinute <= 0.5 ? "PASS" : "FAIL");
        std::printf("bytes per minute: %.1f kB, %.0f pages (target <= 200 kB; 16 kHz 16-bit WAV: 1920 kB, ratio "
                    "%.1fx)  %s\n",
                    kbPerMinute, pagesPerMinute, 1920.0 / kbPerMinute, kbPerMinute <= 200 ? "PASS" : "FAIL");

        // The same audio with pages closed by the muxing delay only (an import).
        auto imported = OpusStreamEncoder::create(rate, bitrate);
        if (!imported || !(*imported)->write(generated)) {
            return 1;
        }
        // finish() hands out every page not taken yet: here, the whole stream.
        const QByteArray importedStream = (*imported)->finish().value_or(QByteArray());
        std::printf("bytes per minute, pages by muxing delay only (import): %.1f kB, %.0f pages\n",
                    double(importedStream.size()) / encodeMinutes / 1000.0,
                    double(OggPages::scan(importedStream).size()) / encodeMinutes);
    }

    // 3 + 4: the live path into a real vault.
    QTemporaryDir dir;
    NewUser admin;
    admin.name = QStringLiteral("admin");
    admin.displayName = QStringLiteral("Admin");
    admin.role = Role::Admin;
    auto created =
        VaultSession::createVault(dir.filePath(QStringLiteral("vault")), admin,
                                  SecureBytes::fromUtf8(QStringLiteral("bench password")), KdfParams::minimum());
    if (!created) {
        std::printf("vault: %s\n", qPrintable(created.error().detail));
        return 1;
    }
    VaultSession& session = *created->session;
    PatientDraft draft;
    draft.firstName = QStringLiteral("Bench");
    draft.lastName = QStringLiteral("Patient");
    auto patient = session.patients().add(draft);
    auto encounter = patient ? session.encounters().open(patient->patient.id, Consent::Verbal)
                             : Result<Encounter>(std::unexpected(patient.error()));
    if (!encounter) {
        std::printf("encounter: %s\n", qPrintable(encounter.error().detail));
        return 1;
    }
    RecordingRepository recordings = session.recordings();
    auto recording = recordings.begin(NewRecording{encounter->id, RecordingSource::Microphone, std::nullopt, rate});
    auto encoder = OpusStreamEncoder::create(rate, bitrate);
    if (!recording || !encoder) {
        return 1;
    }
    SyntheticVoice voice(rate);
    std::vector<float> block(static_cast<size_t>(rate / 50));
    const long idle = rssKiB();
    long peak = idle;
    int seq = 0;
    QElapsedTimer wall;
    wall.start();
    std::vector<double> commitMs;
    double commitCpu = 0;
    const long long written0 = diskWriteBytes();
    for (long i = 0; i < long(minutes) * 60 * 50; ++i) {
        voice.fill(block);
        if (!(*encoder)->write(block)) {
            return 1;
        }
        if (flushDue(i)) {
            const QByteArray pages = (*encoder)->takePages(true);
            if (!pages.isEmpty()) {
                QElapsedTimer write;
                write.start();
                const double cpuBefore = threadCpuSeconds();
                if (auto s = recordings.appendChunk(recording->id, seq++, pages, (*encoder)->durationMs()); !s) {
                    std::printf("append: %s\n", qPrintable(s.error().detail));
                    return 1;
                }
                commitCpu += threadCpuSeconds() - cpuBefore;
                commitMs.push_back(double(write.nsecsElapsed()) / 1e6);
            }
        }
        if (i % (60 * 50) == 0) {
            peak = std::max(peak, rssKiB());
        }
    }
    peak = std::max(peak, rssKiB());
    QElapsedTimer stop;
    stop.start();
    auto tail = (*encoder)->finish();
    if (!tail || !recordings.appendChunk(recording->id, seq++, *tail, (*encoder)->durationMs()) ||
        !recordings.finish(recording->id, RecordingState::Complete, (*encoder)->durationMs())) {
        return 1;
    }
    const double stopMs = stop.nsecsElapsed() / 1e6;
    const double growthMb = double(peak - idle) / 1024.0;
    const long long written = diskWriteBytes() - written0;
    double commitTotal = 0;
    for (double ms : commitMs) {
        commitTotal += ms;
    }
    const double commitsPerSecond = double(commitMs.size()) / (double(minutes) * 60.0);
    std::printf("%d min recording written in %.1f s (%.0fx real time), %d chunks, slowest chunk write %.1f ms\n",
                minutes, wall.elapsed() / 1000.0, minutes * 60.0 / (wall.elapsed() / 1000.0), seq,
                percentile(commitMs, 1.0));
    std::printf("chunk commits:    %.1f per second of audio; each %.2f ms mean, p50 %.2f, p99 %.2f (wall), %.3f ms "
                "CPU; %.1f ms of commit per second of audio\n",
                commitsPerSecond, commitTotal / double(commitMs.size()), percentile(commitMs, 0.5),
                percentile(commitMs, 0.99), 1000.0 * commitCpu / double(commitMs.size()),
                commitTotal / (double(minutes) * 60.0));
    std::printf("written to disk:  %.2f MB per audio minute (the WAL and its checkpoints)\n",
                double(written) / 1e6 / minutes);
    std::printf("memory:           %.1f MB above idle at peak (idle %.1f MB, peak %.1f MB; target < 30)  %s\n",
                growthMb, idle / 1024.0, peak / 1024.0, growthMb < 30 ? "PASS" : "FAIL");
    std::printf("stop to finished row: %.1f ms (target < 200)  %s\n", stopMs, stopMs < 200 ? "PASS" : "FAIL");
    auto stored = recordings.get(recording->id);
    if (stored) {
        std::printf("stored: %lld ms, %lld bytes (%.1f kB per minute)\n", static_cast<long long>(stored->durationMs),
                    static_cast<long long>(stored->bytes), double(stored->bytes) / minutes / 1000.0);
    }
    // 5: the whole recording back from the vault, as playback and transcription read it.
    QElapsedTimer read;
    read.start();
    auto audio = recordings.audio(recording->id, RecordingRepository::Purpose::Process);
    if (!audio) {
        std::printf("read: %s\n", qPrintable(audio.error().detail));
        return 1;
    }
    std::printf("read back:        %.1f ms for %lld bytes in %d chunks\n", read.nsecsElapsed() / 1e6,
                static_cast<long long>(audio->size()), seq);
    session.logout();
    return 0;
}
