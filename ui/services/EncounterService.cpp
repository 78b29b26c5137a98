// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 ClinicDesk contributors
#include "services/EncounterService.h"

#include "async/VaultWorker.h"
#include "audio/RecordingImporter.h"
#include "repo/EncounterRepository.h"
#include "repo/RecordingRepository.h"
#include "repo/TranscriptRepository.h"
#include "repo/UserRepository.h"
#include "services/ServiceLog.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace clinicdesk {

namespace {

EncounterView viewOf(VaultScope& vault, const Encounter& encounter) {
    EncounterView result{encounter, {}};
    if (encounter.consentBy) {
        auto user = UserRepository(vault.db, vault.session).get(*encounter.consentBy);
        result.consentByName = user ? user->displayName : *encounter.consentBy;
    }
    return result;
}

Result<EncounterView> openOrCreate(VaultScope& vault, const QString& patientId) {
    EncounterRepository encounters(vault.db, vault.session);
    auto existing = encounters.listForPatient(patientId);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    for (const Encounter& encounter : *existing) { // newest first
        if (encounter.status == QStringLiteral("open")) {
            return viewOf(vault, encounter);
        }
    }
    auto opened = encounters.open(patientId);
    if (!opened) {
        return std::unexpected(opened.error());
    }
    return viewOf(vault, *opened);
}

Status writeAudio(VaultScope& vault, const QString& recordingId, const QString& path) {
    auto audio = RecordingRepository(vault.db, vault.session).audio(recordingId, RecordingRepository::Purpose::Export);
    if (!audio) {
        return std::unexpected(audio.error());
    }
    // QSaveFile: the target appears only once it is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*audio) != audio->size() || !file.commit()) {
        // The path may name the patient: it goes to the user, never to the log.
        return fail(ErrorCode::Io,
                    EncounterService::tr("The recording could not be saved to “%1”: %2").arg(path, file.errorString()),
                    QStringLiteral("export write failed: file error %1").arg(int(file.error())));
    }
    return {};
}

} // namespace

EncounterService::EncounterService(VaultWorker& worker, VaultWorker& longTasks)
    : m_worker(worker)
    , m_longTasks(longTasks) {}

void EncounterService::openForPatient(QObject* context, const QString& patientId,
                                      std::function<void(Result<EncounterView>)> done) {
    m_worker.post(
        context,
        [patientId](VaultScope& vault) { return logFailure(openOrCreate(vault, patientId), "opening an encounter"); },
        std::move(done));
}

void EncounterService::openForAppointment(QObject* context, const QString& appointmentId,
                                          std::function<void(Result<EncounterView>)> done) {
    m_worker.post(
        context,
        [appointmentId](VaultScope& vault) -> Result<EncounterView> {
            auto opened = EncounterRepository(vault.db, vault.session).openForAppointment(appointmentId);
            if (!opened) {
                return logFailure(Result<EncounterView>(std::unexpected(opened.error())),
                                  "opening an appointment's encounter");
            }
            return viewOf(vault, *opened);
        },
        std::move(done));
}

void EncounterService::openEncounter(QObject* context, const QString& encounterId,
                                     std::function<void(Result<EncounterView>)> done) {
    m_worker.post(
        context,
        [encounterId](VaultScope& vault) -> Result<EncounterView> {
            auto found = EncounterRepository(vault.db, vault.session).get(encounterId);
            if (!found) {
                return logFailure(Result<EncounterView>(std::unexpected(found.error())), "opening an encounter");
            }
            return viewOf(vault, *found);
        },
        std::move(done));
}

void EncounterService::recordConsent(QObject* context, const QString& encounterId, Consent consent,
                                     std::function<void(Result<EncounterView>)> done) {
    m_worker.post(
        context,
        [encounterId, consent](VaultScope& vault) -> Result<EncounterView> {
            auto updated = EncounterRepository(vault.db, vault.session).recordConsent(encounterId, consent);
            if (!updated) {
                return logFailure(Result<EncounterView>(std::unexpected(updated.error())), "recording consent");
            }
            return viewOf(vault, *updated);
        },
        std::move(done));
}

void EncounterService::listRecordings(QObject* context, const QString& patientId,
                                      std::function<void(Result<std::vector<Recording>>)> done) {
    m_worker.postLatest(
        context, m_lists,
        [patientId](VaultScope& vault) {
            return logFailure(RecordingRepository(vault.db, vault.session).list(patientId), "listing recordings");
        },
        std::move(done));
}

void EncounterService::discardRecording(QObject* context, const QString& recordingId,
                                        std::function<void(Status)> done) {
    m_worker.post(
        context,
        [recordingId](VaultScope& vault) {
            return logFailure(RecordingRepository(vault.db, vault.session).discard(recordingId),
                              "discarding a recording");
        },
        std::move(done));
}

void EncounterService::loadAudio(QObject* context, const QString& recordingId,
                                 std::function<void(Result<QByteArray>)> done) {
    m_worker.postLatest(
        context, m_audio,
        [recordingId](VaultScope& vault) {
            return logFailure(
                RecordingRepository(vault.db, vault.session).audio(recordingId, RecordingRepository::Purpose::Play),
                "reading a recording");
        },
        std::move(done));
}

void EncounterService::exportAudio(QObject* context, const QString& recordingId, const QString& path,
                                   std::function<void(Status)> done) {
    m_longTasks.post(
        context,
        [recordingId, path](VaultScope& vault) {
            return logFailure(writeAudio(vault, recordingId, path), "exporting a recording");
        },
        std::move(done));
}

void EncounterService::importFile(QObject* context, const QString& patientId, const QString& encounterId,
                                  const QString& path, std::function<void(Result<QString>)> done) {
    m_longTasks.post(
        context,
        [patientId, encounterId, path](VaultScope& vault) -> Result<QString> {
            auto imported = RecordingImporter::importFile(vault.db, vault.session, patientId, encounterId, path);
            if (!imported) {
                return logFailure(Result<QString>(std::unexpected(imported.error())), "import");
            }
            return imported->recordingId;
        },
        std::move(done));
}

void EncounterService::loadTranscript(QObject* context, const QString& recordingId, const QString& transcriptId,
                                      std::function<void(Result<Transcript>)> done) {
    m_worker.postLatest(
        context, m_transcripts,
        [recordingId, transcriptId](VaultScope& vault) -> Result<Transcript> {
            TranscriptRepository transcripts(vault.db, vault.session);
            auto found =
                transcriptId.isEmpty() ? transcripts.latestForRecording(recordingId) : transcripts.get(transcriptId);
            if (!found && found.error().code == ErrorCode::NotFound && transcriptId.isEmpty()) {
                Transcript none;
                none.recordingId = recordingId;
                return none;
            }
            return logFailure(std::move(found), "reading a transcript");
        },
        std::move(done));
}

} // namespace clinicdesk
