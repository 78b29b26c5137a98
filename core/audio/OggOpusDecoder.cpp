// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/OggOpusDecoder.h"

#include <opus/opusfile.h>

namespace clinicdesk {

Result<std::unique_ptr<OggOpusDecoder>> OggOpusDecoder::open(QByteArray data) {
    if (data.isEmpty()) {
        return fail(ErrorCode::InvalidInput, tr("The recording contains no audio."), QStringLiteral("empty stream"));
    }
    int error = 0;
    OggOpusFile* file = op_open_memory(reinterpret_cast<const unsigned char*>(data.constData()),
                                       static_cast<size_t>(data.size()), &error);
    if (!file) {
        return fail(ErrorCode::Integrity, tr("The recording could not be read; it may be damaged."),
                    QStringLiteral("op_open_memory: %1").arg(error));
    }
    return std::unique_ptr<OggOpusDecoder>(new OggOpusDecoder(std::move(data), file));
}

OggOpusDecoder::OggOpusDecoder(QByteArray data, OggOpusFile* file)
    : m_data(std::move(data))
    , m_file(file) {
    const ogg_int64_t total = op_pcm_total(m_file, -1);
    m_durationMs = total > 0 ? total * 1000 / kSampleRate : 0;
}

OggOpusDecoder::~OggOpusDecoder() {
    op_free(m_file);
}

Result<std::vector<float>> OggOpusDecoder::decodeAll(QByteArray data) {
    auto decoder = open(std::move(data));
    if (!decoder) {
        return std::unexpected(decoder.error());
    }
    std::vector<float> pcm;
    pcm.reserve(static_cast<size_t>((*decoder)->durationMs() * kSampleRate / 1000 + kSampleRate));
    std::vector<float> block(5760);
    while (true) {
        auto n = (*decoder)->read(block);
        if (!n) {
            return std::unexpected(n.error());
        }
        if (*n == 0) {
            break;
        }
        pcm.insert(pcm.end(), block.begin(), block.begin() + *n);
    }
    return pcm;
}

Result<qsizetype> OggOpusDecoder::read(std::span<float> out) {
    if (out.empty()) {
        return qsizetype(0);
    }
    // opusfile never returns more frames than fit; it keeps the rest of a packet for the next call.
    const int linkChannels = std::max(1, op_channel_count(m_file, -1));
    m_interleaved.resize(std::min<size_t>(out.size(), 5760) * static_cast<size_t>(linkChannels));
    int link = 0;
    int frames = OP_HOLE;
    // A hole is a damaged or missing page: skip the gap and keep playing what follows.
    for (int holes = 0; frames == OP_HOLE && holes < 1000; ++holes) {
        frames = op_read_float(m_file, m_interleaved.data(), static_cast<int>(m_interleaved.size()), &link);
    }
    if (frames < 0) {
        return fail(ErrorCode::Integrity, tr("The recording could not be read; it may be damaged."),
                    QStringLiteral("op_read_float: %1").arg(frames));
    }
    const int channels = op_channel_count(m_file, link);
    const auto count = std::min<qsizetype>(frames, static_cast<qsizetype>(out.size()));
    for (qsizetype i = 0; i < count; ++i) {
        float sum = 0;
        for (int c = 0; c < channels; ++c) {
            sum += m_interleaved[static_cast<size_t>(i * channels + c)];
        }
        out[static_cast<size_t>(i)] = sum / static_cast<float>(channels);
    }
    return count;
}

Status OggOpusDecoder::seekMs(std::int64_t ms) {
    const ogg_int64_t target = std::clamp<std::int64_t>(ms, 0, m_durationMs) * kSampleRate / 1000;
    if (int r = op_pcm_seek(m_file, target); r != 0) {
        return fail(ErrorCode::Integrity, tr("The recording could not be read; it may be damaged."),
                    QStringLiteral("op_pcm_seek: %1").arg(r));
    }
    return {};
}

std::int64_t OggOpusDecoder::positionMs() const {
    const ogg_int64_t pos = op_pcm_tell(m_file);
    return pos > 0 ? pos * 1000 / kSampleRate : 0;
}

} // namespace clinicdesk
