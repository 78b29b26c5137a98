// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/SessionServices.h"

#include "encounter/RecorderHost.h"
#include "jobs/JobsHost.h"
#include "session/VaultSession.h"
#include "util/Logging.h"

namespace clinicdesk {

Result<SessionServices::Connections> SessionServices::openConnections(VaultSession& session, bool clinical) {
    auto longTasks = session.vault().openConnection();
    if (!longTasks) {
        return std::unexpected(longTasks.error());
    }
    Connections connections{std::move(*longTasks), std::nullopt, std::nullopt};
    if (clinical) {
        auto recorder = session.vault().openConnection();
        if (!recorder) {
            return std::unexpected(recorder.error());
        }
        auto runner = session.vault().openConnection();
        if (!runner) {
            return std::unexpected(runner.error());
        }
        connections.recorder.emplace(std::move(*recorder));
        connections.runner.emplace(std::move(*runner));
    }
    return connections;
}

SessionServices::SessionServices(std::shared_ptr<VaultSession> session, Connections connections, HttpClient& http,
                                 QSettings* settings)
    : m_vault(QStringLiteral("Vault"), session)
    , m_longTasks(QStringLiteral("VaultLongTasks"), std::move(connections.longTasks), session->session())
    , m_patients(m_vault)
    , m_records(m_vault, m_longTasks)
    , m_today(m_vault)
    , m_ai(m_vault, m_longTasks, session->vault().vaultId(), http)
    , m_clinic(m_vault, m_longTasks)
    , m_users(m_vault, session)
    , m_backups(m_vault, m_longTasks, session)
    , m_audit(m_vault, m_longTasks, session)
    , m_calendar(m_vault, m_longTasks) {
    if (connections.recorder && connections.runner) {
        m_encounters = std::make_unique<EncounterService>(m_vault, m_longTasks);
        m_notes = std::make_unique<NoteService>(m_vault, m_longTasks);
        m_recorder = std::make_unique<RecorderHost>(std::move(*connections.recorder), session->session(),
                                                    session->vault().dir());
        m_jobs = std::make_unique<JobsHost>(m_vault, std::move(*connections.runner), session->vault().dir(),
                                            session->vault().vaultId(), http, settings);
    }
}

SessionServices::~SessionServices() {
    shutdown();
}

void SessionServices::shutdown() {
    // A request in flight is aborted (its job stays queued) before the runner's connection closes.
    if (m_jobs) {
        m_jobs->shutdown();
    }
    // A recording still running is finished and kept before its connection closes.
    if (m_recorder) {
        m_recorder->shutdown();
    }
    m_longTasks.stop();
    // Last: the pages' requests; the session's connection stays open for the logout.
    m_vault.stop();
    qCDebug(lcUi) << "session services stopped";
}

} // namespace clinicdesk
