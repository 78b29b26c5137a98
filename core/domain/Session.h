// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/User.h"

namespace clinicdesk {

// Who is working, on which installation. Repositories take it to stamp
// created_by/updated_by, enforce the role and write the audit and change feed.
struct Session {
    User user;
    QString deviceId;
};

} // namespace clinicdesk
