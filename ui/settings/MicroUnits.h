// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk::MicroUnits {

// Money and prices in the AI settings are integers of micro-units (1/1,000,000 of the currency).
// "0.006", "2.50", "10.00": at least two decimals, at most six, trailing zeros dropped.
[[nodiscard]] QString format(std::int64_t micro);
// Reads "2.5", "2,50", "0.006", "10" (at most six decimals, not negative); nullopt otherwise.
// An empty text is nullopt too.
[[nodiscard]] std::optional<std::int64_t> parse(const QString& text);

} // namespace clinicdesk::MicroUnits
