// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <atomic>

namespace clinicdesk {

// Imports an audio file (wav, mp3, m4a, ogg, webm, flac) as a recording: decoded,
// re-encoded to Ogg Opus in memory, and only then written to the vault, so a
// file that is not audio, is cut short or is empty leaves nothing behind.
// Without an encounter, a new one is opened for the patient.
class RecordingImporter {
    Q_DECLARE_TR_FUNCTIONS(RecordingImporter)
public:
    struct Imported {
        QString recordingId;
        QString encounterId;
        qint64 durationMs = 0;
        qint64 bytes = 0;
    };

    // Runs on the calling (worker) thread; `cancel` may be set from another thread.
    [[nodiscard]] static Result<Imported> importFile(Database& db, const Session& session, const QString& patientId,
                                                     const QString& encounterId, const QString& path,
                                                     int bitrate = 24000, const std::atomic_bool* cancel = nullptr);
};

} // namespace clinicdesk
