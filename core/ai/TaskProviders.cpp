// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "ai/TaskProviders.h"

#include "util/Logging.h"

namespace clinicdesk {

void TaskProviders::logFallback() const {
    qCInfo(lcAi) << "request to" << primary.host() << "failed; falling back to"
                 << (fallback ? fallback->host() : QString());
}

} // namespace clinicdesk
