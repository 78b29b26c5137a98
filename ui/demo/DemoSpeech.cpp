// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "demo/DemoSpeech.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace clinicdesk {

namespace {

// F1, F2, F3 of five vowels (a, e, i, o, u), Hz.
constexpr std::array<std::array<double, 3>, 5> kFormants{{
    {{730, 1090, 2440}},
    {{530, 1840, 2480}},
    {{290, 2250, 2890}},
    {{570, 840, 2410}},
    {{300, 870, 2240}},
}};

// A two-pole resonator at `frequency` with `bandwidth`, run over a buffer.
class Resonator {
public:
    Resonator(double frequency, double bandwidth) {
        const double r = std::exp(-std::numbers::pi * bandwidth / DemoSpeech::kSampleRate);
        m_a1 = 2.0 * r * std::cos(2.0 * std::numbers::pi * frequency / DemoSpeech::kSampleRate);
        m_a2 = -r * r;
        m_gain = 1.0 - r;
    }
    double step(double x) {
        const double y = m_gain * x + m_a1 * m_y1 + m_a2 * m_y2;
        m_y2 = m_y1;
        m_y1 = y;
        return y;
    }

private:
    double m_a1 = 0, m_a2 = 0, m_gain = 0, m_y1 = 0, m_y2 = 0;
};

} // namespace

DemoSpeech::DemoSpeech(const QStringList& sentences, std::uint32_t seed)
    : m_state(seed) {
    const auto next = [this] {
        m_state = m_state * 1664525U + 1013904223U;
        return double(m_state >> 8) / double(1U << 24);
    };
    silence(0.6);
    for (const QString& sentence : sentences) {
        Sentence timing;
        timing.startMs = durationMs();
        const int syllables = std::clamp(int(sentence.size() / 4), 3, 40);
        for (int i = 0; i < syllables; ++i) {
            const double progress = double(i) / syllables;
            const double pitch = 150.0 - 35.0 * progress + 10.0 * (next() - 0.5);
            syllable(0.12 + 0.1 * next(), pitch, int(next() * 5) % 5, next() < 0.6);
            if (next() < 0.3) {
                silence(0.05 + 0.05 * next()); // between words
            }
        }
        timing.endMs = durationMs();
        m_sentences.push_back(timing);
        silence(0.45 + 0.4 * next());
    }
    silence(0.5);
    // Peaks at about -3 dBFS, as a voice close to the microphone.
    float peak = 0.0F;
    for (float v : m_samples) {
        peak = std::max(peak, std::abs(v));
    }
    if (peak > 0.0F) {
        const float gain = 0.7F / peak;
        for (float& v : m_samples) {
            v *= gain;
        }
    }
}

void DemoSpeech::silence(double seconds) {
    m_samples.insert(m_samples.end(), std::size_t(seconds * kSampleRate), 0.0F);
}

void DemoSpeech::syllable(double seconds, double pitchHz, int vowel, bool consonant) {
    const auto random = [this] {
        m_state = m_state * 1664525U + 1013904223U;
        return double(m_state >> 8) / double(1U << 24) * 2.0 - 1.0;
    };
    if (consonant) {
        // A short burst of noise, brighter than the vowel after it.
        Resonator hiss(3500, 2000);
        const int n = int(0.04 * kSampleRate);
        for (int i = 0; i < n; ++i) {
            const double envelope = std::sin(std::numbers::pi * i / n);
            m_samples.push_back(float(0.08 * envelope * hiss.step(random()) * 6.0));
        }
    }
    const auto& f = kFormants[std::size_t(vowel)];
    std::array<Resonator, 3> formants{Resonator(f[0], 90), Resonator(f[1], 110), Resonator(f[2], 170)};
    const int n = int(seconds * kSampleRate);
    const int attack = int(0.02 * kSampleRate);
    for (int i = 0; i < n; ++i) {
        // A sawtooth glottal source (roughly -6 dB/octave), a little breath noise.
        m_phase += pitchHz / kSampleRate;
        m_phase -= std::floor(m_phase);
        const double source = (1.0 - 2.0 * m_phase) + 0.05 * random();
        double y = 0.0;
        for (std::size_t k = 0; k < formants.size(); ++k) {
            y += formants[k].step(source) * (k == 0 ? 1.0 : 0.6 / double(k));
        }
        const double envelope = std::min({1.0, double(i) / attack, double(n - i) / attack});
        m_samples.push_back(float(std::clamp(0.9 * envelope * y, -0.95, 0.95)));
    }
}

} // namespace clinicdesk
