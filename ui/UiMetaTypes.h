#pragma once

namespace clinicdesk {

// Registers the value types that cross threads in queued signals (PatientBackend,
// EncounterBackend and the Recorder <-> widgets). Safe to call more than once.
void registerUiMetaTypes();

} // namespace clinicdesk
