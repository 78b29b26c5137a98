// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "domain/Patient.h"
#include "repo/PatientRepository.h"
#include "util/Error.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// Patients for the UI: thin asynchronous calls over PatientRepository on the session's vault worker.
// Every answer arrives on `context`'s thread and is dropped if the context is gone by then.
class PatientService {
public:
    explicit PatientService(VaultWorker& worker);

    // Search as you type: only the newest search runs and is answered; an older one still queued is
    // skipped and one still running has its answer dropped. The page of results is sorted the way the
    // user's language sorts names (Swedish Å Ä Ö after Z, Polish Ł after L).
    void search(QObject* context, const QString& text, std::function<void(Result<std::vector<Patient>>)> done);
    void save(QObject* context, const PatientDraft& draft, const std::optional<QString>& id,
              std::function<void(Result<PatientSaved>)> done);
    // Opens the record (audited as a view); the newest request wins, like search().
    void load(QObject* context, const QString& id, std::function<void(Result<Patient>)> done);
    // Other patients with the national id typed (nothing when it is not a valid one); the newest wins.
    void sameNationalId(QObject* context, const QString& nationalId, const QString& exceptId,
                        std::function<void(Result<std::vector<Patient>>)> done);
    // Admins: moves everything of `duplicateId` to `keepId` and tombstones the duplicate.
    void merge(QObject* context, const QString& keepId, const QString& duplicateId,
               std::function<void(Result<PatientMergeReport>)> done);

    static constexpr int kSearchLimit = 200;

private:
    VaultWorker& m_worker;
    LatestOnly m_searches;
    LatestOnly m_loads;
    LatestOnly m_duplicates;
};

} // namespace clinicdesk
