// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/Worker.h"
#include "audio/Recorder.h"

#include <QCoreApplication>
#include <QObject>

namespace clinicdesk::cli {

// `clinicdesk-cli record`: runs a Recorder on its own thread until the given
// number of seconds has been recorded or SIGINT / SIGTERM (Ctrl+C) arrives, then
// stops cleanly so the last words are kept and the recording is closed.
class CliRecorder : public QObject {
    Q_OBJECT
public:
    struct Outcome {
        QString recordingId;
        qint64 durationMs = 0;
        std::optional<Error> error;
    };

    CliRecorder(Database db, const Session& session, const QString& vaultDir, QObject* parent = nullptr);
    ~CliRecorder() override;

    // Blocks in an event loop. `seconds` <= 0: until a signal. `onStarted` runs when capture has begun.
    [[nodiscard]] Outcome run(const QString& encounterId, const QByteArray& deviceId, int seconds,
                              const std::function<void(const QString& recordingId)>& onStarted);

private:
    static void installSignalHandlers();

    Worker m_thread{QStringLiteral("recorder")};
    Recorder* m_recorder = nullptr;
};

} // namespace clinicdesk::cli
