// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QByteArray>

namespace clinicdesk::test {

// What one run of clinicdesk-cli left: its exit code, stdout and stderr (-1 if it never finished).
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace clinicdesk::test
