// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "Platform.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace clinicdesk {

void Platform::disableCoreDumps() {
#ifdef Q_OS_LINUX
    // Not dumpable: no core file, and /proc/<pid>/mem is closed to same-user processes.
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace clinicdesk
