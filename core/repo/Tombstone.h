// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "storage/Database.h"

#include <string_view>

namespace clinicdesk {

// Deletes the way synced rows are deleted: sets the tombstone (deleted_at, with updated_at and
// updated_by) on the live row `id` of `table`. `condition` narrows which rows may be deleted
// (SQL, e.g. "builtin = 0"). False when no live row matched. The caller holds the transaction
// and journals the delete.
[[nodiscard]] Result<bool> setTombstone(Database& db, std::string_view table, const QString& id, const QString& userId,
                                        std::string_view condition = {});

} // namespace clinicdesk
