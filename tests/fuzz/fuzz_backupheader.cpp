// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// A backup file's unencrypted front. The input is the file's size (8 bytes, little endian) and then its
// first bytes: any input is a header or an error, never an exception or an overflow; a header that
// parses places the database inside the file, before the tag.
#include "FuzzCheck.h"
#include "storage/BackupFileHeader.h"

#include <QtEndian>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 8) {
        return 0;
    }
    const auto fileSize = qint64(qFromLittleEndian<quint64>(data) & 0x7fffffffffffffffULL);
    const QByteArrayView leading(reinterpret_cast<const char*>(data + 8), qsizetype(size - 8));
    const auto header = clinicdesk::BackupFileHeader::parse(leading, fileSize);
    if (!header) {
        FUZZ_CHECK(!header.error().message.isEmpty());
        return 0;
    }
    FUZZ_CHECK(header->databaseOffset >= clinicdesk::BackupFileHeader::kPrefix);
    FUZZ_CHECK(header->databaseSize > 0);
    FUZZ_CHECK(header->databaseOffset <= fileSize);
    FUZZ_CHECK(header->databaseSize == fileSize - header->databaseOffset - clinicdesk::BackupFileHeader::kTagSize);
    FUZZ_CHECK(!header->keys.vaultId.isEmpty());
    return 0;
}
