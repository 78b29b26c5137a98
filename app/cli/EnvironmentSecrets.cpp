// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "EnvironmentSecrets.h"

#include "crypto/SecretEnvironment.h"

namespace clinicdesk::cli {

EnvironmentSecrets EnvironmentSecrets::take() {
    EnvironmentSecrets secrets;
    secrets.password = SecretEnvironment::take("CLINICDESK_PASSWORD");
    secrets.newPassword = SecretEnvironment::take("CLINICDESK_NEW_PASSWORD");
    secrets.recoveryCode = SecretEnvironment::take("CLINICDESK_RECOVERY_CODE");
    return secrets;
}

} // namespace clinicdesk::cli
