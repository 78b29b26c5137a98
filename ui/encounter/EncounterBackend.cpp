#include "encounter/EncounterBackend.h"

#include "UiMetaTypes.h"
#include "audio/RecordingImporter.h"
#include "repo/EncounterRepository.h"
#include "repo/RecordingRepository.h"
#include "repo/UserRepository.h"
#include "util/Logging.h"

#include <QSaveFile>

namespace clinicdesk {

EncounterBackend::EncounterBackend(Database connection, Session session)
    : m_db(std::move(connection))
    , m_session(std::move(session)) {
    registerUiMetaTypes();
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

} // namespace clinicdesk
