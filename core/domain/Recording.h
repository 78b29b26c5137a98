// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

// recording: being captured (or left so by a crash); complete: stopped normally;
// recovered: closed by recovery after a crash; discarded: audio deleted.
enum class RecordingState { Recording, Complete, Recovered, Discarded };
enum class RecordingSource { Microphone, Import };

struct Recording {
    QString id;
    QString encounterId;
    QString patientId;
    RecordingState state = RecordingState::Recording;
    QString codec = QStringLiteral("opus");
    int sampleRate = 0;
    std::int64_t durationMs = 0;
    std::int64_t bytes = 0;
    std::optional<QString> deviceName;
    QString pauses; // JSON array of pause offsets in ms into the recording
    RecordingSource source = RecordingSource::Microphone;
    std::int64_t startedAt = 0;
    std::optional<std::int64_t> endedAt;
};

} // namespace clinicdesk
