// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "domain/Appointment.h"
#include "domain/Patient.h"
#include "domain/Recording.h"
#include "repo/ClinicalOverview.h"
#include "util/Error.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// What waits for a clinician besides the appointments: their unsigned drafts and their recordings that
// have no transcript and no transcription job pending.
struct TodayWork {
    std::vector<NoteSummary> drafts;
    std::vector<Recording> waitingForTranscript;
};

// One day as the Today page shows it.
struct TodaySnapshot {
    QDate day;
    bool everyone = false;                 // everyone's appointments, or the signed-in user's
    std::vector<Appointment> appointments; // by start time
    QHash<QString, Patient> patients;      // id -> names and date of birth, for every row shown
    QHash<QString, QString> userNames;     // user id -> display name
    std::optional<TodayWork> work;         // clinical roles only
};

// The Today page's reads and its quick actions, on the session's vault worker. Answers arrive on
// `context`'s thread and are dropped if the context is gone by then.
class TodayService {
public:
    explicit TodayService(VaultWorker& worker);

    // The appointments of `day` (local time): everyone's, or only those of the signed-in user; for
    // clinical roles also their drafts and recordings waiting for a transcript. The newest request wins.
    void load(QObject* context, QDate day, bool everyone, std::function<void(Result<TodaySnapshot>)> done);
    // Arrived, no-show, ... (AppointmentRepository::setStatus; audited).
    void setStatus(QObject* context, const QString& appointmentId, const QString& status,
                   std::function<void(Result<Appointment>)> done);

private:
    VaultWorker& m_worker;
    LatestOnly m_loads;
};

} // namespace clinicdesk
