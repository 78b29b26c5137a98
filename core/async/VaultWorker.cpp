// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "async/VaultWorker.h"

#include "session/VaultSession.h"
#include "util/Logging.h"

namespace clinicdesk {

VaultWorker::VaultWorker(const QString& name, Database connection, Session session)
    : m_owned(std::move(connection))
    , m_db(&*m_owned)
    , m_session(std::move(session))
    , m_worker(name) {}

VaultWorker::VaultWorker(const QString& name, std::shared_ptr<VaultSession> session)
    : m_borrowedFrom(std::move(session))
    , m_db(&m_borrowedFrom->db())
    , m_session(m_borrowedFrom->session())
    , m_worker(name) {}

VaultWorker::~VaultWorker() {
    stop();
}

void VaultWorker::stop() {
    m_worker.stop();
    // The thread has ended, so nothing else touches the connection now.
    if (m_owned && m_owned->isOpen()) {
        m_owned->close();
        qCDebug(lcStorage) << "connection of" << m_worker.name() << "closed";
    }
    m_borrowedFrom.reset();
}

} // namespace clinicdesk
