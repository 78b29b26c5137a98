// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

namespace clinicdesk {

// The application's rotating log file (clinicdesk.log, rotated at 2 MiB, three
// old files kept) in the data folder. Installed as the Qt message handler by
// each executable's main(). What goes in is only what code logs through the
// clinicdesk.* categories, and that never includes patient data or secrets.
class LogFile {
public:
    // `alsoToStderr`: the GUI mirrors warnings to stderr; the CLI keeps stderr
    // for its one-sentence errors.
    static void install(const QString& folder, bool alsoToStderr);
    [[nodiscard]] static QString path();
    [[nodiscard]] static QString defaultFolder();
};

} // namespace clinicdesk
