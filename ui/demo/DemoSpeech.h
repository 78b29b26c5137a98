// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QStringList>

#include <cstdint>
#include <vector>

namespace clinicdesk {

// A voice for the demo vault's recording, made at first start (no recorded audio ships with ClinicDesk):
// each sentence becomes a run of syllables, a glottal pulse train through vowel formants with bursts of
// noise for consonants, with the pitch falling across the sentence and pauses between sentences. It sounds
// like speech heard through a wall: enough to show the level meter, playback and click-to-play on the
// transcript, and it carries no real words.
class DemoSpeech {
public:
    static constexpr int kSampleRate = 16000;

    struct Sentence {
        std::int64_t startMs = 0;
        std::int64_t endMs = 0;
    };

    // One sentence per entry of `sentences` (their length decides how many syllables), deterministic.
    DemoSpeech(const QStringList& sentences, std::uint32_t seed = 20261206);

    [[nodiscard]] const std::vector<float>& samples() const { return m_samples; }
    [[nodiscard]] const std::vector<Sentence>& sentences() const { return m_sentences; }
    [[nodiscard]] std::int64_t durationMs() const { return std::int64_t(m_samples.size()) * 1000 / kSampleRate; }

private:
    void silence(double seconds);
    void syllable(double seconds, double pitchHz, int vowel, bool consonant);

    std::vector<float> m_samples;
    std::vector<Sentence> m_sentences;
    std::uint32_t m_state;
    double m_phase = 0.0;
};

} // namespace clinicdesk
