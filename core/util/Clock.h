// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QDateTime>

#include <cstdint>

namespace clinicdesk {

// UTC milliseconds since the epoch: the only timestamp the vault stores.
struct Clock {
    [[nodiscard]] static std::int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
    [[nodiscard]] static QString newId();
};

} // namespace clinicdesk
