// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/VaultWorker.h"
#include "services/AiSettingsService.h"
#include "services/ClinicSettingsService.h"
#include "services/AuditService.h"
#include "services/BackupService.h"
#include "services/CalendarService.h"
#include "services/EncounterService.h"
#include "services/NoteService.h"
#include "services/PatientRecordService.h"
#include "services/PatientService.h"
#include "services/UserAdminService.h"
#include "services/TodayService.h"
#include "storage/Database.h"

#include <QString>

#include <memory>
#include <optional>

class QSettings;

namespace clinicdesk {

class HttpClient;
class JobsHost;
class RecorderHost;
class VaultSession;

// Everything the signed-in session runs off the UI thread, made at sign-in and stopped, in order, before
// the vault locks. The threads and the vault connection each owns:
//  - the vault worker: the session's own connection; every quick read and write the pages ask for;
//  - the long-task worker: a connection of its own for imports, exports, PDFs, recovery and connection
//    tests, which take seconds and must not hold up a search;
//  - the recorder (clinical roles): a connection of its own, so audio is written every flush interval
//    whatever else the vault is doing;
//  - the job runner (clinical roles): a connection of its own; a job waits on the network for minutes.
// Receptionists get the first two only.
class SessionServices {
public:
    // The connections a session opens besides the session's own (opened on the vault worker: opening
    // one checks the key against the file).
    struct Connections {
        Database longTasks;
        std::optional<Database> recorder; // clinical roles
        std::optional<Database> runner;   // clinical roles
    };
    [[nodiscard]] static Result<Connections> openConnections(VaultSession& session, bool clinical);

    SessionServices(std::shared_ptr<VaultSession> session, Connections connections, HttpClient& http,
                    QSettings* settings);
    // Calls shutdown().
    ~SessionServices();
    SessionServices(const SessionServices&) = delete;
    SessionServices& operator=(const SessionServices&) = delete;

    // Interrupts the job in flight (it is queued again), finishes a recording still running (it is kept),
    // lets the workers' current tasks end and closes every connection but the session's. Idempotent.
    void shutdown();

    [[nodiscard]] VaultWorker& vault() { return m_vault; }
    [[nodiscard]] VaultWorker& longTasks() { return m_longTasks; }
    [[nodiscard]] PatientService& patients() { return m_patients; }
    [[nodiscard]] PatientRecordService& records() { return m_records; }
    [[nodiscard]] TodayService& today() { return m_today; }
    [[nodiscard]] AiSettingsService& ai() { return m_ai; }
    [[nodiscard]] ClinicSettingsService& clinic() { return m_clinic; }
    // The administrator's pages: users, backups, the audit log (core refuses other roles).
    [[nodiscard]] UserAdminService& users() { return m_users; }
    [[nodiscard]] BackupService& backups() { return m_backups; }
    [[nodiscard]] AuditService& audit() { return m_audit; }
    [[nodiscard]] CalendarService& calendar() { return m_calendar; }
    // Null for roles without clinical access.
    [[nodiscard]] EncounterService* encounters() { return m_encounters.get(); }
    [[nodiscard]] NoteService* notes() { return m_notes.get(); }
    [[nodiscard]] RecorderHost* recorder() { return m_recorder.get(); }
    [[nodiscard]] JobsHost* jobs() { return m_jobs.get(); }

private:
    VaultWorker m_vault;
    VaultWorker m_longTasks;
    PatientService m_patients;
    PatientRecordService m_records;
    TodayService m_today;
    AiSettingsService m_ai;
    ClinicSettingsService m_clinic;
    UserAdminService m_users;
    BackupService m_backups;
    AuditService m_audit;
    CalendarService m_calendar;
    std::unique_ptr<EncounterService> m_encounters;
    std::unique_ptr<NoteService> m_notes;
    std::unique_ptr<RecorderHost> m_recorder;
    std::unique_ptr<JobsHost> m_jobs;
};

} // namespace clinicdesk
