// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Appointment.h"
#include "domain/Note.h"
#include "domain/Patient.h"
#include "domain/Recording.h"
#include "domain/Transcript.h"
#include "domain/User.h"
#include "storage/Backup.h"
#include "jobs/Job.h"

#include <QJsonObject>
#include <QJsonValue>

#include <cstdint>
#include <optional>

// The JSON objects that `--json` prints: their field names are part of the CLI's contract (docs/CLI.md).
namespace clinicdesk::cli::json {

// A UTC time in milliseconds as local ISO 8601 with its offset.
[[nodiscard]] QString isoLocal(std::int64_t ms);
[[nodiscard]] QJsonValue optionalText(const std::optional<QString>& value);
[[nodiscard]] QJsonValue optionalTime(const std::optional<std::int64_t>& ms);

[[nodiscard]] QJsonObject patient(const Patient& p);
[[nodiscard]] QJsonObject appointment(const Appointment& a);
[[nodiscard]] QJsonObject user(const User& u);
[[nodiscard]] QJsonObject recording(const Recording& r);
[[nodiscard]] QJsonObject backup(const BackupReport& r);
[[nodiscard]] QJsonObject job(const Job& j);
[[nodiscard]] QJsonObject note(const Note& n);
[[nodiscard]] QJsonObject transcript(const Transcript& t);

} // namespace clinicdesk::cli::json
