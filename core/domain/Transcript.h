// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace clinicdesk {

struct TranscriptSegmentRow {
    int index = 0; // S1 is index 0; notes cite segments by index
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
    QString text;
    QString speaker;
};

// What a recording said, as transcribed. Offsets are from the recording's start.
struct Transcript {
    QString id;
    QString recordingId;
    QString language;
    QString provider;
    QString model;
    QString text;
    std::vector<TranscriptSegmentRow> segments;
    std::optional<QString> jobId;
    std::int64_t createdAt = 0;
    QString createdBy;
};

} // namespace clinicdesk
