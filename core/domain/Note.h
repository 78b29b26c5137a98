#pragma once

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace clinicdesk {

enum class NoteStatus { Draft, Signed };

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
    // {"statements":[{"path":"/subjective","segments":[0,3]}...], "notice": "...", "placeholders": bool}
    QJsonObject evidence;
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
