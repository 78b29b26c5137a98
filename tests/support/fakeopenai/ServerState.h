// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "FakeOpenAiServer.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>

#include <cstddef>
#include <deque>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace clinicdesk::test::fakeopenai {

// What the test thread and the server thread share, under one mutex: the scripted faults, what the
// transcription and chat endpoints answer, and the log of the requests received.
class ServerState {
public:
    using FaultSpec = FakeOpenAiServer::FaultSpec;
    using ReceivedRequest = FakeOpenAiServer::ReceivedRequest;

    // Where record() put a request: (generation of the log, index), so that handledMs reaches it, and
    // no other request, even when the log was cleared in between.
    using Position = std::pair<quint64, std::size_t>;

    // Faults per endpoint ("audio/transcriptions", "chat/completions", "models", or "*"), consumed in order.
    void pushFault(const QString& path, FaultSpec spec);
    // The next fault for `endpoint`: its own queue first, then "*".
    [[nodiscard]] std::optional<FaultSpec> popFault(const QString& endpoint);
    void clearFaults();

    void setTranscriptText(const QString& text);
    [[nodiscard]] QString transcriptText() const;
    void setChatContent(const QJsonObject& content);
    // The chat content set by the test (empty: none) and the serial for the next answer's id, read together.
    [[nodiscard]] std::pair<QJsonObject, quint64> nextChatAnswer();

    void setControlEndpoints(bool enabled);
    [[nodiscard]] bool controlEndpoints() const;

    Position record(ReceivedRequest request);
    void setHandledMs(Position where, double ms);
    [[nodiscard]] std::vector<ReceivedRequest> requests() const;
    // "*": every request; else those whose path is `path` or ends in "/path".
    [[nodiscard]] int requestCount(const QString& path) const;
    void clearRequests();

    // POST /_fake/reset: faults, requests, transcript and chat content cleared at once.
    void reset();

private:
    mutable QMutex m_mutex;
    std::map<QString, std::deque<FaultSpec>> m_faults;
    QString m_transcriptText;
    QJsonObject m_chatContent;
    std::vector<ReceivedRequest> m_received;
    quint64 m_receivedGeneration = 0; // + 1 whenever m_received is cleared
    bool m_controlEndpoints = false;
    quint64 m_counter = 0;
};

} // namespace clinicdesk::test::fakeopenai
