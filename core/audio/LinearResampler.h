// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <span>
#include <vector>

namespace clinicdesk {

// Streaming linear-interpolation resampler for mono speech. Used only when a
// recording continues on a device whose rate differs from the one it started
// with (the encoder's input rate is fixed for the stream's lifetime).
class LinearResampler {
public:
    LinearResampler(int fromRate, int toRate)
        : m_step(static_cast<double>(fromRate) / toRate) {}

    void process(std::span<const float> in, std::vector<float>& out);

private:
    double m_step;
    double m_position = 0; // in input samples, relative to the first sample of the next block
    float m_previous = 0;  // the last sample of the previous block (position -1)
};

} // namespace clinicdesk
