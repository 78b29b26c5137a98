// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/LinearResampler.h"

#include <cmath>

namespace clinicdesk {

void LinearResampler::process(std::span<const float> in, std::vector<float>& out) {
    const auto size = static_cast<double>(in.size());
    // Output positions are in [-1, size - 1): interpolate between the previous sample and this block.
    while (m_position < size - 1) {
        const double base = std::floor(m_position);
        const double frac = m_position - base;
        const auto i = static_cast<std::ptrdiff_t>(base);
        const float a = i < 0 ? m_previous : in[static_cast<size_t>(i)];
        const float b = in[static_cast<size_t>(i + 1)];
        out.push_back(static_cast<float>(a + (b - a) * frac));
        m_position += m_step;
    }
    if (!in.empty()) {
        m_previous = in.back();
        m_position -= size;
    }
}

} // namespace clinicdesk
