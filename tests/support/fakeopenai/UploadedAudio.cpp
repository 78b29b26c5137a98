// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/UploadedAudio.h"

#include "audio/OggOpusDecoder.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace clinicdesk::test::fakeopenai {

namespace {

constexpr double kSpeechRms = 0.01;        // -40 dBFS over a 20 ms frame
constexpr double kMergeGapSeconds = 0.6;   // speech regions closer than this are one region
constexpr double kMinRegionSeconds = 0.06; // shorter bursts are clicks, not speech

} // namespace

const QStringList& UploadedAudio::formats() {
    static const QStringList audioFormats{QStringLiteral("flac"), QStringLiteral("m4a"),  QStringLiteral("mp3"),
                                          QStringLiteral("mp4"),  QStringLiteral("mpeg"), QStringLiteral("mpga"),
                                          QStringLiteral("oga"),  QStringLiteral("ogg"),  QStringLiteral("wav"),
                                          QStringLiteral("webm")};
    return audioFormats;
}

QString UploadedAudio::extensionOf(const QString& filename) {
    const qsizetype dot = filename.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : filename.mid(dot + 1).toLower();
}

std::optional<HttpResponse> UploadedAudio::checkFormat(const MultipartForm::Part& file) {
    if (!file.hasFilename || !formats().contains(extensionOf(file.filename)) || file.contentType.isEmpty()) {
        QStringList quoted;
        for (const QString& f : formats()) {
            quoted << QStringLiteral("'%1'").arg(f);
        }
        return invalid(
            QStringLiteral("Invalid file format. Supported formats: [%1]").arg(quoted.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

UploadedAudio UploadedAudio::decodeWav(const QByteArray& data) {
    UploadedAudio audio;
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WAVE") {
        audio.valid = false;
        return audio;
    }
    const auto* bytes = reinterpret_cast<const uchar*>(data.constData());
    qsizetype pos = 12;
    int format = 0;
    int channels = 0;
    int bits = 0;
    qint64 byteRate = 0;
    while (pos + 8 <= data.size()) {
        const QByteArray id = data.mid(pos, 4);
        const qint64 size = qFromLittleEndian<quint32>(bytes + pos + 4);
        const qsizetype body = pos + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= data.size()) {
            format = qFromLittleEndian<quint16>(bytes + body);
            channels = qFromLittleEndian<quint16>(bytes + body + 2);
            audio.rate = int(qFromLittleEndian<quint32>(bytes + body + 4));
            byteRate = qFromLittleEndian<quint32>(bytes + body + 8);
            bits = qFromLittleEndian<quint16>(bytes + body + 14);
        } else if (id == "data") {
            if (channels <= 0 || audio.rate <= 0 || byteRate <= 0) {
                audio.valid = false;
                return audio;
            }
            const qint64 available = std::min<qint64>(size, data.size() - body);
            audio.seconds = double(available) / double(byteRate);
            const bool pcm16 = format == 1 && bits == 16;
            const bool float32 = format == 3 && bits == 32;
            if (pcm16 || float32) {
                const int frameBytes = channels * bits / 8;
                const qint64 frames = available / frameBytes;
                audio.pcm.resize(size_t(frames));
                for (qint64 f = 0; f < frames; ++f) {
                    float sum = 0;
                    for (int c = 0; c < channels; ++c) {
                        const uchar* sample = bytes + body + f * frameBytes + c * bits / 8;
                        if (pcm16) {
                            sum += float(qFromLittleEndian<qint16>(sample)) / 32768.0f;
                        } else {
                            sum += qFromLittleEndian<float>(sample);
                        }
                    }
                    audio.pcm[size_t(f)] = sum / float(channels);
                }
                audio.decoded = true;
            }
            return audio;
        }
        pos = body + size + (size % 2);
    }
    audio.valid = false;
    return audio;
}

UploadedAudio UploadedAudio::decode(const QString& extension, const QByteArray& data) {
    UploadedAudio audio;
    if (extension == QLatin1String("ogg") || extension == QLatin1String("oga")) {
        auto samples = OggOpusDecoder::decodeAll(data);
        if (!samples) {
            audio.valid = false;
            return audio;
        }
        audio.pcm = std::move(*samples);
        audio.rate = OggOpusDecoder::kSampleRate;
        audio.seconds = double(audio.pcm.size()) / audio.rate;
        audio.decoded = true;
        return audio;
    }
    if (extension == QLatin1String("wav")) {
        return decodeWav(data);
    }
    return audio; // other formats are accepted as they are, without a duration
}

std::optional<HttpResponse> UploadedAudio::checkReadable(bool empty) const {
    if (!valid || empty) {
        return invalid(QStringLiteral("Audio file might be corrupted or unsupported"), QStringLiteral("file"),
                       QStringLiteral("invalid_value"));
    }
    return std::nullopt;
}

std::optional<HttpResponse> UploadedAudio::checkDuration(double maxSeconds) const {
    if (decoded && seconds < 0.1) {
        return invalid(QStringLiteral("Audio file is too short. Minimum audio length is 0.1 seconds."),
                       QStringLiteral("file"), QStringLiteral("audio_too_short"));
    }
    if (seconds > maxSeconds) {
        return invalid(QStringLiteral("audio duration %1 seconds is longer than %2 seconds which is the maximum "
                                      "for this model")
                           .arg(QString::number(seconds), QString::number(maxSeconds)),
                       {}, QStringLiteral("invalid_value"));
    }
    return std::nullopt;
}

std::vector<UploadedAudio::Region> UploadedAudio::speechRegions() const {
    std::vector<Region> runs;
    const size_t frame = size_t(std::max(1, rate / 50));
    bool inSpeech = false;
    double start = 0;
    for (size_t begin = 0; begin < pcm.size(); begin += frame) {
        const size_t end = std::min(begin + frame, pcm.size());
        double sum = 0;
        for (size_t i = begin; i < end; ++i) {
            sum += double(pcm[i]) * pcm[i];
        }
        const bool speech = std::sqrt(sum / double(end - begin)) > kSpeechRms;
        const double t = double(begin) / rate;
        if (speech && !inSpeech) {
            start = t;
        } else if (!speech && inSpeech) {
            runs.push_back({start, t});
        }
        inSpeech = speech;
    }
    if (inSpeech) {
        runs.push_back({start, double(pcm.size()) / rate});
    }
    std::vector<Region> merged;
    for (const Region& run : runs) {
        if (!merged.empty() && run.start - merged.back().end < kMergeGapSeconds) {
            merged.back().end = run.end;
        } else {
            merged.push_back(run);
        }
    }
    std::erase_if(merged, [](const Region& r) { return r.end - r.start < kMinRegionSeconds; });
    return merged;
}

} // namespace clinicdesk::test::fakeopenai
