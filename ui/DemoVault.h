// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "crypto/KdfParams.h"
#include "repo/PatientRepository.h"
#include "session/VaultSession.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace clinicdesk {

// A throwaway vault full of fictional patients, for `clinicdesk --demo`,
// screenshots and tests. Every name, number and address is made up; the
// national ids are the published test numbers (19121212-1212, 44051401359,
// 8001015009087) and the phone numbers come from the Swedish range reserved
// for fiction (070-1740605 ... 070-1740699).
class DemoVault {
    Q_DECLARE_TR_FUNCTIONS(DemoVault)
public:
    static constexpr const char* kUserName = "demo";

    struct Created {
        std::unique_ptr<VaultSession> session;
        QString userName;
        QString password; // random, for this run only
    };

    // Creates the vault in `dir` (new or empty) with administrator "demo" and
    // fills it with samplePatients(). Takes about a second (Argon2id + writes).
    [[nodiscard]] static Result<Created> create(const QString& dir, const KdfParams& kdf = KdfParams::minimum());
    [[nodiscard]] static std::vector<PatientDraft> samplePatients();
};

} // namespace clinicdesk
