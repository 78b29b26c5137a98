// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "JsonShapes.h"

#include "domain/NoteValidation.h"
#include "domain/Role.h"
#include "jobs/JobRepository.h"
#include "repo/RecordingRepository.h"

#include <QDateTime>
#include <QJsonArray>

namespace clinicdesk::cli::json {

QString isoLocal(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms)
        .toOffsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc())
        .toString(Qt::ISODate);
}

QJsonValue optionalText(const std::optional<QString>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTime(const std::optional<std::int64_t>& ms) {
    return ms ? QJsonValue(isoLocal(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonObject patient(const Patient& p) {
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("first_name"), p.firstName},
                  {QStringLiteral("last_name"), p.lastName},
                  {QStringLiteral("date_of_birth"),
                   p.dateOfBirth ? QJsonValue(p.dateOfBirth->toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("national_id"), optionalText(p.nationalId)},
                  {QStringLiteral("national_id_kind"), optionalText(p.nationalIdKind)},
                  {QStringLiteral("phone"), optionalText(p.phone)},
                  {QStringLiteral("email"), optionalText(p.email)},
                  {QStringLiteral("address"), optionalText(p.address)},
                  {QStringLiteral("created_at"), isoLocal(p.createdAt)},
                  {QStringLiteral("updated_at"), isoLocal(p.updatedAt)}};
    if (p.clinicalNotes) {
        o.insert(QStringLiteral("clinical_notes"), *p.clinicalNotes);
    }
    if (p.alerts) {
        o.insert(QStringLiteral("alerts"), *p.alerts);
    }
    return o;
}

QJsonObject appointment(const Appointment& a) {
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("patient_id"), a.patientId},
            {QStringLiteral("practitioner_id"), optionalText(a.practitionerId)},
            {QStringLiteral("start"), isoLocal(a.startsAt)},
            {QStringLiteral("minutes"), a.durationMinutes},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("reason"), optionalText(a.reason)},
            {QStringLiteral("cancel_reason"), optionalText(a.cancelReason)}};
}

QJsonObject user(const User& u) {
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), RoleNames::key(u.role)},
            {QStringLiteral("profession"),
             u.profession ? QJsonValue(RoleNames::key(*u.profession)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("licence_number"), optionalText(u.licenceNumber)},
            {QStringLiteral("active"), u.active}};
}

QJsonObject recording(const Recording& r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("encounter_id"), r.encounterId},
            {QStringLiteral("patient_id"), r.patientId},
            {QStringLiteral("state"), RecordingRepository::stateKey(r.state)},
            {QStringLiteral("duration_ms"), static_cast<double>(r.durationMs)},
            {QStringLiteral("bytes"), static_cast<double>(r.bytes)},
            {QStringLiteral("codec"), r.codec},
            {QStringLiteral("source"),
             r.source == RecordingSource::Import ? QStringLiteral("import") : QStringLiteral("microphone")},
            {QStringLiteral("device"), optionalText(r.deviceName)},
            {QStringLiteral("started_at"), isoLocal(r.startedAt)}};
}

QJsonObject backup(const BackupReport& r) {
    return {{QStringLiteral("vault_id"), r.vaultId},
            {QStringLiteral("created_at"), isoLocal(r.createdAt)},
            {QStringLiteral("database_bytes"), static_cast<double>(r.databaseBytes)},
            {QStringLiteral("patients"), static_cast<double>(r.patients)},
            {QStringLiteral("audit_entries"), static_cast<double>(r.auditEntries)}};
}

QJsonObject job(const Job& j) {
    return {
        {QStringLiteral("id"), j.id},
        {QStringLiteral("kind"), j.kind},
        {QStringLiteral("state"), JobRepository::stateKey(j.state)},
        {QStringLiteral("subject_id"), j.subjectId},
        {QStringLiteral("patient_id"), j.patientId},
        {QStringLiteral("attempts"), j.attempts},
        {QStringLiteral("next_attempt_at"), optionalTime(j.nextAttemptAt)},
        {QStringLiteral("progress"), j.progress},
        {QStringLiteral("last_error"), j.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(j.lastError)},
        {QStringLiteral("result_id"), optionalText(j.resultId)},
        {QStringLiteral("created_at"), isoLocal(j.createdAt)},
        {QStringLiteral("updated_at"), isoLocal(j.updatedAt)}};
}

QJsonObject note(const Note& n) {
    return {
        {QStringLiteral("id"), n.id},
        {QStringLiteral("encounter_id"), n.encounterId},
        {QStringLiteral("patient_id"), n.patientId},
        {QStringLiteral("template"), n.templateKey},
        {QStringLiteral("status"), n.status == NoteStatus::Signed ? QStringLiteral("signed") : QStringLiteral("draft")},
        {QStringLiteral("revision"), n.revision},
        {QStringLiteral("language"), n.language},
        {QStringLiteral("content"), n.content},
        {QStringLiteral("evidence"), n.evidence},
        {QStringLiteral("amends_note_id"), optionalText(n.amendsNoteId)},
        {QStringLiteral("transcript_id"), optionalText(n.transcriptId)},
        {QStringLiteral("signed_by"), optionalText(n.signedBy)},
        {QStringLiteral("signed_at"), optionalTime(n.signedAt)},
        {QStringLiteral("content_hash"), optionalText(n.contentHash)},
        // Where a draft kept although it did not match its template is wrong ([] when it matches).
        {QStringLiteral("problems"), NoteValidation::toJson(n.problems)},
        {QStringLiteral("created_at"), isoLocal(n.createdAt)},
        {QStringLiteral("updated_at"), isoLocal(n.updatedAt)}};
}

QJsonObject transcript(const Transcript& t) {
    QJsonArray segments;
    for (const TranscriptSegmentRow& s : t.segments) {
        QJsonObject o{{QStringLiteral("index"), s.index},
                      {QStringLiteral("start_ms"), static_cast<double>(s.startMs)},
                      {QStringLiteral("end_ms"), static_cast<double>(s.endMs)},
                      {QStringLiteral("text"), s.text}};
        if (!s.speaker.isEmpty()) {
            o.insert(QStringLiteral("speaker"), s.speaker);
        }
        segments.append(o);
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("recording_id"), t.recordingId},
            {QStringLiteral("language"), t.language},
            {QStringLiteral("provider"), t.provider},
            {QStringLiteral("model"), t.model},
            {QStringLiteral("text"), t.text},
            {QStringLiteral("segments"), segments},
            {QStringLiteral("job_id"), optionalText(t.jobId)},
            {QStringLiteral("created_at"), isoLocal(t.createdAt)}};
}

} // namespace clinicdesk::cli::json
