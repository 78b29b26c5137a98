// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/Encounter.h"
#include "domain/Note.h"
#include "domain/Recording.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

// A note as a list shows it: what it is and whether it is signed, never its content.
struct NoteSummary {
    QString id;
    QString encounterId;
    QString patientId;
    QString templateName;
    NoteStatus status = NoteStatus::Draft;
    std::optional<QString> amendsNoteId;
    std::optional<QString> signedBy;
    std::optional<std::int64_t> signedAt;
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
};

// An encounter on the patient record: its consent, its notes (oldest first) and how many recordings.
struct EncounterSummary {
    Encounter encounter;
    std::vector<NoteSummary> notes;
    int recordings = 0;
};

// A recording on a list, and whether it has a transcript (and a transcription job still pending).
struct RecordingSummary {
    Recording recording;
    bool transcribed = false;
    bool transcriptionPending = false;
};

// Read-only lists of clinical rows for the patient record and the Today page: no content is read (no
// note text, no audio, no transcript), so listing is not audited; opening any of them is, in its own
// repository. Clinical roles only: a refusal is audited (DeniedAccess).
class ClinicalOverview {
    Q_DECLARE_TR_FUNCTIONS(ClinicalOverview)
public:
    ClinicalOverview(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // The patient's encounters, newest first, each with its notes.
    [[nodiscard]] Result<std::vector<EncounterSummary>> encountersOf(const QString& patientId);
    // The patient's recordings (not discarded), newest first.
    [[nodiscard]] Result<std::vector<RecordingSummary>> recordingsOf(const QString& patientId);
    // Notes still in draft in the encounters of `practitionerId`, the most recently changed first.
    [[nodiscard]] Result<std::vector<NoteSummary>> draftsOf(const QString& practitionerId);
    // Finished recordings of `practitionerId`'s encounters with no transcript and no transcription job
    // pending, newest first.
    [[nodiscard]] Result<std::vector<Recording>> awaitingTranscription(const QString& practitionerId);

private:
    [[nodiscard]] Result<std::vector<NoteSummary>> notes(const std::string& where, const QString& arg);
    [[nodiscard]] Result<std::vector<RecordingSummary>> recordings(const std::string& where, const QString& arg);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
