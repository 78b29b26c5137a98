// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

namespace clinicdesk {

// Process-wide hardening that differs per operating system.
class Platform {
public:
    // Keeps keys and patient data out of core dumps (and, on Linux, stops
    // other processes of the same user from attaching with ptrace). Call first
    // thing in main(); a no-op where the system has no such switch.
    static void disableCoreDumps();
};

} // namespace clinicdesk
