// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "util/Error.h"
#include "util/Logging.h"

namespace clinicdesk {

// Logs a failed Result or Status (its code and detail, never the user's message, which may name
// a patient or a file) and passes it on unchanged.
template <typename R>
R logFailure(R result, const char* what) {
    if (!result) {
        qCWarning(lcUi) << what << "failed:" << errorCodeName(result.error().code) << result.error().detail;
    }
    return result;
}

} // namespace clinicdesk
