// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <optional>

namespace clinicdesk::cli {

// Reads a line from the terminal without echo. nullopt when there is no
// terminal to ask (automation must then use the environment variables).
[[nodiscard]] std::optional<QString> promptHidden(const QString& prompt);

} // namespace clinicdesk::cli
