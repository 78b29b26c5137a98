// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "SpeechSignal.h"

#include <QFile>
#include <QProcess>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace clinicdesk::test {

namespace {

std::vector<double> envelope(const Mono& audio) {
    const int frame = audio.rate / 100;
    std::vector<double> energy(audio.samples.size() / static_cast<size_t>(frame));
    for (size_t i = 0; i < energy.size(); ++i) {
        double sum = 0;
        for (int j = 0; j < frame; ++j) {
            const double v = audio.samples[i * static_cast<size_t>(frame) + static_cast<size_t>(j)];
            sum += v * v;
        }
        energy[i] = sum / frame;
    }
    return energy;
}

double toDb(double energy) {
    return energy > 0 ? 10 * std::log10(energy) : -200;
}

} // namespace

bool speak(const QString& text, const QString& wavPath) {
    QProcess espeak;
    espeak.start(QStringLiteral("espeak-ng"),
                 {QStringLiteral("-w"), wavPath, QStringLiteral("-s"), QStringLiteral("150"), text});
    return espeak.waitForFinished(30000) && espeak.exitStatus() == QProcess::NormalExit && espeak.exitCode() == 0 &&
           QFile::exists(wavPath);
}

Mono readWav(const QString& path) {
    Mono mono;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return mono;
    }
    const QByteArray data = file.readAll();
    if (data.size() < 44 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        return mono;
    }
    int channels = 1;
    int bits = 16;
    qsizetype pos = 12;
    while (pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        auto size = static_cast<qsizetype>(qFromLittleEndian<quint32>(data.constData() + pos + 4));
        const qsizetype body = pos + 8;
        if (id == "fmt ") {
            channels = qFromLittleEndian<quint16>(data.constData() + body + 2);
            mono.rate = static_cast<int>(qFromLittleEndian<quint32>(data.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(data.constData() + body + 14);
        } else if (id == "data" && bits == 16 && channels > 0) {
            // espeak-ng writing to a file may leave the data size open (0 or 0xffffffff).
            if (size <= 0 || body + size > data.size()) {
                size = data.size() - body;
            }
            const qsizetype frames = size / (2 * channels);
            mono.samples.resize(static_cast<size_t>(frames));
            for (qsizetype f = 0; f < frames; ++f) {
                double sum = 0;
                for (int c = 0; c < channels; ++c) {
                    sum += qFromLittleEndian<qint16>(data.constData() + body + (f * channels + c) * 2) / 32768.0;
                }
                mono.samples[static_cast<size_t>(f)] = static_cast<float>(sum / channels);
            }
            return mono;
        }
        pos = body + size + (size & 1);
    }
    return Mono{};
}

Coverage spokenCoverage(const Mono& source, const Mono& recording) {
    Coverage result;
    const auto src = envelope(source);
    const auto rec = envelope(recording);
    if (src.empty() || rec.empty()) {
        return result;
    }
    const double srcPeak = toDb(*std::max_element(src.begin(), src.end()));
    const double recPeak = toDb(*std::max_element(rec.begin(), rec.end()));
    // Speech in the source: within 35 dB of its loudest frame. Present in the recording: within 45 dB of its
    // loudest (the virtual microphone's silence is digital zero, far below that).
    std::vector<int> spoken;
    for (size_t i = 0; i < src.size(); ++i) {
        if (toDb(src[i]) > srcPeak - 35) {
            spoken.push_back(static_cast<int>(i));
        }
    }
    result.spokenFrames = static_cast<int>(spoken.size());
    if (spoken.empty()) {
        return result;
    }
    // Correlate log envelopes over every lag that keeps the source inside the recording (or partly outside:
    // a recording that lost the start must still align).
    std::vector<double> srcDb(src.size());
    std::vector<double> recDb(rec.size());
    std::transform(src.begin(), src.end(), srcDb.begin(), [&](double e) { return std::max(toDb(e), srcPeak - 60); });
    std::transform(rec.begin(), rec.end(), recDb.begin(), [&](double e) { return std::max(toDb(e), recPeak - 60); });
    const double srcMean = std::accumulate(srcDb.begin(), srcDb.end(), 0.0) / double(srcDb.size());
    const double recMean = std::accumulate(recDb.begin(), recDb.end(), 0.0) / double(recDb.size());
    long bestLag = 0;
    double best = -1e300;
    const long minLag = -static_cast<long>(src.size()) / 2;
    const long maxLag = static_cast<long>(rec.size());
    for (long lag = minLag; lag < maxLag; ++lag) {
        double score = 0;
        for (size_t i = 0; i < srcDb.size(); ++i) {
            const long j = lag + static_cast<long>(i);
            if (j >= 0 && j < static_cast<long>(recDb.size())) {
                score += (srcDb[i] - srcMean) * (recDb[static_cast<size_t>(j)] - recMean);
            }
        }
        if (score > best) {
            best = score;
            bestLag = lag;
        }
    }
    int present = 0;
    for (int i : spoken) {
        const long j = bestLag + i;
        // One frame of slack either way for the envelopes' phase.
        bool heard = false;
        for (long k = j - 1; k <= j + 1; ++k) {
            if (k >= 0 && k < static_cast<long>(rec.size()) && toDb(rec[static_cast<size_t>(k)]) > recPeak - 45) {
                heard = true;
            }
        }
        present += heard ? 1 : 0;
    }
    result.fraction = double(present) / double(spoken.size());
    result.offsetSeconds = double(bestLag) / 100.0;
    return result;
}

} // namespace clinicdesk::test
