// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "repo/PatientRepository.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <vector>

namespace clinicdesk {

// The rules of a patient record (PatientRepository::validate and problems() use them): names, a real and
// not future date of birth, a national identity number that passes its kind's check (and matches the date
// of birth), phone, e-mail, lengths. Its messages keep PatientRepository's translation context.
class PatientValidator {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
public:
    // Checks every field of `draft` into `patient`. Each problem goes to `problems` (all of them, in the
    // order of the form, and the first is returned) or, when that is null, the first ends the check.
    [[nodiscard]] static Status check(const PatientDraft& draft, QDate today, Patient& patient,
                                      std::vector<PatientProblem>* problems);

private:
    // Records a problem; false when the check must end there (no list to collect into).
    using Problem = std::function<bool(PatientField, QString, QString)>;
    // Phone, e-mail, address, alerts and clinical notes; false when a problem ends the check.
    [[nodiscard]] static bool checkContactAndClinical(const PatientDraft& draft, Patient& patient,
                                                      const Problem& problem);
};

} // namespace clinicdesk
