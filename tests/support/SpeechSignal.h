// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <vector>

namespace clinicdesk::test {

// Speech for the audio tests: espeak-ng's voice, played into the virtual
// microphone in real time, and the comparison of what was recorded with it.
struct Mono {
    std::vector<float> samples;
    int rate = 0;
    [[nodiscard]] double seconds() const { return rate > 0 ? double(samples.size()) / rate : 0.0; }
};

// Writes `text` spoken by espeak-ng to `wavPath`; false if espeak-ng failed.
[[nodiscard]] bool speak(const QString& text, const QString& wavPath);
// Reads a 16-bit PCM WAV file (what espeak-ng writes), down-mixed to mono.
[[nodiscard]] Mono readWav(const QString& path);

struct Coverage {
    double fraction = 0;      // spoken source frames that are present in the recording
    int spokenFrames = 0;     // 10 ms frames of the source that carry speech
    double offsetSeconds = 0; // where the source starts in the recording
};

// Aligns the energy envelopes (10 ms frames) of `source` and `recording` by
// cross-correlation and counts the source's spoken frames whose aligned frame in
// the recording is not silent. Lost words at either end lower the fraction.
[[nodiscard]] Coverage spokenCoverage(const Mono& source, const Mono& recording);

} // namespace clinicdesk::test
