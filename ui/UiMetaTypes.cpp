#include "UiMetaTypes.h"

#include "domain/Patient.h"
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
}

} // namespace clinicdesk
