// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>

namespace clinicdesk {

// What an audio file's own bytes say before any decoding: the container (from its signature) and
// whether its structure shows it cut short or empty. Reads only inside [data, data + size): any bytes
// give an answer, never an out-of-bounds read or unbounded work (tests/fuzz/fuzz_audioprobe.cpp).
class AudioProbe {
public:
    enum class Container { Unknown, Wav, Flac, Ogg, Mp3, Mp4, Matroska };

    enum class Structure {
        Ok,        // nothing wrong that the container's structure shows
        Truncated, // the data ends before the length the container declares
        NoAudio,   // the container declares no samples at all
    };

    struct Result {
        Container container = Container::Unknown;
        QString format;
        Structure structure = Structure::Ok;
        // A duration the header itself declares (FLAC STREAMINFO), compared with what was decoded.
        std::int64_t declaredFrames = -1;
        int declaredRate = 0;
    };

    [[nodiscard]] static Result inspect(const unsigned char* data, qint64 size);
};

} // namespace clinicdesk
