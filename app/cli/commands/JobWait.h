// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "jobs/Job.h"

#include <QCoreApplication>

namespace clinicdesk {
class VaultSession;
}

namespace clinicdesk::cli {

class CommandContext;

// What `transcribe` and `note generate` do with the job they queued: print its id, or with --wait
// run the queue here until it ends (--timeout SECONDS, default 900) and print its result's id.
class JobWait {
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    [[nodiscard]] static int queuedOrWait(CommandContext& context, VaultSession& session, const Job& job);
};

} // namespace clinicdesk::cli
