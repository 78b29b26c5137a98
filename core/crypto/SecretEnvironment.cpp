// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "crypto/SecretEnvironment.h"

#include <QtGlobal>

#include <cstdlib>
#include <cstring>
#include <sodium.h>
#include <span>

namespace clinicdesk {

SecureBytes SecretEnvironment::take(const char* name) {
    char* value = std::getenv(name); // NOLINT(concurrency-mt-unsafe): called before other threads start
    if (value == nullptr) {
        return {};
    }
    const std::size_t length = std::strlen(value);
    SecureBytes secret =
        SecureBytes::fromBytes(std::span<const unsigned char>(reinterpret_cast<const unsigned char*>(value), length));
    // getenv() points into the environment block itself: for a variable the process was started with, that
    // is the memory /proc/PID/environ reads, so the value is overwritten there before the entry is removed.
    sodium_memzero(value, length);
    qunsetenv(name);
    return secret;
}

} // namespace clinicdesk
