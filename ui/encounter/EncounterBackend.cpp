#include "encounter/EncounterBackend.h"

#include "UiMetaTypes.h"
#include "audio/RecordingImporter.h"
#include "export/NotePdfExporter.h"
#include "repo/EncounterRepository.h"
#include "repo/NoteRepository.h"
#include "repo/NoteTemplateRepository.h"
#include "repo/PatientRepository.h"
#include "repo/RecordingRepository.h"
#include "repo/TranscriptRepository.h"
#include "repo/UserRepository.h"
#include "storage/Transaction.h"
#include "util/Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaType>
#include <QSaveFile>

namespace clinicdesk {

EncounterBackend::EncounterBackend(Database connection, Session session)
    : m_db(std::move(connection))
    , m_session(std::move(session)) {
    registerUiMetaTypes();
    qRegisterMetaType<Transcript>("clinicdesk::Transcript");
    qRegisterMetaType<std::vector<NoteTemplate>>("std::vector<clinicdesk::NoteTemplate>");
    qRegisterMetaType<EncounterNotes>("clinicdesk::EncounterNotes");
    m_thread.setObjectName(QStringLiteral("EncounterBackend"));
    moveToThread(&m_thread);
    m_thread.start();
}

EncounterBackend::~EncounterBackend() {
    shutdown();
}

void EncounterBackend::shutdown() {
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    if (m_db.isOpen()) {
        m_db.close();
        qCDebug(lcUi) << "encounter backend connection closed";
    }
}

EncounterView EncounterBackend::view(const Encounter& encounter) {
    EncounterView result{encounter, {}};
    if (encounter.consentBy) {
        auto user = UserRepository(m_db, m_session).get(*encounter.consentBy);
        result.consentByName = user ? user->displayName : *encounter.consentBy;
    }
    return result;
}

void EncounterBackend::openForPatient(const QString& patientId, quint64 token) {
    EncounterRepository encounters(m_db, m_session);
    auto existing = encounters.listForPatient(patientId);
    if (!existing) {
        qCWarning(lcUi) << "listing encounters failed:" << errorCodeName(existing.error().code)
                        << existing.error().detail;
        emit failed(token, existing.error());
        return;
    }
    for (const Encounter& encounter : *existing) { // newest first
        if (encounter.status == QStringLiteral("open")) {
            emit encounterReady(token, view(encounter));
            return;
        }
    }
    auto opened = encounters.open(patientId);
    if (!opened) {
        qCWarning(lcUi) << "opening an encounter failed:" << errorCodeName(opened.error().code)
                        << opened.error().detail;
        emit failed(token, opened.error());
        return;
    }
    emit encounterReady(token, view(*opened));
}

void EncounterBackend::recordConsent(const QString& encounterId, Consent consent, quint64 token) {
    auto updated = EncounterRepository(m_db, m_session).recordConsent(encounterId, consent);
    if (!updated) {
        qCWarning(lcUi) << "recording consent failed:" << errorCodeName(updated.error().code) << updated.error().detail;
        emit failed(token, updated.error());
        return;
    }
    emit encounterReady(token, view(*updated));
}

void EncounterBackend::listRecordings(const QString& patientId, quint64 token) {
    auto found = RecordingRepository(m_db, m_session).list(patientId);
    if (!found) {
        qCWarning(lcUi) << "listing recordings failed:" << errorCodeName(found.error().code) << found.error().detail;
        emit failed(token, found.error());
        return;
    }
    emit recordingsListed(token, *found);
}

void EncounterBackend::discardRecording(const QString& recordingId, quint64 token) {
    if (auto s = RecordingRepository(m_db, m_session).discard(recordingId); !s) {
        qCWarning(lcUi) << "discarding a recording failed:" << errorCodeName(s.error().code) << s.error().detail;
        emit failed(token, s.error());
        return;
    }
    emit recordingDiscarded(token, recordingId);
}

void EncounterBackend::loadAudio(const QString& recordingId, quint64 token) {
    auto audio = RecordingRepository(m_db, m_session).audio(recordingId, RecordingRepository::Purpose::Play);
    if (!audio) {
        qCWarning(lcUi) << "reading a recording failed:" << errorCodeName(audio.error().code) << audio.error().detail;
        emit failed(token, audio.error());
        return;
    }
    emit audioLoaded(token, recordingId, *audio);
}

void EncounterBackend::exportAudio(const QString& recordingId, const QString& path, quint64 token) {
    auto audio = RecordingRepository(m_db, m_session).audio(recordingId, RecordingRepository::Purpose::Export);
    if (!audio) {
        qCWarning(lcUi) << "exporting a recording failed:" << errorCodeName(audio.error().code) << audio.error().detail;
        emit failed(token, audio.error());
        return;
    }
    // QSaveFile: the target appears only once it is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*audio) != audio->size() || !file.commit()) {
        // The path may name the patient: it goes to the user, never to the log.
        const QString detail = QStringLiteral("export write failed: file error %1").arg(int(file.error()));
        qCWarning(lcUi) << detail;
        emit failed(token,
                    Error{ErrorCode::Io,
                          tr("The recording could not be saved to “%1”: %2").arg(path, file.errorString()), detail});
        return;
    }
    emit exported(token, path);
}

void EncounterBackend::importFile(const QString& patientId, const QString& encounterId, const QString& path,
                                  quint64 token) {
    auto result = RecordingImporter::importFile(m_db, m_session, patientId, encounterId, path);
    if (!result) {
        qCWarning(lcUi) << "import failed:" << errorCodeName(result.error().code) << result.error().detail;
        emit failed(token, result.error());
        return;
    }
    emit imported(token, result->recordingId);
}

// --- transcripts and notes ------------------------------------------------------------------------

void EncounterBackend::loadTranscript(const QString& recordingId, const QString& transcriptId, quint64 token) {
    TranscriptRepository transcripts(m_db, m_session);
    auto found = transcriptId.isEmpty() ? transcripts.latestForRecording(recordingId) : transcripts.get(transcriptId);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound && transcriptId.isEmpty()) {
            Transcript none;
            none.recordingId = recordingId;
            emit transcriptLoaded(token, none);
            return;
        }
        qCWarning(lcUi) << "reading a transcript failed:" << errorCodeName(found.error().code) << found.error().detail;
        emit failed(token, found.error());
        return;
    }
    emit transcriptLoaded(token, *found);
}

void EncounterBackend::listTemplates(quint64 token) {
    NoteTemplateRepository templates(m_db, m_session);
    auto list = templates.list();
    if (!list) {
        qCWarning(lcUi) << "listing templates failed:" << errorCodeName(list.error().code) << list.error().detail;
        emit failed(token, list.error());
        return;
    }
    emit templatesListed(token, *list);
}

void EncounterBackend::emitNotes(const QString& encounterId, quint64 token) {
    auto notes = NoteRepository(m_db, m_session).listForEncounter(encounterId);
    if (!notes) {
        qCWarning(lcUi) << "listing notes failed:" << errorCodeName(notes.error().code) << notes.error().detail;
        emit failed(token, notes.error());
        return;
    }
    EncounterNotes result{encounterId, std::move(*notes), {}};
    UserRepository users(m_db, m_session);
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
    emit notesLoaded(token, result);
}

void EncounterBackend::loadNotes(const QString& encounterId, quint64 token) {
    emitNotes(encounterId, token);
}

void EncounterBackend::saveNote(const QString& noteId, const QJsonObject& content, quint64 token) {
    auto saved = NoteRepository(m_db, m_session).updateDraft(noteId, content);
    if (!saved) {
        qCWarning(lcUi) << "saving a note failed:" << errorCodeName(saved.error().code) << saved.error().detail;
        emit failed(token, saved.error());
        return;
    }
    emitNotes(saved->encounterId, token);
}

void EncounterBackend::signNote(const QString& noteId, const QJsonObject& content, bool saveFirst, quint64 token) {
    auto signedNote = [&]() -> Result<Note> {
        auto tx = Transaction::begin(m_db);
        if (!tx) {
            return std::unexpected(tx.error());
        }
        NoteRepository notes(m_db, m_session);
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
    }();
    if (!signedNote) {
        qCWarning(lcUi) << "signing a note failed:" << errorCodeName(signedNote.error().code)
                        << signedNote.error().detail;
        emit failed(token, signedNote.error());
        return;
    }
    emitNotes(signedNote->encounterId, token);
}

void EncounterBackend::addAddendum(const QString& signedNoteId, const QJsonObject& content, quint64 token) {
    auto addendum = NoteRepository(m_db, m_session).addAddendum(signedNoteId, content);
    if (!addendum) {
        qCWarning(lcUi) << "adding an addendum failed:" << errorCodeName(addendum.error().code)
                        << addendum.error().detail;
        emit failed(token, addendum.error());
        return;
    }
    emitNotes(addendum->encounterId, token);
}

void EncounterBackend::exportNotePdf(const QString& noteId, const QString& path, bool replace, quint64 token) {
    auto exported = [&]() -> Status {
        NoteRepository notes(m_db, m_session);
        auto note = notes.get(noteId);
        if (!note) {
            return std::unexpected(note.error());
        }
        auto noteTemplate = NoteTemplateRepository(m_db, m_session).get(note->templateId);
        if (!noteTemplate) {
            return std::unexpected(noteTemplate.error());
        }
        auto patient = PatientRepository(m_db, m_session).get(note->patientId);
        if (!patient) {
            return std::unexpected(patient.error());
        }
        NotePdfContext context;
        context.templateName = noteTemplate->name;
        context.patientName = patient->fullName();
        context.patientDateOfBirth = patient->dateOfBirth;
        UserRepository users(m_db, m_session);
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
        // The user confirmed replacing the file in the save dialog.
        if (replace && QFileInfo::exists(path) && !QFile::remove(path)) {
            return fail(ErrorCode::Io, tr("“%1” could not be replaced.").arg(path),
                        QStringLiteral("note export: could not remove the existing file"));
        }
        if (auto s = NotePdfExporter::exportPdf(*note, noteTemplate->schema, context, path); !s) {
            return s;
        }
        return notes.recordExport(note->id, QStringLiteral("pdf"));
    }();
    if (!exported) {
        // The message may name the file (chosen by the user); the log gets the detail only.
        qCWarning(lcUi) << "exporting a note failed:" << errorCodeName(exported.error().code)
                        << exported.error().detail;
        emit failed(token, exported.error());
        return;
    }
    emit noteExported(token, path);
}

} // namespace clinicdesk
