// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/PcmConverter.h"

#include <cstdint>
#include <cstring>

namespace clinicdesk {

namespace {

template <typename T>
float sampleAt(const char* p);

template <>
float sampleAt<std::uint8_t>(const char* p) {
    return (static_cast<float>(static_cast<std::uint8_t>(*p)) - 128.0F) / 128.0F;
}

template <>
float sampleAt<std::int16_t>(const char* p) {
    std::int16_t v;
    std::memcpy(&v, p, sizeof v);
    return static_cast<float>(v) / 32768.0F;
}

template <>
float sampleAt<std::int32_t>(const char* p) {
    std::int32_t v;
    std::memcpy(&v, p, sizeof v);
    return static_cast<float>(static_cast<double>(v) / 2147483648.0);
}

template <>
float sampleAt<float>(const char* p) {
    float v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <typename T>
void convert(const char* data, qsizetype frames, int channels, std::vector<float>& out) {
    const size_t start = out.size();
    out.resize(start + static_cast<size_t>(frames));
    const float scale = 1.0F / static_cast<float>(channels);
    for (qsizetype f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < channels; ++c) {
            sum += sampleAt<T>(data + (f * channels + c) * static_cast<qsizetype>(sizeof(T)));
        }
        out[start + static_cast<size_t>(f)] = std::clamp(sum * scale, -1.0F, 1.0F);
    }
}

} // namespace

bool PcmConverter::supports(const QAudioFormat& format) {
    return format.isValid() && format.channelCount() >= 1 && format.sampleFormat() != QAudioFormat::Unknown;
}

qsizetype PcmConverter::toMono(const QAudioFormat& format, QByteArrayView bytes, std::vector<float>& out) {
    const int frameBytes = format.bytesPerFrame();
    if (frameBytes <= 0) {
        return 0;
    }
    const qsizetype frames = bytes.size() / frameBytes;
    const int channels = format.channelCount();
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8:
        convert<std::uint8_t>(bytes.data(), frames, channels, out);
        break;
    case QAudioFormat::Int16:
        convert<std::int16_t>(bytes.data(), frames, channels, out);
        break;
    case QAudioFormat::Int32:
        convert<std::int32_t>(bytes.data(), frames, channels, out);
        break;
    case QAudioFormat::Float:
        convert<float>(bytes.data(), frames, channels, out);
        break;
    default:
        return 0;
    }
    return frames * frameBytes;
}

} // namespace clinicdesk
