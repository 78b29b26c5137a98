// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

#include <optional>

namespace clinicdesk::cli {

// Reads a line from the terminal without echo, byte by byte straight into guarded memory: no stdio
// buffer, growing string or QString ever holds it. At most kMaxSecretBytes; nullopt when there is no
// terminal to ask (automation must then use the environment variables) or the line is longer.
inline constexpr std::size_t kMaxSecretBytes = 1024;
[[nodiscard]] std::optional<SecureBytes> promptHidden(const QString& prompt);

} // namespace clinicdesk::cli
