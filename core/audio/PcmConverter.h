// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QAudioFormat>
#include <QByteArrayView>

#include <vector>

namespace clinicdesk {

// Turns whatever the capture device delivers (8/16/32-bit integer or float,
// any channel count) into mono float samples in [-1, 1] by averaging channels.
class PcmConverter {
public:
    [[nodiscard]] static bool supports(const QAudioFormat& format);
    // Appends the mono samples of the whole frames in `bytes` to `out`; returns how many bytes were used.
    static qsizetype toMono(const QAudioFormat& format, QByteArrayView bytes, std::vector<float>& out);
};

} // namespace clinicdesk
