// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
// An imported audio file's own bytes before decoding: any bytes give a container and a structure,
// reading only inside the input (AddressSanitizer checks every read); a format is named exactly when a
// container was recognised.
#include "FuzzCheck.h"
#include "audio/AudioProbe.h"

#include <algorithm>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using clinicdesk::AudioProbe;
    // A copy of exactly `size` bytes, so that a read past the end is a heap overflow ASan reports.
    const std::unique_ptr<unsigned char[]> copy(new unsigned char[size == 0 ? 1 : size]);
    std::copy(data, data + size, copy.get());
    const AudioProbe::Result probe = AudioProbe::inspect(size == 0 ? nullptr : copy.get(), qint64(size));
    FUZZ_CHECK((probe.container == AudioProbe::Container::Unknown) == probe.format.isEmpty());
    FUZZ_CHECK(probe.declaredFrames == -1 || probe.declaredRate > 0);
    return 0;
}
