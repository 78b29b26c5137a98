// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/NoteService.h"

#include "async/VaultWorker.h"
#include "export/NotePdfExporter.h"
#include "export/ReferralSource.h"
#include "repo/ClinicSettingsStore.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/PatientRepository.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>

namespace clinicdesk {

namespace {

Result<EncounterNotes> notesOf(VaultScope& vault, const QString& encounterId) {
    auto notes = NoteRepository(vault.db, vault.session).listForEncounter(encounterId);
    if (!notes) {
        return std::unexpected(notes.error());
    }
    EncounterNotes result{encounterId, std::move(*notes), {}};
    UserRepository users(vault.db, vault.session);
    auto name = [&](const QString& id) {
        if (id.isEmpty() || result.userNames.contains(id)) {
            return;
        }
        auto user = users.get(id);
        result.userNames.insert(id, user ? user->displayName : id);
    };
    for (const Note& note : result.notes) {
        name(note.createdBy);
        name(note.signedBy.value_or(QString()));
    }
    return result;
}

// The notes of the written note's encounter, after a write that answered with the note.
Result<EncounterNotes> notesAfter(VaultScope& vault, const Result<Note>& written, const char* what) {
    if (!written) {
        return logFailure(Result<EncounterNotes>(std::unexpected(written.error())), what);
    }
    return logFailure(notesOf(vault, written->encounterId), "listing notes");
}

Result<Note> signInOneTransaction(VaultScope& vault, const QString& noteId, const QJsonObject& content,
                                  bool saveFirst) {
    auto tx = Transaction::begin(vault.db);
    if (!tx) {
        return std::unexpected(tx.error());
    }
    NoteRepository notes(vault.db, vault.session);
    if (saveFirst) {
        if (auto saved = notes.updateDraft(noteId, content); !saved) {
            return saved;
        }
    }
    auto done = notes.sign(noteId);
    if (!done) {
        return done;
    }
    if (auto s = tx->commit(); !s) {
        return std::unexpected(s.error());
    }
    return done;
}

// The user confirmed replacing the file in the save dialog: the exporters themselves never replace one.
Status removeForReplace(const QString& path, bool replace) {
    if (replace && QFileInfo::exists(path) && !QFile::remove(path)) {
        return fail(ErrorCode::Io, NoteService::tr("“%1” could not be replaced.").arg(path),
                    QStringLiteral("note export: could not remove the existing file"));
    }
    return {};
}

Status writePdf(VaultScope& vault, const QString& noteId, const QString& path, bool replace) {
    NoteRepository notes(vault.db, vault.session);
    auto note = notes.get(noteId);
    if (!note) {
        return std::unexpected(note.error());
    }
    auto noteTemplate = NoteTemplateRepository(vault.db, vault.session).get(note->templateId);
    if (!noteTemplate) {
        return std::unexpected(noteTemplate.error());
    }
    auto patient = PatientRepository(vault.db, vault.session).get(note->patientId);
    if (!patient) {
        return std::unexpected(patient.error());
    }
    NotePdfContext context;
    // The letterhead; a vault whose clinic settings cannot be read still exports the note, without it.
    if (auto clinic = ClinicSettingsStore(vault.db, vault.session).load(); clinic) {
        context.clinic = clinic->profile;
    }
    context.templateName = noteTemplate->name;
    context.patientName = patient->fullName();
    context.patientDateOfBirth = patient->dateOfBirth;
    UserRepository users(vault.db, vault.session);
    if (auto author = users.get(note->createdBy); author) {
        context.clinicianName = author->displayName;
        context.clinicianLicence = author->licenceNumber;
    }
    if (note->signedBy) {
        if (auto signer = users.get(*note->signedBy); signer) {
            context.signerName = signer->displayName;
        }
    }
    if (note->amendsNoteId) {
        if (auto amended = notes.get(*note->amendsNoteId); amended) {
            context.amendedSignedAt = amended->signedAt;
            context.amendedContentHash = amended->contentHash;
        }
    }
    if (auto removed = removeForReplace(path, replace); !removed) {
        return removed;
    }
    if (auto s = NotePdfExporter::exportPdf(*note, noteTemplate->schema, context, path); !s) {
        return s;
    }
    return notes.recordExport(note->id, QStringLiteral("pdf"));
}

} // namespace

NoteService::NoteService(VaultWorker& worker, VaultWorker& longTasks)
    : m_worker(worker)
    , m_longTasks(longTasks) {}

void NoteService::listTemplates(QObject* context, std::function<void(Result<std::vector<NoteTemplate>>)> done) {
    m_worker.post(
        context,
        [](VaultScope& vault) {
            return logFailure(NoteTemplateRepository(vault.db, vault.session).list(), "listing templates");
        },
        std::move(done));
}

void NoteService::loadNotes(QObject* context, const QString& encounterId,
                            std::function<void(Result<EncounterNotes>)> done) {
    m_worker.postLatest(
        context, m_loads,
        [encounterId](VaultScope& vault) { return logFailure(notesOf(vault, encounterId), "listing notes"); },
        std::move(done));
}

void NoteService::saveNote(QObject* context, const QString& noteId, const QJsonObject& content,
                           std::function<void(Result<EncounterNotes>)> done) {
    m_worker.post(
        context,
        [noteId, content](VaultScope& vault) {
            return notesAfter(vault, NoteRepository(vault.db, vault.session).updateDraft(noteId, content),
                              "saving a note");
        },
        std::move(done));
}

void NoteService::signNote(QObject* context, const QString& noteId, const QJsonObject& content, bool saveFirst,
                           std::function<void(Result<EncounterNotes>)> done) {
    m_worker.post(
        context,
        [noteId, content, saveFirst](VaultScope& vault) {
            return notesAfter(vault, signInOneTransaction(vault, noteId, content, saveFirst), "signing a note");
        },
        std::move(done));
}

void NoteService::addAddendum(QObject* context, const QString& signedNoteId, const QJsonObject& content,
                              std::function<void(Result<EncounterNotes>)> done) {
    m_worker.post(
        context,
        [signedNoteId, content](VaultScope& vault) {
            return notesAfter(vault, NoteRepository(vault.db, vault.session).addAddendum(signedNoteId, content),
                              "adding an addendum");
        },
        std::move(done));
}

void NoteService::exportPdf(QObject* context, const QString& noteId, const QString& path, bool replace,
                            std::function<void(Status)> done) {
    // The message may name the file (chosen by the user); the log gets the detail only.
    m_longTasks.post(
        context,
        [noteId, path, replace](VaultScope& vault) {
            return logFailure(writePdf(vault, noteId, path, replace), "exporting a note");
        },
        std::move(done));
}

void NoteService::prepareReferral(QObject* context, const QString& noteId, const QString& language,
                                  std::function<void(Result<ReferralLetter>)> done) {
    m_worker.post(
        context,
        [noteId, language](VaultScope& vault) {
            return logFailure(ReferralSource::load(vault.db, vault.session, noteId, language),
                              "preparing a referral letter");
        },
        std::move(done));
}

void NoteService::exportReferralPdf(QObject* context, const ReferralLetter& letter, const QString& path, bool replace,
                                    std::function<void(Status)> done) {
    m_longTasks.post(
        context,
        [letter, path, replace](VaultScope& vault) -> Status {
            if (auto removed = removeForReplace(path, replace); !removed) {
                return removed;
            }
            return logFailure(ReferralSource::exportPdf(vault.db, vault.session, letter, path),
                              "exporting a referral letter");
        },
        std::move(done));
}

} // namespace clinicdesk
