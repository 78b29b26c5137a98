// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>
#include <vector>

namespace clinicdesk {

// Reads and patches the Ogg framing (RFC 3533) of a stored recording without
// decoding it: enough to find where the last whole page ends, how long the
// stream is, and to mark a crashed recording's last page as the end of stream.
class OggPages {
public:
    struct Page {
        qsizetype offset = 0;
        qsizetype size = 0;
        std::uint8_t flags = 0;
        std::int64_t granule = -1;
        std::uint32_t serial = 0;
        std::uint32_t sequence = 0;
    };
    static constexpr std::uint8_t kContinued = 0x01;
    static constexpr std::uint8_t kBeginOfStream = 0x02;
    static constexpr std::uint8_t kEndOfStream = 0x04;

    // The whole, checksum-valid pages from the start of `data`; stops at the first
    // incomplete or damaged page.
    [[nodiscard]] static std::vector<Page> scan(QByteArrayView data);
    [[nodiscard]] static std::uint32_t crc(QByteArrayView page);
    // Sets the end-of-stream flag on the page at `page` and rewrites its checksum.
    static void markEndOfStream(QByteArray& data, const Page& page);
    // Opus pre-skip from the OpusHead packet on the first page, if it is one.
    [[nodiscard]] static std::optional<int> opusPreSkip(QByteArrayView data);
    // Playable length in milliseconds of an Ogg Opus stream (last granule minus pre-skip, at 48 kHz).
    [[nodiscard]] static std::int64_t opusDurationMs(QByteArrayView data);
};

} // namespace clinicdesk
