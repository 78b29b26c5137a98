// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace clinicdesk {

enum class NoteStatus { Draft, Signed };

// A place where a draft's content breaks its template: a generated answer that did not match the
// template's schema even when the model was asked again is kept as a draft with these, so the
// clinician sees which fields to fix. Never holds the note's values.
struct NoteProblem {
    QString path;    // JSON pointer into the content ("/teeth/0/tooth"; "" is the whole note)
    QString message; // what is wrong there, a sentence for the user
    bool operator==(const NoteProblem&) const = default;
};

// A clinical note: the template's JSON object as content. A draft changes by
// revisions; a signed note never changes (a correction is an addendum that amends it).
struct Note {
    QString id;
    QString encounterId;
    QString patientId;
    QString templateId;
    QString templateKey; // dental-exam, soap, ... (joined from note_templates)
    NoteStatus status = NoteStatus::Draft;
    QJsonObject content;
    // {"statements":[{"path":"/subjective","segments":[...], "dangling": true?}...], "notice": "...",
    // "placeholders": bool}. A statement whose path names no field of the content when the note was
    // generated is kept with "dangling": true (NoteValidation::markDangling).
    QJsonObject evidence;
    // Where the content breaks its template; empty when it matches (or was never found not to). A draft
    // with problems cannot be signed until an edit makes it match.
    std::vector<NoteProblem> problems;
    std::optional<QString> amendsNoteId;
    std::optional<QString> transcriptId;
    std::optional<QString> jobId;
    QString language;
    std::optional<QString> signedBy;
    std::optional<std::int64_t> signedAt;
    std::optional<QString> contentHash; // hex SHA-256 of the canonical content at signing
    int revision = 0;                   // latest revision number
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    QString createdBy;
};

} // namespace clinicdesk
