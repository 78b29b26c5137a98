// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "WavFile.h"

#include <QFile>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace clinicdesk::test {

WavFile& WavFile::tone(double seconds, double hertz, double amplitude) {
    const auto count = static_cast<std::size_t>(seconds * m_rate);
    for (std::size_t i = 0; i < count; ++i) {
        const double t = static_cast<double>(i) / m_rate;
        m_samples.push_back(
            static_cast<std::int16_t>(std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hertz * t))));
    }
    return *this;
}

WavFile& WavFile::silence(double seconds) {
    m_samples.insert(m_samples.end(), static_cast<std::size_t>(seconds * m_rate), std::int16_t(0));
    return *this;
}

QByteArray WavFile::bytes() const {
    QByteArray wav;
    const auto u32 = [&wav](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    const auto u16 = [&wav](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    const auto dataBytes = static_cast<quint32>(m_samples.size() * 2);
    wav.append("RIFF");
    u32(36 + dataBytes);
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(static_cast<quint32>(m_rate));
    u32(static_cast<quint32>(m_rate * 2));
    u16(2);
    u16(16);
    wav.append("data");
    u32(dataBytes);
    for (std::int16_t s : m_samples) {
        u16(static_cast<quint16>(s));
    }
    return wav;
}

bool WavFile::write(const QString& path) const {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes()) >= 0 && file.flush();
}

} // namespace clinicdesk::test
