// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/OpusStreamEncoder.h"

#include <opus/opusenc.h>

namespace clinicdesk {

namespace {

// The longest a page may last before libopusenc closes it, in 48 kHz samples: 0.5 s. It does not
// bound what a crash loses: the recorder closes the page in progress at every flush (takePages(true)),
// four times a second, so its pages never reach it. A delay below the flush interval only splits
// them further (0.25 s: 6 pages a second instead of 4, +1.8 % bytes, no less audio lost); imports,
// which take their pages at the end, get pages of 0.5 s.
constexpr int kMuxingDelay = 24000;
// Audio libopusenc keeps unencoded before it encodes a frame, in 48 kHz samples. libopusenc 0.2 uses
// it for nothing else (it is room for look-ahead decisions it does not make yet), and on a crash it
// is lost: 0.2 s of every recording's end. None: a frame is encoded as soon as its 20 ms are in.
constexpr int kDecisionDelay = 0;
// Speech for a clinician and for transcription (which works on 16 kHz audio): wideband (up to
// 8 kHz of audio) at complexity 3 costs ~0.4 s of CPU per audio minute here, against ~1.1 s at the
// defaults (fullband, 10), for the same size; see docs/PERFORMANCE.md.
constexpr int kComplexity = 3;

} // namespace

Result<std::unique_ptr<OpusStreamEncoder>> OpusStreamEncoder::create(int inputRate, int bitrate) {
    if (inputRate < 8000 || inputRate > 192000) {
        return fail(ErrorCode::InvalidInput,
                    tr("The audio input uses an unsupported sample rate (%1 Hz).").arg(inputRate),
                    QStringLiteral("unsupported input rate %1").arg(inputRate));
    }
    if (bitrate < 6000 || bitrate > 256000) {
        return fail(ErrorCode::InvalidInput, tr("The recording bit rate must be between 6 and 256 kbit/s."),
                    QStringLiteral("bad bitrate %1").arg(bitrate));
    }
    OggOpusComments* comments = ope_comments_create();
    if (!comments) {
        return fail(ErrorCode::Io, tr("The audio encoder could not be started."),
                    QStringLiteral("ope_comments_create"));
    }
    // Only the encoder's name: nothing about the patient or the clinic goes into the stream.
    int error = OPE_OK;
    OggOpusEnc* encoder = ope_encoder_create_pull(comments, inputRate, 1, 0, &error);
    ope_comments_destroy(comments);
    if (!encoder || error != OPE_OK) {
        return fail(ErrorCode::Io, tr("The audio encoder could not be started."),
                    QStringLiteral("ope_encoder_create_pull: %1").arg(QString::fromUtf8(ope_strerror(error))));
    }
    const int results[] = {
        ope_encoder_ctl(encoder, OPUS_SET_BITRATE(bitrate)),
        ope_encoder_ctl(encoder, OPUS_SET_VBR(1)),
        ope_encoder_ctl(encoder, OPUS_SET_COMPLEXITY(kComplexity)),
        ope_encoder_ctl(encoder, OPUS_SET_MAX_BANDWIDTH(OPUS_BANDWIDTH_WIDEBAND)),
        ope_encoder_ctl(encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)),
        ope_encoder_ctl(encoder, OPE_SET_MUXING_DELAY(kMuxingDelay)),
        ope_encoder_ctl(encoder, OPE_SET_DECISION_DELAY(kDecisionDelay)),
        ope_encoder_ctl(encoder, OPE_SET_COMMENT_PADDING(0)),
    };
    for (int r : results) {
        if (r != OPE_OK) {
            ope_encoder_destroy(encoder);
            return fail(ErrorCode::Io, tr("The audio encoder could not be started."),
                        QStringLiteral("ope_encoder_ctl: %1").arg(QString::fromUtf8(ope_strerror(r))));
        }
    }
    if (int r = ope_encoder_flush_header(encoder); r != OPE_OK) {
        ope_encoder_destroy(encoder);
        return fail(ErrorCode::Io, tr("The audio encoder could not be started."),
                    QStringLiteral("ope_encoder_flush_header: %1").arg(QString::fromUtf8(ope_strerror(r))));
    }
    return std::unique_ptr<OpusStreamEncoder>(new OpusStreamEncoder(encoder, inputRate));
}

OpusStreamEncoder::OpusStreamEncoder(OggOpusEnc* encoder, int inputRate)
    : m_encoder(encoder)
    , m_inputRate(inputRate) {}

OpusStreamEncoder::~OpusStreamEncoder() {
    ope_encoder_destroy(m_encoder);
}

Status OpusStreamEncoder::write(std::span<const float> mono) {
    if (m_finished) {
        return fail(ErrorCode::Io, tr("The recording has already ended."), QStringLiteral("write after finish"));
    }
    if (mono.empty()) {
        return {};
    }
    if (int r = ope_encoder_write_float(m_encoder, mono.data(), static_cast<int>(mono.size())); r != OPE_OK) {
        return fail(ErrorCode::Io, tr("The audio could not be encoded."),
                    QStringLiteral("ope_encoder_write_float: %1").arg(QString::fromUtf8(ope_strerror(r))));
    }
    m_framesWritten += static_cast<std::int64_t>(mono.size());
    return {};
}

QByteArray OpusStreamEncoder::takePages(bool flush) {
    QByteArray pages;
    unsigned char* page = nullptr;
    opus_int32 length = 0;
    while (ope_encoder_get_page(m_encoder, &page, &length, flush ? 1 : 0)) {
        pages.append(reinterpret_cast<const char*>(page), length);
    }
    return pages;
}

Result<QByteArray> OpusStreamEncoder::finish() {
    if (m_finished) {
        return QByteArray();
    }
    m_finished = true;
    if (int r = ope_encoder_drain(m_encoder); r != OPE_OK) {
        return fail(ErrorCode::Io, tr("The audio could not be encoded."),
                    QStringLiteral("ope_encoder_drain: %1").arg(QString::fromUtf8(ope_strerror(r))));
    }
    return takePages(true);
}

} // namespace clinicdesk
