// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "repo/ClinicalOverview.h"

#include "repo/DeniedAccess.h"
#include "repo/EncounterRepository.h"
#include "repo/RecordingRepository.h"

#include <QHash>

namespace clinicdesk {

namespace {

// The lists start from the notes or the recordings (their own indexes: by patient, drafts newest first,
// finished recordings newest first) and look up each one's encounter: CROSS JOIN keeps SQLite from
// starting at the encounters instead, which for a practitioner with 300,000 encounters read them all.
const char* const kNoteColumns =
    "SELECT n.id, n.encounter_id, n.patient_id, coalesce(t.name, ''), n.status, n.amends_note_id, n.signed_by, "
    "n.signed_at, n.created_at, n.updated_at FROM notes n LEFT JOIN note_templates t ON t.id = n.template_id "
    "CROSS JOIN encounters e ON e.id = n.encounter_id ";

const char* const kRecordingColumns =
    "SELECT r.id, r.encounter_id, r.patient_id, r.state, r.duration_ms, r.bytes, r.source, r.started_at, r.ended_at, "
    "EXISTS (SELECT 1 FROM transcripts t WHERE t.recording_id = r.id AND t.deleted_at IS NULL), "
    "EXISTS (SELECT 1 FROM jobs j WHERE j.subject_id = r.id AND j.kind = 'transcribe' AND "
    "j.state IN ('queued', 'running', 'waiting_retry', 'needs_user')) "
    "FROM recordings r CROSS JOIN encounters e ON e.id = r.encounter_id ";

} // namespace

Result<std::vector<NoteSummary>> ClinicalOverview::notes(const std::string& where, const QString& arg) {
    auto stmt = m_db.prepare(std::string(kNoteColumns) + where);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, arg);
    return stmt->collect([&] {
        NoteSummary n;
        n.id = stmt->text(0);
        n.encounterId = stmt->text(1);
        n.patientId = stmt->text(2);
        n.templateName = stmt->text(3);
        n.status = stmt->text(4) == QLatin1String("signed") ? NoteStatus::Signed : NoteStatus::Draft;
        n.amendsNoteId = stmt->optionalText(5);
        n.signedBy = stmt->optionalText(6);
        n.signedAt = stmt->optionalInt64(7);
        n.createdAt = stmt->int64(8);
        n.updatedAt = stmt->int64(9);
        return n;
    });
}

Result<std::vector<RecordingSummary>> ClinicalOverview::recordings(const std::string& where, const QString& arg) {
    auto stmt = m_db.prepare(std::string(kRecordingColumns) + where);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, arg);
    return stmt->collect([&] {
        RecordingSummary s;
        Recording& r = s.recording;
        r.id = stmt->text(0);
        r.encounterId = stmt->text(1);
        r.patientId = stmt->text(2);
        r.state = RecordingRepository::stateFromKey(stmt->text(3));
        r.durationMs = stmt->int64(4);
        r.bytes = stmt->int64(5);
        r.source = stmt->text(6) == QLatin1String("import") ? RecordingSource::Import : RecordingSource::Microphone;
        r.startedAt = stmt->int64(7);
        r.endedAt = stmt->optionalInt64(8);
        s.transcribed = stmt->int64(9) != 0;
        s.transcriptionPending = stmt->int64(10) != 0;
        return s;
    });
}

Result<std::vector<EncounterSummary>> ClinicalOverview::encountersOf(const QString& patientId) {
    auto encounters = EncounterRepository(m_db, m_session).listForPatient(patientId); // checks the role
    if (!encounters) {
        return std::unexpected(encounters.error());
    }
    auto allNotes = notes("WHERE n.patient_id = ? AND n.deleted_at IS NULL AND e.deleted_at IS NULL "
                          "ORDER BY n.created_at, n.rowid",
                          patientId);
    if (!allNotes) {
        return std::unexpected(allNotes.error());
    }
    auto allRecordings = recordingsOf(patientId);
    if (!allRecordings) {
        return std::unexpected(allRecordings.error());
    }
    std::vector<EncounterSummary> result;
    QHash<QString, std::size_t> index;
    for (Encounter& e : *encounters) {
        index.insert(e.id, result.size());
        result.push_back(EncounterSummary{std::move(e), {}, 0});
    }
    for (NoteSummary& n : *allNotes) {
        if (auto it = index.constFind(n.encounterId); it != index.constEnd()) {
            result[*it].notes.push_back(std::move(n));
        }
    }
    for (const RecordingSummary& r : *allRecordings) {
        if (auto it = index.constFind(r.recording.encounterId); it != index.constEnd()) {
            ++result[*it].recordings;
        }
    }
    return result;
}

Result<std::vector<RecordingSummary>> ClinicalOverview::recordingsOf(const QString& patientId) {
    if (auto s =
            requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("patient"), patientId);
        !s) {
        return std::unexpected(s.error());
    }
    return recordings("WHERE r.patient_id = ? AND r.state <> 'discarded' AND r.deleted_at IS NULL "
                      "AND e.deleted_at IS NULL ORDER BY r.started_at DESC",
                      patientId);
}

Result<std::vector<NoteSummary>> ClinicalOverview::draftsOf(const QString& practitionerId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("user"),
                                      practitionerId);
        !s) {
        return std::unexpected(s.error());
    }
    return notes("WHERE e.practitioner_id = ? AND n.status = 'draft' AND n.deleted_at IS NULL AND "
                 "e.deleted_at IS NULL ORDER BY n.updated_at DESC LIMIT 200",
                 practitionerId);
}

Result<std::vector<Recording>> ClinicalOverview::awaitingTranscription(const QString& practitionerId) {
    if (auto s = requireOrAuditDenial(m_db, m_session.user, Permission::ReadClinical, QStringLiteral("user"),
                                      practitionerId);
        !s) {
        return std::unexpected(s.error());
    }
    auto found = recordings("WHERE e.practitioner_id = ? AND r.state IN ('complete', 'recovered') AND "
                            "r.deleted_at IS NULL AND e.deleted_at IS NULL ORDER BY r.started_at DESC LIMIT 200",
                            practitionerId);
    if (!found) {
        return std::unexpected(found.error());
    }
    std::vector<Recording> waiting;
    for (RecordingSummary& s : *found) {
        if (!s.transcribed && !s.transcriptionPending) {
            waiting.push_back(std::move(s.recording));
        }
    }
    return waiting;
}

} // namespace clinicdesk
