// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "UiMetaTypes.h"

#include "audio/AudioPlayer.h"
#include "audio/Recorder.h"
#include "domain/Encounter.h"
#include "domain/Patient.h"
#include "domain/Recording.h"
#include "repo/PatientRepository.h"
#include "util/Error.h"

#include <QMetaType>

#include <optional>
#include <vector>

namespace clinicdesk {

void registerUiMetaTypes() {
    qRegisterMetaType<Patient>("clinicdesk::Patient");
    qRegisterMetaType<PatientDraft>("clinicdesk::PatientDraft");
    qRegisterMetaType<PatientSaved>("clinicdesk::PatientSaved");
    qRegisterMetaType<Error>("clinicdesk::Error");
    qRegisterMetaType<std::vector<Patient>>("std::vector<clinicdesk::Patient>");
    qRegisterMetaType<std::optional<QString>>("std::optional<QString>");
    qRegisterMetaType<Consent>("clinicdesk::Consent");
    qRegisterMetaType<Recording>("clinicdesk::Recording");
    qRegisterMetaType<std::vector<Recording>>("std::vector<clinicdesk::Recording>");
    qRegisterMetaType<Recorder::State>("clinicdesk::Recorder::State");
    qRegisterMetaType<AudioPlayer::State>("clinicdesk::AudioPlayer::State");
}

} // namespace clinicdesk
