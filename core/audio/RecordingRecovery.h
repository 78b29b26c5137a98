// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// Closes recordings left in state `recording` by a crash, a kill or a power cut.
//
// The chunks in the vault are whole Ogg pages, so the stored stream is valid up
// to its last intact page. Recovery drops anything after that page (a torn
// write), marks it as the end of the stream, records the real duration, sets the
// state to `recovered` and audits it. A recording whose lock file is held by a
// live process (being recorded right now) is left alone.
class RecordingRecovery {
    Q_DECLARE_TR_FUNCTIONS(RecordingRecovery)
public:
    struct Recovered {
        QString recordingId;
        qint64 durationMs = 0;
        qint64 bytes = 0;
    };

    [[nodiscard]] static Result<std::vector<Recovered>> recoverAll(Database& db, const Session& session,
                                                                   const QString& vaultDir);
    // How many recordings are waiting for recovery (not held by a live recorder).
    [[nodiscard]] static Result<int> pendingCount(Database& db, const Session& session, const QString& vaultDir);
};

} // namespace clinicdesk
