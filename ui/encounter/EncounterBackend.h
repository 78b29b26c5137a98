#pragma once

#include "domain/Encounter.h"
#include "domain/Note.h"
#include "domain/NoteTemplate.h"
#include "domain/Recording.h"
#include "domain/Session.h"
#include "domain/Transcript.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QThread>

#include <vector>

namespace clinicdesk {

// An encounter as the encounter page shows it: the row plus the display name
// of whoever recorded the consent.
struct EncounterView {
    Encounter encounter;
    QString consentByName;
};

// The notes of one encounter (oldest first: generated drafts, signed notes and
// their addenda) and the display names of their authors and signers.
struct EncounterNotes {
    QString encounterId;
    std::vector<Note> notes;
    QHash<QString, QString> userNames; // user id -> display name
};

// Encounter and recording queries and writes for the encounter page, off the UI
// thread. Like PatientBackend it lives on a thread it owns, with its own vault
// connection and its own copy of the Session; widgets call the slots through
// queued connections and match the answers by the token they sent.
//
// Imports run here too (decoding and re-encoding a file takes a while); the
// page shows a busy indicator meanwhile and later requests wait their turn.
class EncounterBackend : public QObject {
    Q_OBJECT
public:
    EncounterBackend(Database connection, Session session);
    // Calls shutdown().
    ~EncounterBackend() override;
    EncounterBackend(const EncounterBackend&) = delete;
    EncounterBackend& operator=(const EncounterBackend&) = delete;

    // From the thread that created the backend: stops the worker thread (after
    // the request it is running) and closes the connection. Must run before
    // the vault locks. Idempotent.
    void shutdown();

public slots:
    // The patient's newest open encounter, or a new one when there is none.
    void openForPatient(const QString& patientId, quint64 token);
    void recordConsent(const QString& encounterId, clinicdesk::Consent consent, quint64 token);
    void listRecordings(const QString& patientId, quint64 token);
    void discardRecording(const QString& recordingId, quint64 token);
    // The recording's Ogg Opus bytes for playback (audited as played).
    void loadAudio(const QString& recordingId, quint64 token);
    // Writes the recording's audio to `path` (audited as exported).
    void exportAudio(const QString& recordingId, const QString& path, quint64 token);
    void importFile(const QString& patientId, const QString& encounterId, const QString& path, quint64 token);

    // The transcript `transcriptId`, or (empty id) the newest transcript of `recordingId`.
    // No transcript yet is not an error: transcriptLoaded() carries one with an empty id.
    void loadTranscript(const QString& recordingId, const QString& transcriptId, quint64 token);
    // The note templates (built-ins first; they are written to the vault when missing).
    void listTemplates(quint64 token);
    void loadNotes(const QString& encounterId, quint64 token);
    // Saves `content` as the draft's next revision; notesLoaded() follows.
    void saveNote(const QString& noteId, const QJsonObject& content, quint64 token);
    // Signs the draft, after saving `content` as a revision first when `saveFirst` (in one
    // transaction); notesLoaded() follows.
    void signNote(const QString& noteId, const QJsonObject& content, bool saveFirst, quint64 token);
    // A draft addendum to the signed note, starting from `content`; notesLoaded() follows.
    void addAddendum(const QString& signedNoteId, const QJsonObject& content, quint64 token);
    // Writes the note as a PDF to `path` (replacing a file there when `replace`) and audits
    // the export.
    void exportNotePdf(const QString& noteId, const QString& path, bool replace, quint64 token);

signals:
    void encounterReady(quint64 token, const clinicdesk::EncounterView& view);
    void recordingsListed(quint64 token, const std::vector<clinicdesk::Recording>& recordings);
    void recordingDiscarded(quint64 token, const QString& recordingId);
    void audioLoaded(quint64 token, const QString& recordingId, const QByteArray& ogg);
    void exported(quint64 token, const QString& path);
    void imported(quint64 token, const QString& recordingId);
    void failed(quint64 token, const clinicdesk::Error& error);
    void transcriptLoaded(quint64 token, const clinicdesk::Transcript& transcript);
    void templatesListed(quint64 token, const std::vector<clinicdesk::NoteTemplate>& templates);
    void notesLoaded(quint64 token, const clinicdesk::EncounterNotes& notes);
    void noteExported(quint64 token, const QString& path);

private:
    [[nodiscard]] EncounterView view(const Encounter& encounter);
    // Lists the encounter's notes and emits notesLoaded() (or failed()).
    void emitNotes(const QString& encounterId, quint64 token);

    // Not a child: a QThread must not live on the thread it runs.
    QThread m_thread;
    Database m_db;
    Session m_session;
};

} // namespace clinicdesk
