// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace clinicdesk::test {

// A 16-bit mono PCM signal built piece by piece, and its WAV file: the test audio of
// tests that import or send a recording.
class WavFile {
public:
    explicit WavFile(int rate = 16000)
        : m_rate(rate) {}

    // A sine tone (a stand-in for speech: the fake server and the splitter hear it as such).
    WavFile& tone(double seconds, double hertz = 440.0, double amplitude = 8000.0);
    WavFile& silence(double seconds);

    [[nodiscard]] int rate() const { return m_rate; }
    [[nodiscard]] QByteArray bytes() const;
    [[nodiscard]] bool write(const QString& path) const;

private:
    int m_rate;
    std::vector<std::int16_t> m_samples;
};

} // namespace clinicdesk::test
