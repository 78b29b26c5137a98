// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Console.h"

#include <cstdio>

namespace clinicdesk::cli::console {

void out(const QString& text) {
    std::fputs(text.toUtf8().constData(), stdout);
}

void err(const QString& text) {
    std::fputs(text.toUtf8().constData(), stderr);
}

} // namespace clinicdesk::cli::console
