// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "session/VaultSession.h"
#include "util/Error.h"

#include <QCoreApplication>

namespace clinicdesk {

// What the demo vault shows besides its patients, made at first start: the clinic's profile, three
// practitioners and a receptionist, a week of appointments, one finished dental examination with its
// recording (DemoSpeech), transcript and signed note, and a therapy session with a draft DAP note. The
// audit trail is what writing all this leaves. Every person and word is made up.
class DemoClinic {
    Q_DECLARE_TR_FUNCTIONS(DemoClinic)
public:
    // Adds it all through the repositories, signed in as the demo's administrator (a dentist).
    [[nodiscard]] static Status fill(VaultSession& session);
};

} // namespace clinicdesk
