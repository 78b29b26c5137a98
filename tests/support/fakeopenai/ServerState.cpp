// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "fakeopenai/ServerState.h"

#include <QMutexLocker>

#include <algorithm>

namespace clinicdesk::test::fakeopenai {

void ServerState::pushFault(const QString& path, FaultSpec spec) {
    QMutexLocker lock(&m_mutex);
    m_faults[path].push_back(spec);
}

std::optional<ServerState::FaultSpec> ServerState::popFault(const QString& endpoint) {
    QMutexLocker lock(&m_mutex);
    for (const QString& key : {endpoint, QStringLiteral("*")}) {
        auto it = m_faults.find(key);
        if (it != m_faults.end() && !it->second.empty()) {
            FaultSpec spec = it->second.front();
            it->second.pop_front();
            return spec;
        }
    }
    return std::nullopt;
}

void ServerState::clearFaults() {
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

void ServerState::setTranscriptText(const QString& text) {
    QMutexLocker lock(&m_mutex);
    m_transcriptText = text;
}

QString ServerState::transcriptText() const {
    QMutexLocker lock(&m_mutex);
    return m_transcriptText;
}

void ServerState::setChatContent(const QJsonObject& content) {
    QMutexLocker lock(&m_mutex);
    m_chatContent = content;
}

std::pair<QJsonObject, quint64> ServerState::nextChatAnswer() {
    QMutexLocker lock(&m_mutex);
    return {m_chatContent, ++m_counter};
}

void ServerState::setControlEndpoints(bool enabled) {
    QMutexLocker lock(&m_mutex);
    m_controlEndpoints = enabled;
}

bool ServerState::controlEndpoints() const {
    QMutexLocker lock(&m_mutex);
    return m_controlEndpoints;
}

ServerState::Position ServerState::record(ReceivedRequest request) {
    QMutexLocker lock(&m_mutex);
    m_received.push_back(std::move(request));
    return {m_receivedGeneration, m_received.size() - 1};
}

void ServerState::setHandledMs(Position where, double ms) {
    QMutexLocker lock(&m_mutex);
    if (where.first == m_receivedGeneration && where.second < m_received.size()) {
        m_received[where.second].handledMs = ms;
    }
}

std::vector<ServerState::ReceivedRequest> ServerState::requests() const {
    QMutexLocker lock(&m_mutex);
    return m_received;
}

int ServerState::requestCount(const QString& path) const {
    QMutexLocker lock(&m_mutex);
    const QString suffix = QLatin1Char('/') + path;
    return int(std::count_if(m_received.begin(), m_received.end(), [&](const ReceivedRequest& r) {
        return path == QLatin1String("*") || r.path == path || r.path.endsWith(suffix);
    }));
}

void ServerState::clearRequests() {
    QMutexLocker lock(&m_mutex);
    m_received.clear();
    ++m_receivedGeneration;
}

void ServerState::reset() {
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_received.clear();
    ++m_receivedGeneration;
    m_transcriptText.clear();
    m_chatContent = {};
}

} // namespace clinicdesk::test::fakeopenai
