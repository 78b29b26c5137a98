// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Session.h"
#include "domain/Transcript.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// The only code that writes SQL for `transcripts`. Clinical data: receptionists
// are refused. Creating is audited and in the change feed; reading is audited.
// A transcript made by a job carries the job's id, and the unique index on
// transcripts.job_id makes a second transcript for one job impossible.
class TranscriptRepository {
    Q_DECLARE_TR_FUNCTIONS(TranscriptRepository)
public:
    TranscriptRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // `transcript.id` is filled in; recordingId, text and segments are required.
    [[nodiscard]] Result<Transcript> create(Transcript transcript);
    [[nodiscard]] Result<Transcript> get(const QString& id);
    // The newest transcript of a recording (NotFound when there is none).
    [[nodiscard]] Result<Transcript> latestForRecording(const QString& recordingId);
    // The newest transcript of each of the encounter's recordings, oldest recording first.
    [[nodiscard]] Result<std::vector<Transcript>> forEncounter(const QString& encounterId);

    [[nodiscard]] static QString segmentsJson(const std::vector<TranscriptSegmentRow>& segments);
    [[nodiscard]] static std::vector<TranscriptSegmentRow> segmentsFromJson(const QString& json);

private:
    [[nodiscard]] Result<std::vector<Transcript>> query(const std::string& where, const QString& arg, bool audit);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
