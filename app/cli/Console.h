// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

namespace clinicdesk::cli::console {

// Writes `text` as UTF-8 to stdout (results) or stderr (errors and warnings), unchanged.
void out(const QString& text);
void err(const QString& text);

} // namespace clinicdesk::cli::console
