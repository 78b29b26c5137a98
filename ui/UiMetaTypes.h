// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

namespace clinicdesk {

// Registers the value types that cross threads in queued signals (the Recorder and
// the job runner to the UI). Safe to call more than once.
void registerUiMetaTypes();

} // namespace clinicdesk
