#pragma once

#include "domain/Encounter.h"
#include "domain/Recording.h"
#include "domain/Session.h"
#include "storage/Database.h"
#include "util/Error.h"

#include <QByteArray>
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

signals:
    void encounterReady(quint64 token, const clinicdesk::EncounterView& view);
    void recordingsListed(quint64 token, const std::vector<clinicdesk::Recording>& recordings);
    void recordingDiscarded(quint64 token, const QString& recordingId);
    void audioLoaded(quint64 token, const QString& recordingId, const QByteArray& ogg);
    void exported(quint64 token, const QString& path);
    void imported(quint64 token, const QString& recordingId);
    void failed(quint64 token, const clinicdesk::Error& error);

private:
    [[nodiscard]] EncounterView view(const Encounter& encounter);

    // Not a child: a QThread must not live on the thread it runs.
    QThread m_thread;
    Database m_db;
    Session m_session;
};

} // namespace clinicdesk
