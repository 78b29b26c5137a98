// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "domain/Note.h"
#include "domain/NoteTemplate.h"
#include "export/ReferralLetter.h"
#include "util/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// The notes of one encounter (oldest first: generated drafts, signed notes and
// their addenda) and the display names of their authors and signers.
struct EncounterNotes {
    QString encounterId;
    std::vector<Note> notes;
    QHash<QString, QString> userNames; // user id -> display name
};

// Notes and note templates for the UI: thin asynchronous calls over NoteRepository and
// NoteTemplateRepository on the session's vault worker; PDF export runs on the long-task worker.
// Every write answers with the encounter's notes as they are afterwards. Answers arrive on
// `context`'s thread and are dropped if the context is gone by then.
class NoteService {
    Q_DECLARE_TR_FUNCTIONS(NoteService)

public:
    NoteService(VaultWorker& worker, VaultWorker& longTasks);

    // The note templates, built-ins first.
    void listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done);
    // The newest request wins.
    void loadNotes(QObject* context, const QString& encounterId, std::function<void(Result<EncounterNotes>)> done);
    // Saves `content` as the draft's next revision.
    void saveNote(QObject* context, const QString& noteId, const QJsonObject& content,
                  std::function<void(Result<EncounterNotes>)> done);
    // Signs the draft, after saving `content` as a revision first when `saveFirst` (in one transaction).
    void signNote(QObject* context, const QString& noteId, const QJsonObject& content, bool saveFirst,
                  std::function<void(Result<EncounterNotes>)> done);
    // A draft addendum to the signed note, starting from `content`.
    void addAddendum(QObject* context, const QString& signedNoteId, const QJsonObject& content,
                     std::function<void(Result<EncounterNotes>)> done);
    // Writes the note as a PDF to `path` (replacing a file there when `replace`: the user confirmed it
    // in the save dialog) and audits the export.
    void exportPdf(QObject* context, const QString& noteId, const QString& path, bool replace,
                   std::function<void(Status)> done);

    // The referral letter of a signed note in `language` ("en", "sv", "pl"): patient, practitioner, clinic,
    // template and a summary from the note, ready to be edited (ReferralSource::load).
    void prepareReferral(QObject* context, const QString& noteId, const QString& language,
                         std::function<void(Result<ReferralLetter>)> done);
    // Writes `letter` as a PDF on the letterhead (on the long-task worker; replacing a file there when
    // `replace`) and audits it as an export of its note.
    void exportReferralPdf(QObject* context, const ReferralLetter& letter, const QString& path, bool replace,
                           std::function<void(Status)> done);

private:
    VaultWorker& m_worker;
    VaultWorker& m_longTasks;
    LatestOnly m_loads;
};

} // namespace clinicdesk
