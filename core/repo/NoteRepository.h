// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "domain/AccessPolicy.h"
#include "domain/Note.h"
#include "domain/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <vector>

namespace clinicdesk {

struct NewNote {
    QString encounterId;
    QString templateId;
    QJsonObject content;
    QJsonObject evidence;
    std::optional<QString> transcriptId;
    std::optional<QString> jobId;
    QString language;
    std::vector<NoteProblem> problems = {}; // where the generated content breaks its template
};

struct NoteRevision {
    int revision = 0;
    QJsonObject content;
    std::int64_t createdAt = 0;
    QString createdBy;
};

// The only code that writes SQL for `notes` and `note_revisions`. Clinical data:
// practitioners and admins only (receptionists are refused in core). Every write is
// audited and in the change feed; reading a note is audited.
class NoteRepository {
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)
public:
    NoteRepository(Database& db, const Session& session)
        : m_db(db)
        , m_session(session) {}

    // A new draft (revision 1). Call inside the job's commit transaction for generated notes.
    [[nodiscard]] Result<Note> createDraft(const NewNote& draft);
    // An edit of a draft: a new revision; refused for signed notes. Any content is saved (a clinician may
    // fix a draft in steps); a draft with problems is checked again against its template and keeps the
    // problems of the new revision (none once it matches).
    [[nodiscard]] Result<Note> updateDraft(const QString& id, const QJsonObject& content);
    // Makes the note immutable: signed_by, signed_at, content_hash (SHA-256 of the canonical JSON).
    // Refused while the draft has problems.
    [[nodiscard]] Result<Note> sign(const QString& id);
    // A correction of a signed note: a new draft note that amends it.
    [[nodiscard]] Result<Note> addAddendum(const QString& signedNoteId, const QJsonObject& content);

    [[nodiscard]] Result<Note> get(const QString& id);
    [[nodiscard]] Result<std::vector<Note>> listForEncounter(const QString& encounterId);
    [[nodiscard]] Result<std::vector<NoteRevision>> revisions(const QString& id);
    // Recomputes a signed note's content hash: true when it still matches the one stored at
    // signing. InvalidInput for a draft (nothing was signed). Not audited (no content leaves).
    [[nodiscard]] Result<bool> verifyHash(const QString& id);
    // Audits that the note left the vault (action "export", detail e.g. "pdf"): call it
    // once the file is written (NotePdfExporter does not touch the vault).
    [[nodiscard]] Status recordExport(const QString& id, const QString& format);

    // The canonical form that is hashed at signing (keys sorted, compact UTF-8).
    [[nodiscard]] static QByteArray canonicalJson(const QJsonObject& content);

private:
    // `work` inside one transaction, for users whose role has `permission`; committed when it succeeds.
    template <typename Work>
    [[nodiscard]] auto inTransaction(Permission permission, Work work) -> decltype(work());
    // Loads the note and applies `change` (which writes and audits) in one write transaction.
    template <typename Change>
    [[nodiscard]] Result<Note> changeNote(const QString& id, Change change);
    // A clinical read and its "view" audit entry in one transaction, for the reader's role only.
    // `read` returns the result and the audit detail; no detail (nullopt) means nothing was read
    // (an empty list) and nothing is audited.
    template <typename Read>
    [[nodiscard]] auto viewed(const QString& entity, const QString& id, Read read) -> decltype(read().first);
    // The note as stored, without access check or audit.
    [[nodiscard]] Result<Note> load(const QString& id);
    [[nodiscard]] Result<Note> insertNote(const Note& note, const QString& auditDetail);
    [[nodiscard]] Status insertRevision(const QString& noteId, int revision, const QString& content, std::int64_t at);
    // Where `content` breaks the schema of template `templateId`.
    [[nodiscard]] Result<std::vector<NoteProblem>> problemsOf(const QJsonObject& content, const QString& templateId);

    Database& m_db;
    const Session& m_session;
};

} // namespace clinicdesk
