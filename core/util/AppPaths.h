// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QString>

// Where ClinicDesk keeps things on this computer when nobody says otherwise.
namespace clinicdesk::AppPaths {

// The default vault folder, the same for the desktop app and the CLI: "ClinicDesk/vault" in the
// user's data folder (Linux ~/.local/share/ClinicDesk/vault, Windows %LOCALAPPDATA%\ClinicDesk\vault,
// macOS ~/Library/Application Support/ClinicDesk/vault). A vault made by an earlier version in
// ".../ClinicDesk/ClinicDesk/vault" (the organisation and the application name both in the path) is
// still found there when no vault exists at the new place.
[[nodiscard]] QString defaultVaultDir();

} // namespace clinicdesk::AppPaths
