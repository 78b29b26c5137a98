// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "audio/OggPages.h"

#include <algorithm>
#include <array>

namespace clinicdesk {

namespace {

constexpr qsizetype kHeaderSize = 27;

std::uint32_t readLe32(const unsigned char* p) {
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

std::int64_t readLe64(const unsigned char* p) {
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i) {
        value = value << 8 | p[i];
    }
    return static_cast<std::int64_t>(value);
}

constexpr std::array<std::uint32_t, 256> makeCrcTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t r = i << 24;
        for (int bit = 0; bit < 8; ++bit) {
            r = (r & 0x80000000U) ? (r << 1) ^ 0x04c11db7U : r << 1;
        }
        table[i] = r;
    }
    return table;
}

constexpr auto kCrcTable = makeCrcTable();

} // namespace

std::uint32_t OggPages::crc(QByteArrayView page) {
    std::uint32_t value = 0;
    const auto* bytes = reinterpret_cast<const unsigned char*>(page.data());
    for (qsizetype i = 0; i < page.size(); ++i) {
        // The checksum field (bytes 22..25) counts as zero.
        const unsigned char byte = (i >= 22 && i < 26) ? 0 : bytes[i];
        value = (value << 8) ^ kCrcTable[((value >> 24) & 0xff) ^ byte];
    }
    return value;
}

std::vector<OggPages::Page> OggPages::scan(QByteArrayView data) {
    std::vector<Page> pages;
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
    qsizetype offset = 0;
    while (data.size() - offset >= kHeaderSize) {
        const unsigned char* h = bytes + offset;
        if (h[0] != 'O' || h[1] != 'g' || h[2] != 'g' || h[3] != 'S' || h[4] != 0) {
            break;
        }
        const int segments = h[26];
        if (data.size() - offset < kHeaderSize + segments) {
            break;
        }
        qsizetype bodySize = 0;
        for (int i = 0; i < segments; ++i) {
            bodySize += h[kHeaderSize + i];
        }
        const qsizetype size = kHeaderSize + segments + bodySize;
        if (data.size() - offset < size) {
            break;
        }
        if (crc(data.sliced(offset, size)) != readLe32(h + 22)) {
            break;
        }
        pages.push_back(Page{offset, size, h[5], readLe64(h + 6), readLe32(h + 14), readLe32(h + 18)});
        offset += size;
    }
    return pages;
}

void OggPages::markEndOfStream(QByteArray& data, const Page& page) {
    auto* h = reinterpret_cast<unsigned char*>(data.data()) + page.offset;
    h[5] |= kEndOfStream;
    const std::uint32_t value = crc(QByteArrayView(data).sliced(page.offset, page.size));
    for (int i = 0; i < 4; ++i) {
        h[22 + i] = static_cast<unsigned char>(value >> (8 * i));
    }
}

std::optional<int> OggPages::opusPreSkip(QByteArrayView data) {
    const auto pages = scan(data.first(std::min<qsizetype>(data.size(), 65536 + 300)));
    if (pages.empty()) {
        return std::nullopt;
    }
    const auto* h = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype body = pages[0].offset + kHeaderSize + h[26];
    if (pages[0].size - (body - pages[0].offset) < 19 || QByteArrayView(data.sliced(body, 8)) != "OpusHead") {
        return std::nullopt;
    }
    return int(h[body + 10]) | int(h[body + 11]) << 8;
}

std::int64_t OggPages::opusDurationMs(QByteArrayView data) {
    const auto preSkip = opusPreSkip(data);
    if (!preSkip) {
        return 0;
    }
    const auto pages = scan(data);
    // The last page that ends a packet carries the recording's total granule position.
    const auto last = std::find_if(pages.rbegin(), pages.rend(), [](const auto& page) { return page.granule >= 0; });
    const std::int64_t granule = last == pages.rend() ? 0 : last->granule;
    return std::max<std::int64_t>(0, granule - *preSkip) / 48;
}

} // namespace clinicdesk
