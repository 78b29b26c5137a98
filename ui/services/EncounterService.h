// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#pragma once

#include "async/LatestOnly.h"
#include "domain/Encounter.h"
#include "domain/Recording.h"
#include "domain/Transcript.h"
#include "util/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <vector>

namespace clinicdesk {

class VaultWorker;

// An encounter as the encounter page shows it: the row plus the display name
// of whoever recorded the consent.
struct EncounterView {
    Encounter encounter;
    QString consentByName;
};

// Encounters, consent, recordings and transcripts for the UI: thin asynchronous calls over the
// repositories. Quick reads and writes go to the session's vault worker; imports and exports (decoding,
// encoding and writing whole files) go to the long-task worker, so they never hold up a search. Every
// answer arrives on `context`'s thread and is dropped if the context is gone by then.
class EncounterService {
    Q_DECLARE_TR_FUNCTIONS(EncounterService)

public:
    EncounterService(VaultWorker& worker, VaultWorker& longTasks);

    // The patient's newest open encounter, or a new one when there is none.
    void openForPatient(QObject* context, const QString& patientId, std::function<void(Result<EncounterView>)> done);
    // The encounter of an appointment (opened the first time; a booked or arrived appointment becomes in
    // progress).
    void openForAppointment(QObject* context, const QString& appointmentId,
                            std::function<void(Result<EncounterView>)> done);
    // One encounter as it is stored (from the patient record's list).
    void openEncounter(QObject* context, const QString& encounterId, std::function<void(Result<EncounterView>)> done);
    void recordConsent(QObject* context, const QString& encounterId, Consent consent,
                       std::function<void(Result<EncounterView>)> done);
    // The patient's recordings, newest first. The newest request wins.
    void listRecordings(QObject* context, const QString& patientId,
                        std::function<void(Result<std::vector<Recording>>)> done);
    void discardRecording(QObject* context, const QString& recordingId, std::function<void(Status)> done);
    // The recording's Ogg Opus bytes for playback (audited as played). The newest request wins.
    void loadAudio(QObject* context, const QString& recordingId, std::function<void(Result<QByteArray>)> done);
    // Writes the recording's audio to `path` (audited as exported); the file appears only once complete.
    void exportAudio(QObject* context, const QString& recordingId, const QString& path,
                     std::function<void(Status)> done);
    // Decodes and re-encodes an audio file into the encounter; answers the new recording's id.
    void importFile(QObject* context, const QString& patientId, const QString& encounterId, const QString& path,
                    std::function<void(Result<QString>)> done);
    // The transcript `transcriptId`, or (empty id) the newest transcript of `recordingId`. No transcript
    // yet is not an error: the answer is a transcript with an empty id. The newest request wins.
    void loadTranscript(QObject* context, const QString& recordingId, const QString& transcriptId,
                        std::function<void(Result<Transcript>)> done);

private:
    VaultWorker& m_worker;
    VaultWorker& m_longTasks;
    LatestOnly m_lists;
    LatestOnly m_audio;
    LatestOnly m_transcripts;
};

} // namespace clinicdesk
